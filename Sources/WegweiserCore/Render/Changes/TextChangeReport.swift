/// The change report for a terminal: one block per section, a marker and
/// the kind before each entry, changed fields indented below it; coloured
/// only when asked (on a terminal, never with NO_COLOR).
public enum TextChangeReport {
    public static func render(_ changes: DistrictChanges, color: Bool) -> String {
        let style = ANSIStyle(enabled: color)
        var out = style.bold("\(changes.new.name): \(ChangeText.sideLabel(changes.old)) → \(ChangeText.sideLabel(changes.new))") + "\n"
        out += "\(ChangeText.editionLabel(changes.edition))\n"
        for section in Change.Section.allCases {
            let entries = changes.changes(in: section)
            guard !entries.isEmpty else { continue }
            out += "\n" + style.bold(ChangeText.sectionTitle(section)) + "\n"
            for change in entries {
                let kind = ChangeText.kindLabel(change.kind)
                let padding = String(repeating: " ", count: kindWidth - kind.count)
                out += "  " + style.colored(marker(change.kind) + " " + kind, kind: change.kind) + padding + " "
                    + ChangeText.headline(change) + "\n"
                guard change.section != .matrix else { continue }
                for field in change.fields {
                    out += String(repeating: " ", count: kindWidth + 5) + ChangeText.fieldLine(field) + "\n"
                }
            }
        }
        out += "\n" + ChangeText.summary(changes) + "\n"
        return out
    }

    /// "+", "−", "»", "~": readable without colour.
    public static func marker(_ kind: Change.Kind) -> String {
        switch kind {
        case .added: "+"
        case .removed: "−"
        case .renamed: "»"
        case .changed: "~"
        }
    }

    /// The longest kind label, so that the entries line up.
    private static let kindWidth = Change.Kind.allCases.map { ChangeText.kindLabel($0).count }.max()!
}

/// ANSI escape sequences, or nothing when colour is off.
struct ANSIStyle {
    var enabled: Bool

    func bold(_ text: String) -> String { enabled ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

    func colored(_ text: String, kind: Change.Kind) -> String {
        guard enabled else { return text }
        let code = switch kind {
        case .added: "32"
        case .removed: "31"
        case .renamed: "36"
        case .changed: "33"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
