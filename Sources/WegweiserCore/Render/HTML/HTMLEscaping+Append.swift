extension HTMLEscaping {
    /// Appends `text` escaped as the templates escape it: `<`, `>`, `&`, `"`
    /// and `'` become entities, everything else stays. The five are ASCII and
    /// so never part of a longer UTF-8 sequence: replacing bytes is replacing
    /// scalars. The compiled templates write the paper through this.
    static func append(_ text: String, to out: inout String) {
        let utf8 = text.utf8
        var chunkStart = utf8.startIndex
        var index = chunkStart
        while index != utf8.endIndex {
            let entity: String
            switch utf8[index] {
            case 0x3C: entity = "&lt;"
            case 0x3E: entity = "&gt;"
            case 0x26: entity = "&amp;"
            case 0x22: entity = "&quot;"
            case 0x27: entity = "&#39;"
            default:
                utf8.formIndex(after: &index)
                continue
            }
            out += text[chunkStart..<index]
            out += entity
            utf8.formIndex(after: &index)
            chunkStart = index
        }
        if chunkStart == utf8.startIndex {
            out += text
        } else {
            out += text[chunkStart...]
        }
    }
}
