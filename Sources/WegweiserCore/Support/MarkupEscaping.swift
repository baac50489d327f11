/// Text for HTML and XML, the one escaper of the paper's HTML, the
/// Schaubild's labels and its SVG: `&`, `<`, `>`, `"` and `'` become
/// `&amp;` `&lt;` `&gt;` `&quot;` `&#39;`, and where a `lineBreak` is given
/// a line feed becomes it. All six are ASCII and so never part of a longer
/// UTF-8 sequence: replacing bytes is replacing scalars (a `"` before a
/// combining mark is escaped too).
enum MarkupEscaping {
    /// Appends `text` escaped; text with nothing to escape is appended whole.
    static func append(_ text: String, to out: inout String, lineBreak: String? = nil) {
        let utf8 = text.utf8
        var chunkStart = utf8.startIndex
        var index = chunkStart
        while index != utf8.endIndex {
            let replacement: String
            switch utf8[index] {
            case 0x3C: replacement = "&lt;"
            case 0x3E: replacement = "&gt;"
            case 0x26: replacement = "&amp;"
            case 0x22: replacement = "&quot;"
            case 0x27: replacement = "&#39;"
            case 0x0A where lineBreak != nil: replacement = lineBreak!
            default:
                utf8.formIndex(after: &index)
                continue
            }
            out += text[chunkStart..<index]
            out += replacement
            utf8.formIndex(after: &index)
            chunkStart = index
        }
        if chunkStart == utf8.startIndex {
            out += text
        } else {
            out += text[chunkStart...]
        }
    }

    static func escaped(_ text: String, lineBreak: String? = nil) -> String {
        var out = ""
        append(text, to: &out, lineBreak: lineBreak)
        return out
    }
}
