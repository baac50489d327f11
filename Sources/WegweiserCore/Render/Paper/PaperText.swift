/// The running text of a paper, for finding which abbreviations it uses.
enum PaperText {
    static func allText(of paper: Paper) -> String {
        var parts: [String] = paper.introduction + paper.goals + [paper.meta.setup]
        for group in paper.matrix.groups {
            for row in group.rows { parts += [row.title, row.legalBasis, row.note].compactMap { $0 } + row.targetGroups }
        }
        parts += paper.matrix.columns.flatMap { [$0.label, $0.name] }
        for handover in paper.handovers {
            parts += [handover.subject, handover.trigger, handover.legalBasis, handover.note].compactMap { $0 }
            parts += handover.transfers + handover.from + handover.to
        }
        for institution in paper.institutions {
            parts += [institution.heading, institution.note, institution.shortLabel].compactMap { $0 }
            parts += institution.functions + institution.targetGroups
            parts += institution.contacts.flatMap { [$0.function, $0.note].compactMap { $0 } }
        }
        for offer in paper.offers { parts += [offer.title, offer.access, offer.note].compactMap { $0 } + offer.providers }
        for body in paper.bodies { parts += [body.name, body.note, body.rhythm].compactMap { $0 } }
        parts += paper.coverage.groups.flatMap { $0.items.map(\.text) }
        if let changes = paper.changes { parts += changes.introduction + changes.items }
        return parts.joined(separator: "\n")
    }

    /// Whether `term` stands in the text as a word of its own ("SGB II" in
    /// "§ 7 SGB II", but not "SGB I" in it).
    static func mentions(_ text: String, _ term: String) -> Bool {
        guard !term.isEmpty else { return false }
        // A byte search over the UTF-8: the paper's text can be megabytes and
        // the catalogue has dozens of terms.
        var text = text
        let needle = Array(term.utf8)
        return text.withUTF8 { haystack in
            var offset = 0
            while let start = ByteSearch.firstIndex(of: needle, in: haystack, from: offset) {
                if !isWordScalar(scalar(endingAt: start, in: haystack))
                    && !isWordScalar(scalar(startingAt: start + needle.count, in: haystack))
                {
                    return true
                }
                offset = start + 1
            }
            return false
        }
    }

    /// A letter or digit: then the match is only part of a longer word.
    private static func isWordScalar(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The scalar whose UTF-8 ends just before `index`.
    private static func scalar(endingAt index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard index > 0 else { return nil }
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self).unicodeScalars.first
    }

    /// The scalar whose UTF-8 starts at `index`.
    private static func scalar(startingAt index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard index < bytes.count else { return nil }
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self).unicodeScalars.first
    }
}
