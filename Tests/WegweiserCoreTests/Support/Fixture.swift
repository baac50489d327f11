import Foundation
import Testing
@testable import WegweiserCore

/// A district written to a temporary folder from inline YAML, run through the
/// real pipeline (load → validate → resolve).
struct Fixture {
    /// A small catalogue with every function the fixtures use.
    static let catalog = """
        phases:
          - id: ankommen
            label: Ankommen und Erstorientierung
          - id: arbeit
            label: Arbeitsmarktzugang und Vermittlung
        target_groups:
          - id: gestattung
            label: Asylsuchende mit Aufenthaltsgestattung
          - id: duldung
            label: Geduldete
        functions:
          - id: sgb2
            label: Grundsicherung für Arbeitsuchende nach SGB II
          - id: sgb3
            label: Arbeitsförderung nach SGB III
          - id: asylblg
            label: Leistungen nach dem Asylbewerberleistungsgesetz
          - id: auslaenderbehoerde
            label: Ausländerbehörde
          - id: meldebehoerde
            label: Meldebehörde
          - id: migrationsberatung
            label: Migrationsberatung für erwachsene Zuwanderer
        glossary:
          - term: SGB II
            definition: Zweites Buch Sozialgesetzbuch
        tasks:
          - id: beschaeftigungserlaubnis
            title: Beschäftigungserlaubnis für Gestattete und Geduldete
            phase: arbeit
            target_groups: [gestattung, duldung]
            legal_basis: § 4a AufenthG
            roles:
              auslaenderbehoerde: lead
              sgb3: involved
              migrationsberatung: advises
          - id: anmeldung
            title: Anmeldung des Wohnsitzes
            phase: ankommen
            roles:
              meldebehoerde: lead
              auslaenderbehoerde: informed
        interfaces:
          - id: rechtskreiswechsel-sgb2
            from: asylblg
            to: sgb2
            subject: Rechtskreiswechsel AsylbLG → SGB II
            legal_basis: § 7 SGB II
        """

    /// A valid Landkreis with an Optionskommune; tests change one thing in it.
    static let district = """
        district:
          id: testkreis
          name: Landkreis Test
          state: Sachsen
          kind: landkreis
          jobcenter_model: zkt
          edition:
            version: "1.0"
            date: 2026-03-01
            publisher: IQ Netzwerk Sachsen
          goals:
            - Der Mensch im Mittelpunkt
          municipalities:
            - name: Stadt Teststadt
              contact: {function: Bürgerbüro, email: buergerbuero@teststadt.example}
        """

    static let institutions = """
        institutions:
          - id: landratsamt
            name: Landratsamt Test
            type: kreisverwaltung
          - id: jobcenter
            name: Jobcenter Landkreis Test
            part_of: landratsamt
            functions: [sgb2]
          - id: auslaenderamt
            name: Ausländeramt
            part_of: landratsamt
            functions: [auslaenderbehoerde, asylblg]
            contacts:
              - function: Sachgebietsleitung
                email: asyl@kreis-test.example
                verified: 2026-01-10
          - id: agentur
            name: Agentur für Arbeit Test
            type: arbeitsagentur
            functions: [sgb3]
          - id: teststadt
            name: Stadt Teststadt
            type: gemeinde
            functions: [meldebehoerde]
            contacts:
              - function: Bürgerbüro
                phone: "+49 3521 100-0"
          - id: mbe
            name: Migrationsberatung
            type: beratungsstelle
            functions: [migrationsberatung]
        """

    var files: [String: String]
    /// Files given as raw bytes (invalid UTF-8, UTF-16, exact line endings).
    var binaryFiles: [String: [UInt8]] = [:]
    /// Symbolic links in the district folder: path → destination as stored in the link.
    var links: [String: String] = [:]
    /// Files outside the district folder, relative to the folder holding `Districts`.
    var outsideFiles: [String: String] = [:]
    var catalogFiles: [String: String] = ["tasks.yaml": Fixture.catalog]
    var folderName = "testkreis"
    var limits = Limits.standard

    /// The valid base district with some files replaced or added.
    init(_ files: [String: String] = [:]) {
        self.files = ["district.yaml": Fixture.district, "institutions.yaml": Fixture.institutions]
            .merging(files) { _, new in new }
    }

    /// Only the given files, nothing of the base district.
    init(only files: [String: String]) {
        self.files = files
    }

    /// Writes the files to a fresh temporary folder and runs the pipeline.
    func run() throws -> DistrictReport {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("wegweiser-tests-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("Districts/\(folderName)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        for (path, bytes) in binaryFiles {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        for (path, text) in outsideFiles {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        for (path, destination) in links {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: destination)
        }
        var log = DiagnosticLog()
        let catalog = CatalogLoader.load(files: catalogFiles.sorted { $0.key < $1.key }.map { ("_catalog/\($0.key)", $0.value) }, log: &log)
        Validator.check(catalog: catalog, log: &log)
        let workspace = Workspace(districtsFolder: root.appendingPathComponent("Districts").path, limits: limits)
        var report = workspace.check(districtFolder: folder.path, catalog: catalog)
        // Name files as a user would see them: relative to the district folder.
        report.diagnostics = (log.diagnostics + report.diagnostics).map { $0.relative(to: folder.path + "/") }
        return report
    }

    /// The diagnostics as "rule file:line:column", the form tests assert.
    func findings() throws -> [String] {
        try run().diagnostics.map(\.summary)
    }
}

extension Diagnostic {
    /// "unknown-reference institutions.yaml:12:7", compact for assertions.
    var summary: String { "\(rule.rawValue) \(location)" }

    /// Names files relative to the district folder; the folder itself is ".".
    func relative(to prefix: String) -> Diagnostic {
        renamingFiles { file in file + "/" == prefix ? "." : file.replacingOccurrences(of: prefix, with: "") }
    }
}
