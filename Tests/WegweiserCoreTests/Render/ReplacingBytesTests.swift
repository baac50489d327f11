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
}
