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
        graphvizSVG.replacingOccurrences(of: "=\"transparent\"", with: "=\"none\"")
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
        // Blank lines left where comments were.
        let lines = svg.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.allSatisfy(\.isWhitespace) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every `id="x"` becomes `id="sb-x"`, and every reference to such an
    /// id (`href="#x"`, `xlink:href="#x"`, `url(#x)`) follows.
    static func prefixingIDs(_ svg: String) -> String {
        let idPattern = /(?<space>\s)id="(?<value>[^"]*)"/
        var ids = Set<String>()
        for match in svg.matches(of: idPattern) { ids.insert(plain(match.output.value)) }
        var result = svg.replacing(idPattern) { match in
            "\(match.output.space)id=\"\(idPrefix)\(plain(match.output.value))\""
        }
        result = result.replacing(/(?<attribute>(?:xlink:)?href)="#(?<target>[^"]*)"/) { match in
            let target = plain(match.output.target)
            return "\(match.output.attribute)=\"#\(ids.contains(target) ? idPrefix + target : target)\""
        }
        result = result.replacing(/url\(#(?<target>[^)]*)\)/) { match in
            let target = plain(match.output.target)
            return "url(#\(ids.contains(target) ? idPrefix + target : target))"
        }
        return result
    }

    /// An id as Graphviz writes it, with its `&#45;` for "-" undone, so the
    /// page can refer to `sb-inst-jobcenter` as written.
    private static func plain(_ value: Substring) -> String {
        value.replacingOccurrences(of: "&#45;", with: "-")
    }

    /// The text with every span from `start` up to and including `end` removed.
    static func removing(_ text: String, from start: String, to end: String) -> String {
        var result = ""
        var rest = text[...]
        while let opening = rest.range(of: start) {
            result += rest[..<opening.lowerBound]
            guard let closing = rest[opening.upperBound...].range(of: end) else {
                rest = rest[rest.endIndex...]
                break
            }
            rest = rest[closing.upperBound...]
        }
        return result + rest
    }

    /// Text escaped for a double-quoted XML attribute.
    static func attribute(_ text: String) -> String {
        DOTText.xmlEscaped(text, lineBreak: " ")
    }
}
