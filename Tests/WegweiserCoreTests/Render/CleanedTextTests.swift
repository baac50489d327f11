import Testing

@testable import WegweiserCore

/// `htmlCleaned` and `xmlCleaned` scan the bytes before the scalars: the
/// result is always that of the scalar-by-scalar path, whichever path a text
/// takes.
struct CleanedTextTests {
    /// Noncharacters that a Swift literal may not hold.
    static let fdd0 = String(Character(Unicode.Scalar(0xFDD0)!))
    static let fdef = String(Character(Unicode.Scalar(0xFDEF)!))

    static let texts: [String] = [
        "", "a", "plain ASCII text", "Größe ß „Zitat“ – € §", "§", "–", "\u{00A0}nbsp", "\u{00FF}ÿ",
        "Tab\tLF\nFF\u{0C}CR\r", "\r\n", "NUL\u{0}", "\u{1}", "\u{1B}[31m", "\u{1F}", "DEL\u{7F}",
        "C1 \u{80}", "C1 \u{85} NEL", "C1 \u{9F}", "\u{9F}\u{A0}", "Ende\u{80}",
        "\u{D7FF}", "\u{E000}", "\u{EFFF}", "\u{F000}", "\u{FB01}", "\u{FDCF}", "\(Self.fdd0)", "\(Self.fdef)", "\u{FDF0}",
        "\u{FEFF}BOM", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "x\u{FFFF}y",
        "\u{10000}", "\u{1F600} emoji", "👩‍👩‍👧", "🇩🇪", "\u{1FFFE}", "\u{1FFFF}", "\u{10FFFE}", "\u{10FFFF}",
        "e\u{301}", "\"\u{301}", "gemischt \u{0}\u{85}\(Self.fdd0)\u{FFFE}\u{1FFFF}\u{1F600} – §",
        String(repeating: "langer Text – mit Umlauten äöü, ", count: 200) + "\u{9F}",
    ]

    @Test(arguments: texts)
    func htmlCleanedIsTheExactResult(text: String) {
        #expect(Array(text.htmlCleaned.utf8) == Array(text.htmlCleanedExactly.utf8))
    }

    @Test(arguments: texts)
    func xmlCleanedIsTheExactResult(text: String) {
        #expect(Array(text.xmlCleaned.utf8) == Array(text.xmlCleanedExactly.utf8))
    }

    @Test func theExactPathsDropWhatTheyShould() {
        #expect("a\u{0}b\u{85}c\(Self.fdd0)d\u{FFFE}e\u{1FFFF}f\u{1F600}\t\n\u{0C}\r".htmlCleaned == "abcdef\u{1F600}\t\n\u{0C}\r")
        #expect("a\u{0}b\u{85}c\(Self.fdd0)d\u{FFFE}e\u{1FFFF}f\u{1F600}\t\n\u{0C}\r".xmlCleaned
            == "ab\u{85}c\(Self.fdd0)de\u{1FFFF}f\u{1F600}\t\n\r")
        #expect("Größe – § \u{A0}".htmlCleaned == "Größe – § \u{A0}")
        #expect("Größe – § \u{A0}".xmlCleaned == "Größe – § \u{A0}")
    }

    /// The scan takes eight bytes at a time: a scalar at every position of a word.
    @Test func everyPositionInAWordIsSeen() {
        let scalars = ["\u{0}", "\u{8}", "\t", "\n", "\u{0B}", "\u{0C}", "\r", "\u{1F}", " ", "~", "\u{7F}", "\u{80}", "\u{9F}",
            "\u{A0}", "é", "–", "§", Self.fdd0, "\u{FFFE}", "\u{FFFF}", "\u{1FFFF}", "\u{1F600}"]
        for scalar in scalars {
            for before in 0..<18 {
                for after in [0, 1, 7, 9] {
                    let text = String(repeating: "a", count: before) + scalar + String(repeating: "b", count: after)
                    #expect(text.htmlCleaned.utf8.elementsEqual(text.htmlCleanedExactly.utf8), "\(before) \(after)")
                    #expect(text.xmlCleaned.utf8.elementsEqual(text.xmlCleanedExactly.utf8), "\(before) \(after)")
                }
            }
        }
    }

    /// Every scalar of the planes where forbidden ones are, alone and in text.
    @Test func everyScalarAgrees() {
        let ranges: [ClosedRange<UInt32>] = [0...0x2FF, 0xD700...0xD7FF, 0xE000...0xFFFF, 0x1FF00...0x1FFFF, 0x10FF00...0x10FFFF]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let text = "x" + String(Character(scalar)) + "y"
                #expect(text.htmlCleaned.utf8.elementsEqual(text.htmlCleanedExactly.utf8), "U+\(String(value, radix: 16))")
                #expect(text.xmlCleaned.utf8.elementsEqual(text.xmlCleanedExactly.utf8), "U+\(String(value, radix: 16))")
            }
        }
    }
}
