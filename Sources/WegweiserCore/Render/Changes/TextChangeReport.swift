/// The change report for a terminal: one block per section, a marker and
/// the kind before each entry, changed fields indented below it; coloured
/// only when asked (on a terminal, never with NO_COLOR).
public enum TextChangeReport {
    public static func render(_ changes: DistrictChanges, color: Bool) -> String {
        let style = ANSIStyle(enabled: color)
        var out = style.bold(plain("\(changes.new.name): \(ChangeText.sideLabel(changes.old)) → \(ChangeText.sideLabel(changes.new))")) + "\n"
        out += "\(ChangeText.editionLabel(changes.edition))\n"
        for section in Change.Section.allCases {
            let entries = changes.changes(in: section)
            guard !entries.isEmpty else { continue }
            out += "\n" + style.bold(ChangeText.sectionTitle(section)) + "\n"
            for change in entries {
                let kind = ChangeText.kindLabel(change.kind)
                let padding = String(repeating: " ", count: kindWidth - kind.count)
                out += "  " + style.colored(marker(change.kind) + " " + kind, kind: change.kind) + padding + " "
                    + plain(ChangeText.headline(change)) + "\n"
                guard change.section != .matrix else { continue }
                for field in change.fields {
                    out += String(repeating: " ", count: kindWidth + 5) + plain(ChangeText.fieldLine(field)) + "\n"
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

    /// Text from district files as a terminal shows it and nothing more: a
    /// line break becomes a space, other control characters (an escape
    /// sequence could recolour, move or retitle the terminal; a carriage
    /// return could overwrite the line) and bidirectional overrides are
    /// dropped. The loader refuses such characters; this guard keeps the
    /// terminal safe should one slip through.
    static func plain(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            switch scalar.value {
            case 0x0A where previous == "\r": continue
            case 0x0A, 0x0D, 0x2028, 0x2029, 0x85: out.append(" ")
            case 0x09: out.append(" ")
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: continue
            default: out.append(scalar)
            }
        }
        return String(out)
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
        return colored(text, code: code)
    }

    /// `text` in the colour of an ANSI code ("31" red, "32" green, "33" yellow).
    func colored(_ text: String, code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
