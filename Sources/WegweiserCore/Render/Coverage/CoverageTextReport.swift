/// The coverage of districts as a table for a terminal: per district the
/// five figures first, then the entries behind every figure above zero,
/// each with its id. Coloured only when asked (on a terminal, never with
/// NO_COLOR).
public enum CoverageTextReport {
    public static func render(_ coverages: [Coverage], color: Bool) -> String {
        coverages.map { render($0, style: ANSIStyle(enabled: color)) }.joined(separator: "\n")
    }

    private static func render(_ coverage: Coverage, style: ANSIStyle) -> String {
        let plain = TextChangeReport.plain
        var out = style.bold(plain(CoverageText.headline(coverage)) + " (\(coverage.districtID))") + "\n"
        let width = Coverage.Kind.allCases.map(\.label.count).max()!
        for kind in Coverage.Kind.allCases {
            let count = coverage.count(kind)
            let padding = String(repeating: " ", count: width - kind.label.count + 2)
            let figure = String(count)
            out += "  " + kind.label + padding + String(repeating: " ", count: max(0, 3 - figure.count))
                + style.colored(figure, code: count == 0 ? "32" : kind == .gaps ? "31" : "33") + "\n"
        }
        if coverage.isComplete { out += "  Alles abgedeckt.\n" }

        func group(_ kind: Coverage.Kind, title: String? = nil, _ rows: [(id: String, text: String)]) {
            guard !rows.isEmpty else { return }
            out += "\n" + style.bold(title ?? kind.label) + "\n"
            let idWidth = rows.map { plain($0.id).count }.max()!
            for row in rows {
                let id = plain(row.id)
                out += "  " + id + String(repeating: " ", count: idWidth - id.count + 2) + plain(row.text) + "\n"
            }
        }
        group(.gaps, coverage.gaps.map { ($0.id, CoverageText.gap($0) + " (\($0.function))") })
        group(.unheldFunctions, coverage.unheldFunctions.map { ($0.id, $0.label) })
        group(.institutionsWithoutTasks, coverage.institutionsWithoutTasks.map { ($0.id, $0.name) })
        group(.handoversWithoutLegalBasis, coverage.handoversWithoutLegalBasis.map { ($0.id, CoverageText.handover($0)) })
        group(
            .unverifiedContacts, title: "\(Coverage.Kind.unverifiedContacts.label) (\(CoverageText.staleRule(coverage)))",
            coverage.unverifiedContacts.map { ($0.institution ?? "–", CoverageText.contact($0)) })
        return out
    }
}
