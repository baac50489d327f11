import Foundation
import Testing

@testable import WegweiserCore

/// `SVGDocument.inline` works on bytes and decodes once: it gives what the
/// step-by-step version on strings (the reference below) gave, on the SVG
/// Graphviz draws for the samples and on hand-written corner cases.
struct SVGInlineReferenceTests {
    @Test func samplesInlineAsBefore() throws {
        var districts = try SchaubildFixtures.samples()
        districts += [try SchaubildFixtures.stadt(), try SchaubildFixtures.landkreis(), try SchaubildEscapingTests.hostile()]
        for district in districts {
            let schaubild = try SchaubildRenderer.render(district, provenance: "wegweiser · sha256:abc")
            let label = "Schaubild – " + district.name
            #expect(SVGDocument.inline(schaubild.svg, label: label) == Reference.inline(schaubild.svg, label: label))
            #expect(Array(schaubild.inlineSVG.utf8) == Array(Reference.inline(schaubild.svg, label: label).utf8))
        }
    }

    @Test(arguments: [
        "", "<svg/>", "<?xml", "<?xml ?>", "<!-- offen", "<!-- a --><!-- b -->x<!--", "a<!DOCTYPE x>b<!DOCTYPE",
        "<svg id=\"a\"><g\tid=\"b&#45;c\"/><use href=\"#b-c\" xlink:href=\"#a\"/><path fill=\"url(#a)\" d=\"url(#z)\"/></svg>",
        "<svg id=\"offen", " id=\"", "x id=\"\"", "href=\"#", "url(#", "<svg\n id=\"ä\"><text>id=\"kein\" é</text>\n\n  \n\u{A0}\n</svg>",
        "\n\n", " \n\u{2003}\n<svg>\r\n</svg>", "<svg\u{301} id=\"x\"/>", "\u{600}<svg id=\"x\"/>", "é <svg id=\"x\"/>", "<svg", "a<svg\u{301}<svg b=\"1\"/>",
    ])
    func cornerCasesInlineAsBefore(svg: String) {
        #expect(Array(SVGDocument.inline(svg, label: "A & B \"C\"").utf8) == Array(Reference.inline(svg, label: "A & B \"C\"").utf8))
        #expect(Array(SVGDocument.prefixingIDs(svg).utf8) == Array(Reference.prefixingIDs(svg).utf8))
        for (start, end) in [("<?xml", "?>"), ("<!DOCTYPE", ">"), ("<!--", "-->")] {
            #expect(Array(SVGDocument.removing(svg, from: start, to: end).utf8) == Array(Reference.removing(svg, from: start, to: end).utf8))
        }
    }

    /// The string version as it was.
    enum Reference {
        static func inline(_ standaloneSVG: String, label: String) -> String {
            var svg = removing(standaloneSVG, from: "<?xml", to: "?>")
            svg = removing(svg, from: "<!DOCTYPE", to: ">")
            svg = removing(svg, from: "<!--", to: "-->")
            svg = prefixingIDs(svg)
            if let root = svg.range(of: "<svg") {
                svg = "<svg role=\"img\" aria-label=\"\(SVGDocument.attribute(label))\"" + svg[root.upperBound...]
            }
            return withoutBlankLines(svg)
        }

        /// The lines that are not blank (left where comments were), each ending
        /// in a line feed. A byte scan: Character by Character this was a good
        /// part of inlining a Schaubild.
        static func withoutBlankLines(_ text: String) -> String {
            let bytes = Array(text.utf8)
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 1)
            var start = 0
            while start <= bytes.count {
                let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                let line = bytes[start..<end]
                if !SVGDocument.isBlank(line) {  // unchanged, shared with the code under test
                    if !result.isEmpty { result.append(UInt8(ascii: "\n")) }
                    result += line
                }
                start = end + 1
            }
            result.append(UInt8(ascii: "\n"))
            return String(decoding: result, as: UTF8.self)
        }

