import Testing

@testable import WegweiserCore

struct ReplacingBytesTests {
    @Test(arguments: [
        ("a&#45;b&#45;c", "&#45;", "-", "a-b-c"),
        ("&#45;", "&#45;", "-", "-"),
        ("Straße &#45; Süd &#45;", "&#45;", "–", "Straße – Süd –"),
        ("nichts", "&#45;", "-", "nichts"),
        ("", "x", "y", ""),
        ("aaa", "aa", "b", "ba"),
        ("stroke=\"transparent\" fill=\"transparent\"", "=\"transparent\"", "=\"none\"", "stroke=\"none\" fill=\"none\""),
    ])
    func replacesEveryOccurrenceLikeFoundation(text: String, target: String, replacement: String, expected: String) {
        #expect(text.replacingBytes(target, with: replacement) == expected)
    }

    /// Cut at scalars that are not Characters, and with targets and
    /// replacements of any size: the bytes of the byte-wise replacement.
    @Test(arguments: [
        ("a\r\nb\r\n", "\n", "-"), ("x&#45;\u{301}y", "&#45;", "-"), ("\u{301}&#45;&#45;", "&#45;", ""),
        ("ää–ä", "ä", "ae"), ("ää–ä", "–", "\u{1F600}"), ("👩‍👩‍👧x", "\u{200D}", "+"), ("abab", "ab", "abab"),
        ("WEGWEISERPROVENIENZ0F3C9A", "WEGWEISERPROVENIENZ0F3C9A", "wegweiser 1 · sha256:ab"), ("a", "ab", "x"),
        (String(repeating: "é=\"transparent\" ", count: 500), "=\"transparent\"", "=\"none\""),
    ])
    func replacesLikeTheBytes(text: String, target: String, replacement: String) {
        #expect(Array(text.replacingBytes(target, with: replacement).utf8) == Self.replaced(text, target, replacement))
    }

    static func replaced(_ text: String, _ target: String, _ replacement: String) -> [UInt8] {
        let bytes = Array(text.utf8), pattern = Array(target.utf8)
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if index + pattern.count <= bytes.count, bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
                result += replacement.utf8
                index += pattern.count
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }
}
