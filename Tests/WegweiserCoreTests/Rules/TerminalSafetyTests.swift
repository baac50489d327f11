import Testing
@testable import WegweiserCore

/// What reaches a terminal from a district file: no escape sequence, no
/// forged line, no megabyte-long excerpt.
@Suite struct TerminalSafetyTests {
    let location = SourceLocation(file: "Districts/x/a.yaml", line: 1, column: 3)

    @Test func controlAndBidiCharactersInMessagesBecomeReplacementCharacters() {
        let diagnostic = Diagnostic(
            .invalidEmail, "'a\u{1B}[31mb\nDistricts/x/a.yaml:9:9: error: forged\u{202E}' is not a valid e-mail address", at: location)
        let text = TextFormatter(color: false) { _ in nil }.format(diagnostic)
        #expect(text == "Districts/x/a.yaml:1:3: error: 'a\u{FFFD}[31mb\u{FFFD}Districts/x/a.yaml:9:9: error: forged\u{FFFD}' is not a valid e-mail address [invalid-email]\n")
    }

    @Test func aLongLineIsShownAsAWindowAroundTheColumn() {
        let line = "k: " + String(repeating: "a", count: 1000) + " x"
        let diagnostic = Diagnostic(.valueTooLong, "too long", at: SourceLocation(file: "f.yaml", line: 1, column: 1005))
        let text = TextFormatter(color: false) { _ in line }.format(diagnostic)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[1].count < 200)
        #expect(lines[1].hasPrefix("    1 | …aaa"))
        #expect(lines[1].hasSuffix("aaa x"))
        // The caret still points at the column: under the "x".
        #expect(lines[1].firstIndex(of: "x").map { lines[1].distance(from: lines[1].startIndex, to: $0) }
            == lines[2].firstIndex(of: "^").map { lines[2].distance(from: lines[2].startIndex, to: $0) })
    }
}
