/// The change report as Markdown, for a merge-request comment: a heading,
/// both versions, the summary, one list per section.
public enum MarkdownChangeReport {
    public static func render(_ changes: DistrictChanges) -> String {
        var out = "## Änderungen: \(escaped(changes.new.name))\n\n"
        out += "- **Vorher:** \(side(changes.old))\n"
        out += "- **Nachher:** \(side(changes.new))\n"
        out += "- **Ausgabe:** \(ChangeText.editionLabel(changes.edition))\n\n"
        out += "\(ChangeText.summary(changes))\n"
        for section in Change.Section.allCases {
            let entries = changes.changes(in: section)
            guard !entries.isEmpty else { continue }
            out += "\n### \(ChangeText.sectionTitle(section))\n\n"
            for change in entries {
                out += "- **\(ChangeText.kindLabel(change.kind)):** \(escaped(ChangeText.headline(change)))\n"
                guard change.section != .matrix else { continue }
                for field in change.fields {
                    out += "  - \(escaped(field.label)): \(escaped(ChangeText.fieldValue(field)))\n"
                }
            }
        }
        return out
    }

    /// "`HEAD~1:Districts/leipzig` (Version 2.0 vom 01.03.2026), Definition `sha256:0a1b…`".
    private static func side(_ side: DistrictChanges.Side) -> String {
        code(side.source) + (ChangeText.edition(of: side).map { " (\(escaped($0)))" } ?? "")
            + ", Definition " + code("sha256:" + side.digest.prefix(12) + "…")
    }

    /// Inline code that survives backticks in the text.
    private static func code(_ text: String) -> String {
        let fence = text.contains("`") ? "`` " : "`"
        return fence + text + String(fence.reversed())
    }

    /// Text with the characters escaped that Markdown (CommonMark, and the
    /// GitLab and GitHub flavours with tables, strikethrough and maths)
    /// reads as markup within a line, and line breaks flattened. Entries
    /// start after "**neu:**", so markers that only count at the start of a
    /// line (-, +, 1.) cannot take effect.
    static func escaped(_ text: String) -> String {
        var out = ""
        // By scalar, not by Character: "\r\n" is one Character, equal to neither "\r" nor "\n".
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "&", "!", "$":
                out += "\\" + String(scalar)
            case "\n", "\r": out += " "
            // Other control characters (an escape sequence, a NUL) have no place in a comment, nor in a terminal showing it.
            case "\u{0}"..."\u{8}", "\u{B}"..."\u{1F}", "\u{7F}"..."\u{9F}": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
