extension String {
    /// Every occurrence of `target` replaced by `replacement`, found by
    /// comparing UTF-8 bytes. Foundation's `replacingOccurrences` goes through
    /// NSString and UTF-16, which on the SVG of every paper was a tenth of
    /// the cost of the HTML. For the ASCII markers replaced here both agree.
    func replacingBytes(_ target: String, with replacement: String) -> String {
        let pattern = Array(target.utf8)
        guard let first = pattern.first, utf8.count >= pattern.count, utf8.contains(first) else { return self }
        let bytes = Array(utf8)
        let substitute = Array(replacement.utf8)
        var result: [UInt8] = []
        var copied = 0
        while let found = bytes.firstIndex(of: pattern, from: copied) {
            if result.isEmpty { result.reserveCapacity(bytes.count) }
            result += bytes[copied..<found]
            result += substitute
            copied = found + pattern.count
        }
        guard copied > 0 else { return self }
        result += bytes[copied...]
        return String(decoding: result, as: UTF8.self)
    }
}
