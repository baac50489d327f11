import Foundation
import Testing
@testable import WegweiserCore

/// A district with more than 40 institution columns gets the matrix set by
/// role: a column per role naming the institutions, in HTML and DocBook, with
/// the marks of `--since` on changed and withdrawn roles.
@Suite struct MatrixByRoleTests {
    /// The paper of `SinceTests` (Ausländeramt in "Anmeldung" informed →
    /// involved), widened with `extra` columns of institutions without a role,
    /// and with a withdrawn role: the MBE's in "Anmeldung", which it had
    /// as "berät" before.
    static func widenedPaper(extra: Int) throws -> Paper {
        let (changes, new) = try SinceTests.changes()
        var paper = SinceTests.paper(new, changes: changes)
        let width = paper.matrix.columns.count
        for index in 1...extra {
            paper.matrix.columns.append(.init(
                institutionID: "stelle-\(index)", label: "St\(index)", name: "Beratungsstelle <\(index)> & Partner"))
        }
        for group in paper.matrix.groups.indices {
            for row in paper.matrix.groups[group].rows.indices {
                paper.matrix.groups[group].rows[row].cells += Array(repeating: nil, count: extra)
                let changes = paper.matrix.groups[group].rows[row].cellChanges
                if !changes.isEmpty {
                    paper.matrix.groups[group].rows[row].cellChanges = changes + Array(repeating: nil, count: width + extra - changes.count)
                }
            }
        }
        let mbe = try #require(paper.matrix.columns.firstIndex { $0.institutionID == "mbe" }, "\(paper.matrix.columns.map(\.institutionID))")
        let (group, row) = try #require(Self.position(of: "anmeldung", in: paper.matrix))
        #expect(paper.matrix.groups[group].rows[row].cells[mbe] == nil)
        paper.matrix.groups[group].rows[row].cellChanges[mbe] = .init(previous: "berät")
        return paper
    }

    static func position(of task: String, in matrix: Paper.Matrix) -> (Int, Int)? {
        for (group, rows) in matrix.groups.map(\.rows).enumerated() {
            if let row = rows.firstIndex(where: { $0.taskID == task }) { return (group, row) }
        }
        return nil
    }

    /// The text from `start` up to and including the first `end` after it.
    static func excerpt(_ text: String, from start: String, to end: String) throws -> String {
        let begin = try #require(text.range(of: start))
        let finish = try #require(text.range(of: end, range: begin.upperBound..<text.endIndex))
        return String(text[begin.lowerBound..<finish.upperBound])
    }

    @Test func fortyColumnsAreAGridFortyOneAreSetByRole() throws {
        let original = try SinceTests.paper(SinceTests.resolved(Fixture()), changes: nil)
        #expect(!original.matrix.isByRole)
        let columns = original.matrix.columns.count
        #expect(try !Self.widenedPaper(extra: Paper.Matrix.maxGridColumns - columns).matrix.isByRole)
        #expect(try Self.widenedPaper(extra: Paper.Matrix.maxGridColumns - columns + 1).matrix.isByRole)
    }

    @Test func aRowByRoleNamesTheInstitutionsPerRoleAndTheWithdrawnOnes() throws {
        let paper = try Self.widenedPaper(extra: 40)
        let (group, row) = try #require(Self.position(of: "anmeldung", in: paper.matrix))
        let (cells, withdrawn) = paper.matrix.groups[group].rows[row].byRole(paper.matrix.columns)
        #expect(cells.map(\.role) == [.lead, .involved, .advises, .informed])
        #expect(cells.map { $0.members.map(\.column.institutionID) } == [["teststadt"], ["auslaenderamt"], [], []])
        #expect(cells[1].members.first?.change == .init(previous: "wird informiert"))
        #expect(cells[0].members.first?.change == nil)
        #expect(withdrawn == "Migrationsberatung (vorher berät)")
    }

    @Test func goldenMatrixByRoleInHTML() throws {
        let html = try HTMLRenderer().render(Self.widenedPaper(extra: 40), svg: HTMLRendererTests.svg)
        let section = try Self.excerpt(html, from: #"<section id="matrix""#, to: "</section>")
        try Golden.check(section, "matrix-by-role.html")
        #expect(!section.contains("col-head"), "no column per institution")
        #expect(section.contains(#"<span class="changed" title="Ausländeramt (geändert: vorher wird informiert)">"#))
        #expect(section.contains(#"<span class="withdrawn">Keine Rolle mehr: Migrationsberatung (vorher berät)</span>"#))
        #expect(section.contains("Beratungsstelle &lt;1&gt; &amp; Partner"))
    }

    @Test func goldenMatrixByRoleInDocBookIsValid() throws {
        let xml = try DocBookRenderer.render(
            Self.widenedPaper(extra: 40), svgFileName: "testkreis.svg", schema: try DocBookSchema.shared())
        let section = try Self.excerpt(xml, from: #"<section xml:id="matrix""#, to: "<title>Stellen in der Matrix</title>")
        try Golden.check(section, "matrix-by-role.xml")
        #expect(section.contains(#"<phrase revisionflag="changed">Ausländeramt</phrase>"#))
        #expect(section.contains("<emphasis>Keine Rolle mehr: Migrationsberatung (vorher berät)</emphasis>"))
        #expect(!section.contains("Teil 1 von"), "one table: no column blocks")
    }
}
