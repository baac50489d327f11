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
    ///
    /// Every step works on the UTF-8 bytes and the text is decoded once at
    /// the end: the steps only cut and insert at ASCII bytes, so the bytes
    /// stay valid UTF-8, and decoding after each step (a validating copy of
    /// hundreds of kilobytes) was a good part of inlining a Schaubild.
    static func inline(_ standaloneSVG: String, label: String) -> String {
        var svg = Array(standaloneSVG.utf8)
        svg = removing(svg, from: xmlDeclarationOpening, to: xmlDeclarationClosing)
        svg = removing(svg, from: doctypeOpening, to: doctypeClosing)
        svg = removing(svg, from: commentOpening, to: commentClosing)
        svg = prefixingIDs(svg)
        svg = labellingRoot(svg, label: label)
        return String(decoding: withoutBlankLines(svg), as: UTF8.self)
    }

    /// `role="img"` and `aria-label` on the first `<svg`, found as a string
    /// search finds it: by Character. Among ASCII (Graphviz writes nothing
    /// else before the root, and a space after `<svg`) that is the first
    /// match of the bytes; anything else takes the string search.
    private static func labellingRoot(_ svg: [UInt8], label: String) -> [UInt8] {
        let opening = Array("<svg role=\"img\" aria-label=\"\(attribute(label))\"".utf8)
        guard let root = svg.firstIndex(of: rootOpening) else { return svg }
        let after = root + rootOpening.count
        if svg[..<root].allSatisfy({ $0 < 0x80 }), after == svg.count || svg[after] < 0x80 {
            return opening + svg[after...]
        }
        let text = String(decoding: svg, as: UTF8.self)
        guard let range = text.range(of: "<svg") else { return svg }
        return opening + Array(text[range.upperBound...].utf8)
    }

    private static let xmlDeclarationOpening = Array("<?xml".utf8)
    private static let xmlDeclarationClosing = Array("?>".utf8)
    private static let doctypeOpening = Array("<!DOCTYPE".utf8)
    private static let doctypeClosing = Array(">".utf8)
    private static let commentOpening = Array("<!--".utf8)
    private static let commentClosing = Array("-->".utf8)
    private static let rootOpening = Array("<svg".utf8)

    /// The lines that are not blank (left where comments were), each ending
    /// in a line feed. A byte scan: Character by Character this was a good
    /// part of inlining a Schaubild.
    static func withoutBlankLines(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 1)
        var start = 0
        while start <= bytes.count {
            let end = bytes.firstIndex(of: newline, from: start) ?? bytes.count
            let line = bytes[start..<end]
            if !isBlank(line) {
                if !result.isEmpty { result.append(UInt8(ascii: "\n")) }
                result += line
            }
            start = end + 1
        }
        result.append(UInt8(ascii: "\n"))
        return result
    }

    private static let newline = [UInt8(ascii: "\n")]

    /// Whether a line holds only white space; lines with other than ASCII
    /// take Unicode's definition, as `Character.isWhitespace` does.
    static func isBlank(_ line: ArraySlice<UInt8>) -> Bool {
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
    static func prefixingIDs(_ bytes: [UInt8]) -> [UInt8] {
        // One scan over the bytes for the ids, one to rewrite: a paper's SVG is
        // hundreds of kilobytes, and regular expressions made this a good part
        // of the cost of the HTML. Only a white-space byte, an "h" or a "u" can
        // start what is rewritten, and only when followed by "i" (` id="`) or
        // "r" (`href="#`, `url(#`) is the whole opening compared; the runs
        // between are copied whole.
        func next(_ index: Int, is byte: UInt8) -> Bool {
            index + 1 < bytes.count && bytes[index + 1] == byte
        }
        var ids = Set<String>()
        var index = 0
        while index < bytes.count {
            if isSpace(bytes[index]), next(index, is: UInt8(ascii: "i")),
                let (value, next) = Self.idAttribute(in: bytes, at: index)
            {
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
        var copied = 0
        while index < bytes.count {
            let byte = bytes[index]
            let rewritten: (text: String, next: Int)?
            switch byte {
            case 0x20, 0x0A, 0x09, 0x0D, 0x0C:
                rewritten = next(index, is: UInt8(ascii: "i"))
                    ? Self.idAttribute(in: bytes, at: index).map { value, next in ("id=\"\(idPrefix)\(plain(value))\"", next) }
                    : nil
            case UInt8(ascii: "h") where next(index, is: UInt8(ascii: "r")):
                rewritten = Self.value(in: bytes, at: index, after: Self.hrefOpening, until: UInt8(ascii: "\"")).map {
                    target, next in ("href=\"#\(reference(plain(target)))\"", next)
                }
            case UInt8(ascii: "u") where next(index, is: UInt8(ascii: "r")):
                rewritten = Self.value(in: bytes, at: index, after: Self.urlOpening, until: UInt8(ascii: ")")).map {
                    target, next in ("url(#\(reference(plain(target))))", next)
                }
            default:
                rewritten = nil
            }
            guard let rewritten else {
                index += 1
                continue
            }
            // The white space before an id attribute stays as it was.
            result += bytes[copied..<(isSpace(byte) ? index + 1 : index)]
            result += rewritten.text.utf8
            index = rewritten.next
            copied = index
        }
        result += bytes[copied...]
        return result
    }

    private static let idOpening = Array("id=\"".utf8)
    private static let hrefOpening = Array("href=\"#".utf8)
    private static let urlOpening = Array("url(#".utf8)

    private static func isSpace(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x0A, 0x09, 0x0D, 0x0C: true
        default: false
        }
    }

    /// ` id="value"` after a white-space byte at `index`: the value and the index after the closing quote.
    private static func idAttribute(in bytes: [UInt8], at index: Int) -> (ArraySlice<UInt8>, Int)? {
        guard isSpace(bytes[index]), index + 1 < bytes.count else { return nil }
        return value(in: bytes, at: index + 1, after: idOpening, until: UInt8(ascii: "\""))
    }

    /// The bytes between `opening` at `index` and the next `closing` byte, and the index after it.
    private static func value(
        in bytes: [UInt8], at index: Int, after opening: [UInt8], until closing: UInt8
    ) -> (ArraySlice<UInt8>, Int)? {
        guard bytes[index] == opening[0], index + opening.count <= bytes.count,
            bytes[index..<(index + opening.count)].elementsEqual(opening)
        else { return nil }
        let start = index + opening.count
        guard let end = bytes[start...].firstIndex(of: closing) else { return nil }
        return (bytes[start..<end], end + 1)
    }

    /// An id as Graphviz writes it, with its `&#45;` for "-" undone, so the
    /// page can refer to `sb-inst-jobcenter` as written.
    private static func plain(_ value: ArraySlice<UInt8>) -> String {
        String(decoding: value, as: UTF8.self).replacingBytes("&#45;", with: "-")
    }

    /// The text with every span from `start` up to and including `end` removed.
    static func removing(_ bytes: [UInt8], from opening: [UInt8], to closing: [UInt8]) -> [UInt8] {
        guard var found = bytes.firstIndex(of: opening) else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while true {
            result += bytes[index..<found]
            guard let close = bytes.firstIndex(of: closing, from: found + opening.count) else { return result }
            index = close + closing.count
            guard index < bytes.count, let next = bytes.firstIndex(of: opening, from: index) else { break }
            found = next
        }
        if index < bytes.count { result += bytes[index...] }
        return result
    }

    /// Text escaped for a double-quoted XML attribute.
    static func attribute(_ text: String) -> String {
        DOTText.xmlEscaped(text, lineBreak: " ")
    }
}
