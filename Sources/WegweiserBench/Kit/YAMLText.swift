/// Writes YAML as a person would: block mappings and lists, plain scalars
/// where they are safe, double quotes where the format asks for them.
struct YAMLText {
    private(set) var text = ""

    init(comment: String? = nil) {
        if let comment { text += "# \(comment)\n\n" }
    }

    mutating func line(_ indent: Int, _ content: String) {
        text += String(repeating: " ", count: indent) + content + "\n"
    }

    mutating func blank() { text += "\n" }

    /// `key: value`, the value as a text scalar.
    mutating func field(_ indent: Int, _ key: String, _ value: String?) {
        guard let value else { return }
        line(indent, "\(key): \(Self.scalar(value))")
    }

    /// `key: value` written as it is (ids, dates, flow lists of ids).
    mutating func raw(_ indent: Int, _ key: String, _ value: String?) {
        guard let value else { return }
        line(indent, "\(key): \(value)")
    }

    /// A flow list of ids: `[a, b]`.
    mutating func ids(_ indent: Int, _ key: String, _ values: [String]) {
        guard !values.isEmpty else { return }
        line(indent, "\(key): [\(values.joined(separator: ", "))]")
    }

    /// A block list of texts.
    mutating func texts(_ indent: Int, _ key: String, _ values: [String]) {
        guard !values.isEmpty else { return }
        line(indent, "\(key):")
        for value in values { line(indent + 2, "- \(Self.scalar(value))") }
    }

    /// Always in double quotes (phone numbers, versions).
    static func quoted(_ value: String) -> String {
        var out = "\""
        for character in value {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out.append(character)
            }
        }
        return out + "\""
    }

    /// Plain when a plain scalar reads back as exactly this text, else quoted.
    static func scalar(_ value: String) -> String {
        guard let first = value.first, let last = value.last else { return "\"\"" }
        let indicators: Set<Character> = ["-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", " "]
        let nulls: Set<String> = ["~", "null", "Null", "NULL"]
        let unsafe = indicators.contains(first) || last == " " || last == ":" || value.contains(": ") || value.contains(" #")
            || value.contains(where: { $0 == "\n" || $0 == "\t" }) || nulls.contains(value)
        return unsafe ? quoted(value) : value
    }
}

/// Ids from German names: lower-case kebab case, umlauts written out.
enum Slug {
    static func make(_ text: String, maxLength: Int = 48) -> String {
        var out = ""
        var dash = false
        for character in text.lowercased() {
            let replacement: String
            switch character {
            case "ä": replacement = "ae"
            case "ö": replacement = "oe"
            case "ü": replacement = "ue"
            case "ß": replacement = "ss"
            case "é", "è": replacement = "e"
            default:
                if character.isASCII, character.isLetter || character.isNumber {
                    replacement = String(character)
                } else {
                    replacement = ""
                }
            }
            if replacement.isEmpty {
                dash = !out.isEmpty
            } else {
                if dash { out += "-" }
                out += replacement
                dash = false
            }
        }
        if out.count > maxLength {
            // Cut at a word boundary where there is one.
            var cut = String(out.prefix(maxLength + 1))
            if let dash = cut.lastIndex(of: "-"), dash > cut.startIndex {
                cut = String(cut[..<dash])
            } else {
                cut = String(out.prefix(maxLength))
            }
            out = cut
            while out.hasSuffix("-") { out.removeLast() }
        }
        return out
    }
}
