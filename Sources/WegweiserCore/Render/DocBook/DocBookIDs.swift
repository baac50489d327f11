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
    /// Byte by byte: every byte of a scalar outside ASCII is outside the set,
    /// and a run of such bytes becomes one '-' as the run of scalars did.
    static func ncName(_ text: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + 3)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "_"), UInt8(ascii: "."):
                result.append(byte)
            default:
                if result.last != UInt8(ascii: "-") { result.append(UInt8(ascii: "-")) }
            }
        }
        guard let first = result.first else { return "id" }
        switch first {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
            return String(decoding: result, as: UTF8.self)
        default:
            return "id-" + String(decoding: result, as: UTF8.self)
        }
    }
}
