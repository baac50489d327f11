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
        // Most ids (district ids, anchors made of them) need nothing done.
        isNCNameAlready(text) ? text : ncNameByScalars(text)
    }

    /// `ncName` for any text, scalar by scalar.
    static func ncNameByScalars(_ text: String) -> String {
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

    /// Whether `ncName` would return the text unchanged: it starts with a
    /// letter or '_' and has only letters, digits, '_', '.' and single '-'
    /// (the loop below writes one '-' for a run of anything else).
    private static func isNCNameAlready(_ text: String) -> Bool {
        guard let first = text.utf8.first, isNameStart(first) else { return false }
        var previous: UInt8 = 0
        for byte in text.utf8 {
            guard isNameByte(byte), !(byte == 0x2D && previous == 0x2D) else { return false }
            previous = byte
        }
        return true
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || byte == 0x5F
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (0x30...0x39).contains(byte) || byte == 0x2E || byte == 0x2D
    }
}
