import Foundation
import Testing
@testable import WegweiserCore

/// The catalogue shipped in Districts/_catalog and embedded in the binary.
@Suite struct CatalogTests {
    static let folder = Golden.packageRoot.appendingPathComponent("Districts/_catalog")

    @Test func theEmbeddedCatalogueIsACopyOfDistrictsCatalog() throws {
        for (name, bytes) in DefaultCatalog.files {
            let onDisk = try Data(contentsOf: Self.folder.appendingPathComponent(name))
            #expect(Data(bytes) == onDisk, "Catalog/Default/\(name) differs from Districts/_catalog/\(name); run scripts/sync-catalog")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".yaml") }
        #expect(names.sorted() == DefaultCatalog.files.map(\.name).sorted())
    }

    @Test func theEmbeddedCatalogueIsValid() {
        var log = DiagnosticLog()
        let catalog = CatalogLoader.embedded(log: &log)
        Validator.check(catalog: catalog, log: &log)
        #expect(log.diagnostics.map(\.summary) == [])
    }

    @Test func theCatalogueCoversEveryPhase() {
        var log = DiagnosticLog()
        let catalog = CatalogLoader.embedded(log: &log)
        #expect(catalog.phases.map(\.id.value) == [
            "ankommen", "aufenthalt", "existenzsicherung", "sprache", "anerkennung", "qualifizierung", "arbeit",
            "beschaeftigung",
        ])
        #expect(Set(catalog.targetGroups.map(\.id.value)).isSuperset(of: ["gestattung", "duldung", "schutz", "ukraine", "fachkraefte"]))
        #expect(catalog.functions.count >= 14)
        #expect(catalog.tasks.count >= 35)
        #expect(catalog.interfaces.count >= 10)
        for phase in catalog.phases {
            #expect(catalog.tasks.contains { $0.phase?.value == phase.id.value }, "no task in phase \(phase.id.value)")
        }
        let rechtskreiswechsel = catalog.interfaces.first { $0.id.value == "rechtskreiswechsel-sgb2" }
        #expect(rechtskreiswechsel?.from?.value == "asylblg")
        #expect(rechtskreiswechsel?.to?.value == "sgb2")
        // The Leistungsrechtsanpassungsgesetz moves Ukrainians protected after 31 March 2025 back to the AsylbLG.
        #expect(catalog.interfaces.contains { $0.from?.value == "sgb2" && $0.to?.value == "asylblg" })
    }
}
