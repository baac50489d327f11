extension String {
    /// Every occurrence of `target` replaced by `replacement`, found by
    /// comparing UTF-8 bytes. Foundation's `replacingOccurrences` goes through
    /// NSString and UTF-16, which on the SVG of every paper was a tenth of
    /// the cost of the HTML. For the ASCII markers replaced here both agree.
    ///
    /// The text between the occurrences is appended as it is: an occurrence
    /// of valid UTF-8 starts and ends on scalar boundaries, so nothing needs
    /// to be decoded (and validated) again.
    func replacingBytes(_ target: String, with replacement: String) -> String {
        let pattern = Array(target.utf8)
        guard !pattern.isEmpty, utf8.count >= pattern.count else { return self }
        let occurrences = utf8.withContiguousStorageIfAvailable { Self.offsets(of: pattern, in: $0) }
            ?? Array(utf8).withUnsafeBufferPointer { Self.offsets(of: pattern, in: $0) }
        guard !occurrences.isEmpty else { return self }
        var result = ""
        result.reserveCapacity(utf8.count + occurrences.count * max(replacement.utf8.count - pattern.count, 0))
        var copied = utf8.startIndex
        for offset in occurrences {
            let start = utf8.index(utf8.startIndex, offsetBy: offset)
            result.append(contentsOf: Substring(utf8[copied..<start]))
            result.append(replacement)
            copied = utf8.index(start, offsetBy: pattern.count)
        }
        result.append(contentsOf: Substring(utf8[copied...]))
        return result
    }

    /// Where `pattern` occurs in `bytes`, left to right, without overlaps.
    private static func offsets(of pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var offsets: [Int] = []
        var from = 0
        while let found = ByteSearch.firstIndex(of: pattern, in: bytes, from: from) {
            offsets.append(found)
            from = found + pattern.count
        }
        return offsets
    }
}
