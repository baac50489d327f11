/// Turns any text from a district file into DOT that Graphviz reads as
/// exactly that text.
///
/// District files are written by hand and may be hostile: a name such as
/// `"]; evil -> x [label="` must stay a name and never become DOT syntax.
/// Every value therefore goes through one of two escapers here, chosen by
/// the kind of DOT string it lands in.
enum DOTText {
    /// A double-quoted DOT string (ids, plain labels, tooltips).
    ///
    /// `\` and `"` are escaped, a line break becomes the DOT escape `\n`
    /// (a centred line in a label), and characters that are not allowed in
    /// the SVG that Graphviz writes (control characters) are dropped.
    ///
    /// Graphviz reads character and entity references in these strings and
    /// copies some of them into the SVG unchanged: `&#x1B;` or `&#0;` would
    /// become characters XML forbids (or cut the text), `&xxe;` an undefined
    /// entity. So an `&` becomes `&amp;` unless it starts one of the five
    /// references every XML parser knows (`&amp;` `&lt;` `&gt;` `&quot;`
    /// `&apos;`), which Graphviz shows as the character they stand for.
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

    /// The content of an HTML-like label (`<…>`), which Graphviz parses as
    /// XML: markup characters become entities, line breaks `<br/>`.
    static func html(_ text: String) -> String {
        xmlEscaped(text, lineBreak: "<br/>")
    }

    /// Text as XML character data or a double-quoted attribute value: markup
    /// characters become entities, a line break becomes `lineBreak`.
    static func xmlEscaped(_ text: String, lineBreak: String) -> String {
        var result = ""
        for scalar in cleaned(text).unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n": result += lineBreak
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Line breaks normalised to `\n`, tabs to spaces, and every character
    /// that XML 1.0 forbids (and Graphviz would copy into the SVG) removed.
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
