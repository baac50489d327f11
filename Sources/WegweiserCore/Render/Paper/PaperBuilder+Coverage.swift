extension PaperBuilder {
    /// The section "Abdeckung": the figures of `CoverageAnalysis`, which
    /// never names a person, so the section is the same in both editions.
    func coverageSection() -> Paper.CoverageSection {
        let coverage = CoverageAnalysis.analyse(district)
        var introduction = [
            "Die Übersicht zeigt, wo dieses Papier noch Lücken hat: Aufgaben, deren federführende Funktion keine Stelle innehat, Funktionen des Katalogs ohne Stelle, Stellen ohne Aufgabe in der Verantwortungsmatrix, Schnittstellen ohne Rechtsgrundlage und Kontakte, die "
                + (coverage.staleBefore.map { "zuletzt vor dem \($0.german) (mehr als 24 Monate vor dem Stand dieser Ausgabe) oder nie" } ?? "nie")
                + " geprüft wurden."
        ]
        if coverage.isComplete {
            introduction.append(
                "Es fehlt nichts: Jede Aufgabe hat eine federführende Stelle, jede Funktion ist besetzt, jede Stelle hat Aufgaben, jede Schnittstelle hat eine Rechtsgrundlage und alle Kontakte sind geprüft.")
        }
        typealias Item = Paper.CoverageSection.Item
        let items: [(Coverage.Kind, [Item])] = [
            (.gaps, coverage.gaps.map { Item(text: CoverageText.gap($0), reference: .task(id: $0.id)) }),
            (.unheldFunctions, coverage.unheldFunctions.map { Item(text: $0.label, reference: nil) }),
            (.institutionsWithoutTasks, coverage.institutionsWithoutTasks.map { Item(text: $0.name, reference: .institution(id: $0.id)) }),
            (.handoversWithoutLegalBasis, coverage.handoversWithoutLegalBasis.map {
                Item(text: CoverageText.handover($0), reference: .handover(number: $0.number, id: $0.id))
            }),
            (.unverifiedContacts, coverage.unverifiedContacts.map {
                Item(text: CoverageText.contact($0), reference: $0.institution.map { .institution(id: $0) })
            }),
        ]
        return Paper.CoverageSection(
            introduction: introduction,
            figures: Coverage.Kind.allCases.map { .init(label: $0.label, count: coverage.count($0)) },
            groups: items.filter { !$0.1.isEmpty }.map { .init(title: $0.0.label, items: $0.1) })
    }
}
