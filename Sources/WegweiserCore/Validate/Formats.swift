import Foundation

/// The forms of e-mail addresses, phone numbers and web addresses (format.md,
/// "Formats"). Each returns nil when the value is fine, else what is wrong.
///
/// Nearly every value is printable ASCII; those are checked byte by byte
/// (Formats+ASCII.swift) with the same result, all others character by
/// character here.
enum Formats {
    static func emailProblem(_ value: String) -> String? {
        if let ascii = PrintableASCII(value) { return ascii.emailProblem }
        return anyEmailProblem(value)
    }

    static func phoneProblem(_ value: String) -> String? {
        if let ascii = PrintableASCII(value) { return ascii.phoneProblem }
        return anyPhoneProblem(value)
    }

    static func urlProblem(_ value: String) -> String? {
        let spelling = PrintableASCII(value).map(\.urlSpellingProblem) ?? anyURLSpellingProblem(value)
        return spelling ?? urlHostProblem(value)
    }

    static func anyEmailProblem(_ value: String) -> String? {
        if value.lowercased().hasPrefix("mailto:") { return "write the address without 'mailto:'" }
        if value.contains(where: \.isWhitespace) { return "it contains a space" }
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return parts.count == 1 ? "it has no '@'" : "it has more than one '@'" }
        let (local, domain) = (parts[0], parts[1])
        if local.isEmpty { return "nothing stands before the '@'" }
        if local.contains(where: { "<>()[],;:\"\\".contains($0) }) { return "it contains a character not allowed in an address" }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return "the part after '@' is not a domain like example.org" }
        for label in labels {
            guard !label.isEmpty, !label.hasPrefix("-"), !label.hasSuffix("-"),
                label.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" })
            else { return "the part after '@' is not a domain like example.org" }
        }
        if labels.last!.allSatisfy(\.isNumber) { return "the part after '@' is not a domain like example.org" }
        return nil
    }

    static func anyPhoneProblem(_ value: String) -> String? {
        if let bad = value.first(where: { !($0.isASCIIDigit || " +-/()".contains($0)) }) {
            return "'\(bad)' is not allowed; use digits, spaces and + - / ( )"
        }
        if value.dropFirst().contains("+") { return "'+' may only stand at the beginning" }
        if value.filter(\.isASCIIDigit).count < 5 { return "it has fewer than five digits" }
        return nil
    }

    /// What is wrong in how the address is written, before its host is looked at.
    static func anyURLSpellingProblem(_ value: String) -> String? {
        let lower = value.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else {
            if let colon = lower.firstIndex(of: ":"), lower[..<colon].allSatisfy({ $0.isLetter }) {
                return "'\(lower[..<colon]):' addresses are not allowed, only http and https"
            }
            return "it does not start with https:// or http://"
        }
        if value.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 } == true }) {
            return "it contains a space"
        }
        // Never part of a web address (RFC 3986), but markup in a page that shows it: `https://x.example/"><script>`.
        if let bad = value.first(where: { "<>`\\".contains($0) }) {
            return "it contains the character '\(bad)', which a web address cannot hold"
        }
        return nil
    }

    static func urlHostProblem(_ value: String) -> String? {
        guard let components = URLComponents(string: value), let host = components.host, !host.isEmpty,
            host.contains(".") || host == "localhost"
        else { return "it has no valid host name" }
        // https://www.arbeitsagentur.de@evil.example leads to evil.example.
        if components.user != nil || components.password != nil {
            return "it names a user before the host ('…@'), so the link leads elsewhere than it seems"
        }
        return nil
    }
}
