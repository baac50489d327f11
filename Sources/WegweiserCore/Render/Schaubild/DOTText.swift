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
        let text = cleaned(text)
        // Most text has nothing to escape: quoted as it is. The rest is
        // escaped byte by byte (every byte escaped is ASCII, so it stands for
        // its scalar), which scalar by scalar was most of writing the DOT.
        guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x22 || $0 == 0x0A || $0 == 0x26 }) else {
            return "\"" + text + "\""
        }
        var result: [UInt8] = [UInt8(ascii: "\"")]
        result.reserveCapacity(text.utf8.count + 16)
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "\""):
                result.append(UInt8(ascii: "\\"))
                result.append(byte)
            case UInt8(ascii: "\n"):
                result.append(UInt8(ascii: "\\"))
                result.append(UInt8(ascii: "n"))
            case UInt8(ascii: "&") where !startsKnownReference(text, at: index):
                result += ampersandReference
            default:
                result.append(byte)
            }
            utf8.formIndex(after: &index)
        }
        result.append(UInt8(ascii: "\""))
        return String(decoding: result, as: UTF8.self)
    }

    private static let ampersandReference = Array("&amp;".utf8)

    /// Whether the `&` at `index` starts `&amp;` `&lt;` `&gt;` `&quot;` or
    /// `&apos;`: the five scalars after it begin with the name and `;`, as
    /// `String.hasPrefix` compares them.
    private static func startsKnownReference(_ text: String, at index: String.Index) -> Bool {
        let scalars = text.unicodeScalars
        let rest = String(scalars[scalars.index(after: index)...].prefix(5))
        return ["amp;", "lt;", "gt;", "quot;", "apos;"].contains { rest.hasPrefix($0) }
    }

    /// The content of an HTML-like label (`<…>`), which Graphviz parses as
    /// XML: markup characters become entities, line breaks `<br/>`.
    static func html(_ text: String) -> String {
        xmlEscaped(text, lineBreak: "<br/>")
    }

    /// Text as XML character data or a double-quoted attribute value: markup
    /// characters become entities, a line break becomes `lineBreak`.
    static func xmlEscaped(_ text: String, lineBreak: String) -> String {
        MarkupEscaping.escaped(cleaned(text), lineBreak: lineBreak)
    }

    /// Line breaks normalised to `\n`, tabs to spaces, and every character
    /// that XML 1.0 forbids (and Graphviz would copy into the SVG) removed.
    static func cleaned(_ text: String) -> String {
        // Nothing to change without a control byte and without 0xEF, the lead
        // byte of U+FFFE and U+FFFF: the text as it is. Otherwise byte by
        // byte: a byte below 0x80 is its scalar, and U+FFFE and U+FFFF are
        // the bytes EF BF BE and EF BF BF.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xEF }) else { return text }
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        var previousWasCR = false
        while index < bytes.count {
            let byte = bytes[index]
            defer { previousWasCR = byte == 0x0D }
            switch byte {
            case 0x0D: result.append(0x0A)
            case 0x0A: if !previousWasCR { result.append(byte) }
            case 0x09: result.append(0x20)
            case 0x00...0x1F, 0x7F: break
            case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
                index += 2
            default: result.append(byte)
            }
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }
}
