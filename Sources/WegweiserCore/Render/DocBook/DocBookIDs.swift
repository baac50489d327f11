/// Hands out `xml:id` values: valid NCNames (what the schema's ID type
/// requires), each used once, and stable: the same paper gives the same ids
/// in the same order, so links into the document keep working between
/// editions. District ids are already lower-case letters, digits and
/// hyphens; anything else is replaced rather than trusted.
struct DocBookIDs {
    private var used: Set<String> = []

    /// A new id made from `base`; a repeated base gets "-2", "-3" ….
    mutating func claim(_ base: String) -> String {
        let name = Self.ncName(base)
        var candidate = name
        var counter = 1
        while used.contains(candidate) {
            counter += 1
            candidate = "\(name)-\(counter)"
        }
        used.insert(candidate)
        return candidate
    }

    /// Whether `id` has been handed out, so a link to it is safe.
    func contains(_ id: String) -> Bool {
        used.contains(id)
    }

    /// ASCII letters, digits, '-', '_' and '.', starting with a letter or '_'.
    static func ncName(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "_", ".": result.unicodeScalars.append(scalar)
            default: if !result.hasSuffix("-") { result += "-" }
            }
        }
        if result.isEmpty { return "id" }
        if let first = result.unicodeScalars.first, !(("a"..."z").contains(first) || ("A"..."Z").contains(first) || first == "_") {
            result = "id-" + result
        }
        return result
    }
}
