/// One institution of a starter file, written as YAML with German comments.
struct StarterInstitution {
    var comment: [String] = []
    var id: String
    var name: String
    var short: String?
    var type: InstitutionType
    var partOf: String?
    var functions: [String] = []
    var carriers: [String] = []
    /// The function of its one placeholder contact; nil for none.
    var contact: String?

    func yaml(email: String) -> String {
        var lines = comment.map { "  # " + $0 }
        lines.append("  - id: \(id)")
        lines.append("    name: \(YAMLScalarText.plain(name))")
        if let short { lines.append("    short: \(YAMLScalarText.plain(short))") }
        lines.append("    type: \(type.rawValue)")
        if let partOf { lines.append("    part_of: \(partOf)") }
        if !functions.isEmpty { lines.append("    functions: [\(functions.joined(separator: ", "))]") }
        if !carriers.isEmpty { lines.append("    carriers: [\(carriers.joined(separator: ", "))]") }
        lines.append("    # address: Straße Nr., PLZ Ort")
        lines.append("    # web: https://…")
        if let contact {
            lines += [
                StarterDistrict.commented("    contacts:", "funktionale Kontakte: erscheinen in jeder Ausgabe"),
                "      - function: \(YAMLScalarText.plain(contact))",
                "        email: \(email)",
                StarterDistrict.commented("        # phone: \"+49 …\"", "Telefon in Anführungszeichen"),
                StarterDistrict.commented("        # verified: JJJJ-MM-TT", "wann der Kontakt zuletzt geprüft wurde"),
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Writes text as a YAML scalar: plain when YAML reads it back unchanged as
/// text, else double-quoted with escapes.
enum YAMLScalarText {
    static func plain(_ text: String) -> String {
        isSafePlain(text) ? text : quoted(text)
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Letters, digits, spaces and harmless punctuation; no indicator at the start,
    /// no `: ` or ` #`, nothing YAML would read as null.
    private static func isSafePlain(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
            first != " ", last != " ", !"-?:,[]{}#&*!|>'\"%@`~".unicodeScalars.contains(first),
            !["null", "Null", "NULL", "~"].contains(text)
        else { return false }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || " .,;()/–-§'&+@".unicodeScalars.contains(scalar)
        }
    }
}
