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
        if let changes = paper.changes { parts += changes.introduction + changes.items }
        return parts.joined(separator: "\n")
    }

    /// Whether `term` stands in the text as a word of its own ("SGB II" in
    /// "§ 7 SGB II", but not "SGB I" in it).
    static func mentions(_ text: String, _ term: String) -> Bool {
        guard !term.isEmpty else { return false }
        var searchRange = text.startIndex..<text.endIndex
        while let found = text.range(of: term, range: searchRange) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
            if !(before?.isLetter ?? false) && !(before?.isNumber ?? false)
                && !(after?.isLetter ?? false) && !(after?.isNumber ?? false)
            {
                return true
            }
            searchRange = found.upperBound..<text.endIndex
        }
        return false
    }
}