        /// Every `id="x"` becomes `id="sb-x"`, and every reference to such an
        /// id (`href="#x"`, `xlink:href="#x"`, `url(#x)`) follows.
        static func prefixingIDs(_ svg: String) -> String {
            // One scan over the bytes for the ids, one to rewrite: a paper's SVG is
            // hundreds of kilobytes, and regular expressions made this a good part
            // of the cost of the HTML.
            let bytes = Array(svg.utf8)
            var ids = Set<String>()
            var index = 0
            while index < bytes.count {
                if let (value, next) = idAttribute(in: bytes, at: index) {
                    ids.insert(plain(value))
                    index = next
                } else {
                    index += 1
                }
            }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + ids.count * 8)
            func reference(_ target: String) -> String { ids.contains(target) ? SVGDocument.idPrefix + target : target }
            index = 0
            while index < bytes.count {
                if let (value, next) = idAttribute(in: bytes, at: index) {
                    result.append(bytes[index])
                    result += Array("id=\"\(SVGDocument.idPrefix)\(plain(value))\"".utf8)
                    index = next
                } else if let (target, next) = value(in: bytes, at: index, after: hrefOpening, until: UInt8(ascii: "\"")) {
                    result += Array("href=\"#\(reference(plain(target)))\"".utf8)
                    index = next
                } else if let (target, next) = value(in: bytes, at: index, after: urlOpening, until: UInt8(ascii: ")")) {
                    result += Array("url(#\(reference(plain(target))))".utf8)
                    index = next
                } else {
                    result.append(bytes[index])
                    index += 1
                }
            }
            return String(decoding: result, as: UTF8.self)
        }

        private static let idOpening = Array("id=\"".utf8)
        private static let hrefOpening = Array("href=\"#".utf8)
        private static let urlOpening = Array("url(#".utf8)

        /// ` id="value"` after a white-space byte at `index`: the value and the index after the closing quote.
        private static func idAttribute(in bytes: [UInt8], at index: Int) -> (Substring, Int)? {
            guard [0x20, 0x0A, 0x09, 0x0D, 0x0C].contains(bytes[index]), index + 1 < bytes.count else { return nil }
            return value(in: bytes, at: index + 1, after: idOpening, until: UInt8(ascii: "\""))
        }

        /// The text between `opening` at `index` and the next `closing` byte, and the index after it.
        private static func value(in bytes: [UInt8], at index: Int, after opening: [UInt8], until closing: UInt8) -> (Substring, Int)? {
            guard bytes[index] == opening[0], index + opening.count <= bytes.count,
                bytes[index..<(index + opening.count)].elementsEqual(opening)
            else { return nil }
            let start = index + opening.count
            guard let end = bytes[start...].firstIndex(of: closing) else { return nil }
            return (Substring(String(decoding: bytes[start..<end], as: UTF8.self)), end + 1)
        }

        /// An id as Graphviz writes it, with its `&#45;` for "-" undone, so the
        /// page can refer to `sb-inst-jobcenter` as written.
        private static func plain(_ value: Substring) -> String {
            String(value).replacingBytes("&#45;", with: "-")
        }

        /// The text with every span from `start` up to and including `end` removed.
        static func removing(_ text: String, from start: String, to end: String) -> String {
            let bytes = Array(text.utf8)
            let opening = Array(start.utf8)
            let closing = Array(end.utf8)
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                guard let found = bytes.firstIndex(of: opening, from: index) else { break }
                result += bytes[index..<found]
                guard let close = bytes.firstIndex(of: closing, from: found + opening.count) else {
                    return String(decoding: result, as: UTF8.self)
                }
                index = close + closing.count
            }
            if index < bytes.count { result += bytes[index...] }
            return String(decoding: result, as: UTF8.self)
        }
    }
}

/// The byte steps of `SVGDocument.inline` on text, for the tests.
extension SVGDocument {
    static func withoutBlankLines(_ text: String) -> String {
        String(decoding: withoutBlankLines(Array(text.utf8)), as: UTF8.self)
    }

    static func prefixingIDs(_ svg: String) -> String {
        String(decoding: prefixingIDs(Array(svg.utf8)), as: UTF8.self)
    }

    static func removing(_ text: String, from start: String, to end: String) -> String {
        String(decoding: removing(Array(text.utf8), from: Array(start.utf8), to: Array(end.utf8)), as: UTF8.self)
    }
}
