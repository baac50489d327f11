import Foundation

/// Post-processing of the SVG that Graphviz writes.
///
/// Graphviz 2.43 writes `stroke="transparent"`, which is not SVG 1.1: Batik
/// (and so FOP, for the PDF from DocBook) rejects it, so it becomes `none`.
/// For inlining into the HTML paper the document also loses what only a
/// standalone XML file may carry, and its ids get a prefix so they cannot
/// clash with the ids of the page around it.
enum SVGDocument {
    /// Prefix of every id in the inline SVG.
    static let idPrefix = "sb-"

    /// The standalone SVG file: valid SVG 1.1 for Batik.
    static func standalone(_ graphvizSVG: String) -> String {
        graphvizSVG.replacingBytes("=\"transparent\"", with: "=\"none\"")
    }

    /// The SVG for inlining into HTML5: no XML prolog, no DOCTYPE, no
    /// comments, ids prefixed `sb-` with every reference rewritten, and
    /// `role="img"` plus `aria-label` on the root element.
    static func inline(_ standaloneSVG: String, label: String) -> String {
        var svg = removing(standaloneSVG, from: "<?xml", to: "?>")
        svg = removing(svg, from: "<!DOCTYPE", to: ">")
        svg = removing(svg, from: "<!--", to: "-->")
        svg = prefixingIDs(svg)
        if let root = svg.range(of: "<svg") {
            svg = "<svg role=\"img\" aria-label=\"\(attribute(label))\"" + svg[root.upperBound...]
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
            if !isBlank(line) {
                if !result.isEmpty { result.append(UInt8(ascii: "\n")) }
                result += line
            }
            start = end + 1
        }
        result.append(UInt8(ascii: "\n"))
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether a line holds only white space; lines with other than ASCII
    /// take Unicode's definition, as `Character.isWhitespace` does.
    private static func isBlank(_ line: ArraySlice<UInt8>) -> Bool {
        var ascii = true
        for byte in line {
            switch byte {
            case 0x09...0x0D, 0x20: continue
            case 0x80...: ascii = false
            default: return false
            }
        }
        return ascii || String(decoding: line, as: UTF8.self).allSatisfy(\.isWhitespace)
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
            if let (value, next) = Self.idAttribute(in: bytes, at: index) {
                ids.insert(plain(value))
                index = next
            } else {
                index += 1
            }
        }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + ids.count * 8)
        func reference(_ target: String) -> String { ids.contains(target) ? idPrefix + target : target }
        index = 0
        while index < bytes.count {
            if let (value, next) = Self.idAttribute(in: bytes, at: index) {
                result.append(bytes[index])
                result += Array("id=\"\(idPrefix)\(plain(value))\"".utf8)
                index = next
            } else if let (target, next) = Self.value(in: bytes, at: index, after: Self.hrefOpening, until: UInt8(ascii: "\"")) {
                result += Array("href=\"#\(reference(plain(target)))\"".utf8)
                index = next
            } else if let (target, next) = Self.value(in: bytes, at: index, after: Self.urlOpening, until: UInt8(ascii: ")")) {
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

    /// Text escaped for a double-quoted XML attribute.
    static func attribute(_ text: String) -> String {
        DOTText.xmlEscaped(text, lineBreak: " ")
    }
}
