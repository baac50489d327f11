import Testing

@testable import WegweiserCore

/// `DOTText` returns text that needs nothing done as it is: the result is
/// always that of going through it scalar by scalar (the reference below).
struct DOTTextFastPathTests {
    static let texts: [String] = [
        "", "a", "plain ASCII text", "Größe ß „Zitat“ – € §", "\u{00A0}nbsp", "Tab\tLF\nFF\u{0C}CR\r", "NUL\u{0}", "\u{1B}[31m",
        "DEL\u{7F}", "C1 \u{85} NEL", "\u{EFFF}", "\u{FB01}", "\u{FEFF}BOM", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "x\u{FFFF}y",
        "\u{1F600} emoji", "👩‍👩‍👧", "\u{1FFFF}", "e\u{301}", "\"\u{301}",
        "\"]; evil -> x [label=\"", "a\\b \\N \\l", "Zeile 1\nZeile 2\r\nZeile 3\rEnde", "\r\r\n\n",
        "A & B &amp; &lt; &gt; &quot; &apos; &#45; &xxe; &", "<b>A & B</b> \"x\" 'y'\nz", "Tab\there", "x\u{FFFE}\u{FFFF}\u{FFFD}",
        "inst-jobcenter", "Schaubild – Landkreis Meißen",
        "&amp;\u{301}", "&amp", "&am", "&lt;é", "&\u{301}amp;", "a&", "&&amp;", "&quot;\u{301}x", "&apos;", "&gt;&lt",
        "\u{EF}\u{FFFE}\u{FFBF}\u{FFBE}\u{FFFF}", "\r", "\r\u{0}\n", "\\\"\n&",
    ]

    @Test(arguments: texts)
    func quotedIsTheScalarResult(text: String) {
        #expect(Array(DOTText.quoted(text).utf8) == Array(Self.quoted(text).utf8))
    }

    @Test(arguments: texts)
    func cleanedIsTheScalarResult(text: String) {
        #expect(Array(DOTText.cleaned(text).utf8) == Array(Self.cleaned(text).utf8))
    }

    @Test(arguments: texts)
    func xmlEscapedIsTheScalarResult(text: String) {
        #expect(Array(DOTText.xmlEscaped(text, lineBreak: "<br/>").utf8) == Array(Self.xmlEscaped(text, lineBreak: "<br/>").utf8))
    }

    // MARK: - Reference: the escapers scalar by scalar

    static func quoted(_ text: String) -> String {
        var result = "\""
        let scalars = cleaned(text).unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "&":
                let rest = String(scalars[scalars.index(after: index)...].prefix(5))
                let known = ["amp;", "lt;", "gt;", "quot;", "apos;"].contains { rest.hasPrefix($0) }
                result += known ? "&" : "&amp;"
            default: result.unicodeScalars.append(scalar)
            }
            index = scalars.index(after: index)
        }
        return result + "\""
    }

    /// The escaping is the shared one (`MarkupEscaping`); the reference cleans the scalar way.
    static func xmlEscaped(_ text: String, lineBreak: String) -> String {
        MarkupEscaping.escaped(cleaned(text), lineBreak: lineBreak)
    }

    static func cleaned(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x0D: result.append("\n")
            case 0x0A: if !previousWasCR { result.append(scalar) }
            case 0x09: result.append(" ")
            case 0x00...0x1F, 0x7F, 0xFFFE, 0xFFFF: continue
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
