/// A value made of printable ASCII only (space to `~`). For such a text every
/// character is one byte, lower-casing is ASCII lower-casing, the only
/// whitespace is the space, the only letters are A–Z and a–z and the only
/// numbers are 0–9: the checks of `Formats` give the same answers byte by
/// byte, without Unicode property look-ups.
struct PrintableASCII {
    let bytes: [UInt8]

    init?(_ value: String) {
        guard value.utf8.allSatisfy({ (0x20...0x7E).contains($0) }) else { return nil }
        bytes = Array(value.utf8)
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    private static func lowercased(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
    private static func text<C: Collection<UInt8>>(_ bytes: C) -> String { String(decoding: bytes, as: UTF8.self) }

    private func hasLowercasedPrefix(_ prefix: String) -> Bool {
        bytes.count >= prefix.utf8.count && zip(bytes, prefix.utf8).allSatisfy { Self.lowercased($0) == $1 }
    }

    /// `Formats.anyEmailProblem`, byte by byte.
    var emailProblem: String? {
        if hasLowercasedPrefix("mailto:") { return "write the address without 'mailto:'" }
        if bytes.contains(UInt8(ascii: " ")) { return "it contains a space" }
        let parts = bytes.split(separator: UInt8(ascii: "@"), omittingEmptySubsequences: false)
        guard parts.count == 2 else { return parts.count == 1 ? "it has no '@'" : "it has more than one '@'" }
        let (local, domain) = (parts[0], parts[1])
        if local.isEmpty { return "nothing stands before the '@'" }
        if local.contains(where: { "<>()[],;:\"\\".utf8.contains($0) }) { return "it contains a character not allowed in an address" }
        let labels = domain.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        let notADomain = "the part after '@' is not a domain like example.org"
        guard labels.count >= 2 else { return notADomain }
        for label in labels {
            guard let first = label.first, let last = label.last, first != UInt8(ascii: "-"), last != UInt8(ascii: "-"),
                label.allSatisfy({ Self.isLetter($0) || Self.isDigit($0) || $0 == UInt8(ascii: "-") })
            else { return notADomain }
        }
        if labels.last!.allSatisfy(Self.isDigit) { return notADomain }
        return nil
    }

    /// `Formats.anyPhoneProblem`, byte by byte.
    var phoneProblem: String? {
        if let bad = bytes.first(where: { !(Self.isDigit($0) || " +-/()".utf8.contains($0)) }) {
            return "'\(Self.text([bad]))' is not allowed; use digits, spaces and + - / ( )"
        }
        if bytes.dropFirst().contains(UInt8(ascii: "+")) { return "'+' may only stand at the beginning" }
        if bytes.lazy.filter(Self.isDigit).count < 5 { return "it has fewer than five digits" }
        return nil
    }

    /// `Formats.anyURLSpellingProblem`, byte by byte.
    var urlSpellingProblem: String? {
        guard hasLowercasedPrefix("http://") || hasLowercasedPrefix("https://") else {
            if let colon = bytes.firstIndex(of: UInt8(ascii: ":")), bytes[..<colon].allSatisfy(Self.isLetter) {
                return "'\(Self.text(bytes[..<colon].map(Self.lowercased))):' addresses are not allowed, only http and https"
            }
            return "it does not start with https:// or http://"
        }
        if bytes.contains(UInt8(ascii: " ")) { return "it contains a space" }
        if let bad = bytes.first(where: { "<>`\\".utf8.contains($0) }) {
            return "it contains the character '\(Self.text([bad]))', which a web address cannot hold"
        }
        return nil
    }
}
