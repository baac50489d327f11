import Foundation

/// Finding a byte string in UTF-8 text: `memchr` for the first byte, `memcmp`
/// for the rest. Foundation's string search goes through NSString and UTF-16,
/// which on a paper's megabytes of text and SVG cost a good part of the time.
enum ByteSearch {
    /// Where `pattern` first occurs in `bytes` at or after `start`, or nil.
    static func firstIndex(of pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard let first = pattern.first, let base = bytes.baseAddress, start >= 0 else { return nil }
        var offset = start
        return pattern.withUnsafeBufferPointer { needle in
            while offset + needle.count <= bytes.count,
                let hit = memchr(base + offset, Int32(first), bytes.count - offset - needle.count + 1)
            {
                let index = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
                if memcmp(base + index, needle.baseAddress!, needle.count) == 0 { return index }
                offset = index + 1
            }
            return nil
        }
    }
}

extension Array where Element == UInt8 {
    /// Where `pattern` first occurs at or after `start` (`ByteSearch`).
    func firstIndex(of pattern: [UInt8], from start: Int = 0) -> Int? {
        withUnsafeBufferPointer { ByteSearch.firstIndex(of: pattern, in: $0, from: start) }
    }
}
