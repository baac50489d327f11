/// One field of a CSV file for German spreadsheet programs: separated by
/// semicolons, quoted as RFC 4180 says, and never read as a formula.
enum CSVField {
    static let separator = ";"

    /// Characters that make a spreadsheet read a cell as a formula (OWASP,
    /// "CSV Injection"), with their full-width forms, which some programs
    /// treat alike.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}"]

    static func escaped(_ text: String) -> String {
        var field = text
        // Leading spaces do not stop a formula in every program: look past them.
        if let first = text.unicodeScalars.first(where: { $0 != " " }), formulaStarts.contains(first) {
            field = "'" + text
        }
        guard field.unicodeScalars.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else { return field }
        return "\"" + field.replacing("\"", with: "\"\"") + "\""
    }

    /// A record: escaped fields, CRLF at the end.
    static func record(_ fields: [String]) -> String {
        fields.map(escaped).joined(separator: separator) + "\r\n"
    }
}
