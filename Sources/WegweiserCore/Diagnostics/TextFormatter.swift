/// Diagnostics for people at a terminal, in the form editors and CI parse:
///
///     path:14:7: error: unknown institution 'jobcentre' (did you mean 'jobcenter'?) [unknown-reference]
///        14 |       jobcentre: informed
///           |       ^~~~~~~~~
///           = hint: …
public struct TextFormatter: Sendable {
    public var color: Bool
    /// Returns the text of a file named in a diagnostic, for the source excerpt.
    public var source: @Sendable (String) -> String?

    public init(color: Bool, source: @escaping @Sendable (String) -> String?) {
        self.color = color
        self.source = source
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        var out = paint("\(diagnostic.location):", .bold) + " "
        out += paint("\(diagnostic.severity.rawValue):", diagnostic.severity == .error ? .red : .yellow)
        out += " " + paint(Self.terminalSafe(diagnostic.fullMessage), .bold) + " [\(diagnostic.rule.rawValue)]\n"
        out += excerpt(at: diagnostic.location)
        if let hint = diagnostic.hint {
            out += "      " + paint("= hint:", .cyan) + " \(Self.terminalSafe(hint))\n"
        }
        for note in diagnostic.notes {
            out += paint("\(note.location):", .bold) + " " + paint("note:", .cyan) + " \(Self.terminalSafe(note.message))\n"
            out += excerpt(at: note.location)
        }
        return out
    }

    /// The source line and a caret under the column, the word underlined.
    func excerpt(at location: SourceLocation) -> String {
        guard let text = source(location.file) else { return "" }
        let line = String(YAMLReader.lineText(location.line, in: text))
        guard !line.isEmpty || location.line == 1 else { return "" }
        let number = String(location.line)
        let gutter = String(repeating: " ", count: max(5, number.count + 1))
        var scalars = Array(Self.terminalSafe(line).unicodeScalars)
        var start = min(max(location.column - 1, 0), scalars.count)
        // A line of megabytes would flood the terminal: show a window around the column.
        if scalars.count > Self.excerptWidth {
            let from = max(0, min(start - Self.excerptWidth / 3, scalars.count - Self.excerptWidth))
            let to = min(scalars.count, from + Self.excerptWidth)
            let before: [Unicode.Scalar] = from > 0 ? ["…"] : []
            let after: [Unicode.Scalar] = to < scalars.count ? ["…"] : []
            start = start - from + before.count
            scalars = before + scalars[from..<to] + after
        }
        let shownLine = String(String.UnicodeScalarView(scalars))
        // Keep tabs so the caret lines up under the same characters.
        let padding = String(String.UnicodeScalarView(scalars[..<start].map { $0 == "\t" ? "\t" : " " }))
        var length = 0
        while start + length < scalars.count, Self.isWordScalar(scalars[start + length]) { length += 1 }
        let underline = "^" + String(repeating: "~", count: max(0, length - 1))
        let shown = String(repeating: " ", count: gutter.count - number.count) + number
        return "\(shown) | \(shownLine)\n\(gutter) | \(padding)\(paint(underline, .green))\n"
    }

    /// Scalars of a source line shown at most in an excerpt.
    static let excerptWidth = 160

    /// Text from a district file as it may reach a terminal: control
    /// characters (C0 but tab, DEL, C1) and bidi controls could move the
    /// cursor, recolour the screen or reorder what is shown, and a line
    /// break in a quoted value would forge a diagnostic line of its own;
    /// each becomes U+FFFD.
    public static func terminalSafe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isUnsafe($0) ? "\u{FFFD}" : $0 }))
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        !(scalar == " " || scalar == "\t" || scalar == ":" || scalar == "," || scalar == "]" || scalar == "}"
            || scalar == "#")
    }

    enum Style: String {
        case bold = "1", red = "1;31", yellow = "1;33", cyan = "1;36", green = "1;32"
    }

    func paint(_ text: String, _ style: Style) -> String {
        color ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// "3 errors and 1 warning", "no problems".
    public static func counts(errors: Int, warnings: Int) -> String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        switch (errors, warnings) {
        case (0, 0): return "no problems"
        case (_, 0): return plural(errors, "error")
        case (0, _): return plural(warnings, "warning")
        default: return plural(errors, "error") + " and " + plural(warnings, "warning")
        }
    }
}
