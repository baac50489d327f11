import Foundation
import WegweiserCore

/// What the fuzzer runs for every input: the input's files are written to a
/// fresh temporary folder and go through the real pipeline, as
/// `wegweiser validate` and `generate` run it: load → validate → resolve,
/// every diagnostic formatted with its source excerpt, and for a district
/// without errors (and a catalogue without errors) the paper in one edition
/// as HTML (compiled templates, checked against swift-mustache) and DocBook
/// (schema-validated), the Schaubild as DOT, and the
/// comparison with itself and with a fixed base district in every report
/// format (see `render`). Graphviz is not run: a process per input would
/// be too slow.
///
/// A crash is a finding; so is a `Failure`: a renderer that throws for a
/// district that passed validation, a district that differs from itself, or
/// compiled templates that render otherwise than swift-mustache.
public final class FuzzTarget: Sendable {
    /// An oracle violation (the libFuzzer entry turns it into a crash).
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// What one input reached, for tests and the replay tool.
    public struct Outcome: Sendable, Equatable {
        public var files: Int
        /// "rule file:line:column: message" for every diagnostic, the catalogue's first.
        public var diagnostics: [String]
        public var usedOwnCatalogue: Bool
        /// Whether the district resolved without errors and was rendered.
        public var rendered: Bool
    }

    /// Bounds far below the standard ones, so that the fuzzer does not spend
    /// its time on huge inputs; still above every sample district.
    public static let limits: Limits = {
        var limits = Limits()
        limits.maxFileBytes = 64 * 1024
        limits.maxFiles = 32
        limits.maxDistrictBytes = 256 * 1024
        limits.maxNodes = 50_000
        limits.maxValueBytes = 4_096
        return limits
    }()

    /// A fixed stand-in for the Schaubild's SVG in the HTML paper.
    static let svgStandIn = #"<svg xmlns="http://www.w3.org/2000/svg" role="img"><title>Schaubild</title></svg>"#

    private let html: HTMLRenderer
    /// The same templates through swift-mustache (a folder with copies of
    /// the built-in ones): the compiled templates must render the same bytes.
    private let mustacheHTML: HTMLRenderer
    private let schema: DocBookSchema
    private let embedded: (catalog: Catalog, diagnostics: [Diagnostic])
    private let base: ResolvedDistrict
    private let temporaryRoot: String

    /// Everything that does not depend on the input, prepared once: the
    /// templates (compiled and through swift-mustache), the DocBook schema,
    /// the built-in catalogue, the base district.
    public init() throws {
        html = try HTMLRenderer()
        schema = try DocBookSchema.shared()
        let workspace = Workspace(limits: Self.limits)
        embedded = workspace.loadCatalog(nil)
        var isDirectory: ObjCBool = false
        temporaryRoot = FileManager.default.fileExists(atPath: "/dev/shm", isDirectory: &isDirectory) && isDirectory.boolValue
            && FileManager.default.isWritableFile(atPath: "/dev/shm")
            ? "/dev/shm" : NSTemporaryDirectory()
        let templates = temporaryRoot + "/wegweiser-fuzz-templates-\(getpid())-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: templates) }
        try FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: true)
        for (name, text) in HTMLRenderer.builtInTemplates {
            try Data(text.utf8).write(to: URL(fileURLWithPath: templates + "/" + name + ".mustache"))
        }
        mustacheHTML = try HTMLRenderer(overrides: templates)
        base = try Self.resolveBase(catalog: embedded.catalog, root: temporaryRoot)
    }

    /// Runs one input. Throws `Failure` for an oracle violation; anything
    /// else wrong with the input is a diagnostic, as for a user.
    @discardableResult
    public func run(_ bytes: some Collection<UInt8>) throws -> Outcome {
        let files = FuzzInput.split(bytes)
        let root = temporaryRoot + "/wegweiser-fuzz-\(getpid())-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        let districts = root + "/Districts"
        let folder = districts + "/" + FuzzInput.districtID
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for file in files {
                let path = districts + "/" + file.path
                try FileManager.default.createDirectory(
                    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                guard FileManager.default.createFile(atPath: path, contents: Data(file.bytes)) else {
                    throw Failure(description: "cannot write \(path)")
                }
            }
        } catch {
            throw Failure(description: "the harness cannot write the input's files: \(error)")
        }

        let workspace = Workspace(districtsFolder: districts, limits: Self.limits)
        let catalogueFolder = try? workspace.catalogFolder(forDistrict: folder)
        let (catalog, catalogDiagnostics) = catalogueFolder.map { workspace.loadCatalog($0) } ?? embedded
        let report = workspace.check(districtFolder: folder, catalog: catalog)

        // What `validate` prints, in every format; source excerpts are read while the files exist.
        let sources = SourceCache(limits: Self.limits)
        let all = catalogDiagnostics + report.diagnostics
        for (index, diagnostic) in all.enumerated() {
            _ = TextFormatter(color: index % 2 == 0, source: { sources.text(of: $0) }).format(diagnostic)
            _ = GitHubFormatter.format(diagnostic)
        }
        _ = JSONFormatter.format(reports: [report], catalogDiagnostics: catalogDiagnostics, strict: false)

        let summaries = all.map { "\($0.rule.rawValue) \($0.location.description.replacingOccurrences(of: districts + "/", with: "")): \($0.message)" }
        var outcome = Outcome(files: files.count, diagnostics: summaries, usedOwnCatalogue: catalogueFolder != nil, rendered: false)
        guard !catalogDiagnostics.contains(where: { $0.severity == .error }), report.passes(strict: false),
            let district = report.resolved
        else { return outcome }
        try render(district, variant: bytes.count)
        outcome.rendered = true
        return outcome
    }

    /// What `generate` and `diff` make of a district without errors. One
    /// paper per input, HTML and DocBook (Mustache and schema validation are
    /// most of the time an input takes): the edition and whether it has the
    /// changes section depend on the input's length, so the fuzzer reaches
    /// all four kinds. The comparisons and their reports are cheap: always.
    private func render(_ district: ResolvedDistrict, variant: Int) throws {
        let edition: Paper.Edition = variant % 2 == 0 ? .internal : .public
        let same = DistrictComparer.compare(district, district, oldSource: "alt", newSource: "neu", edition: .internal)
        guard same.isEmpty else {
            throw Failure(
                description: "comparing the district with itself reports changes:\n" + TextChangeReport.render(same, color: false))
        }
        var sinceBase: DistrictChanges?
        let pairs: [(old: ResolvedDistrict, new: ResolvedDistrict)] = [(base, district), (district, base)]
        for (old, new) in pairs {
            let changes = DistrictComparer.compare(old, new, oldSource: "alt", newSource: "neu", edition: edition)
            _ = TextChangeReport.render(changes, color: true)
            _ = MarkdownChangeReport.render(changes)
            do { _ = try JSONChangeReport.render(changes) } catch {
                throw Failure(description: "the JSON change report throws: \(error)")
            }
            let schaubild = ChangeSchaubild(old: old, new: new, changes: changes)
            _ = SchaubildRenderer.dot(for: schaubild.district, marks: schaubild.marks)
            if new.id == district.id { sinceBase = changes }
        }

        let changes = variant % 4 >= 2 ? sinceBase : nil
        let paper = PaperBuilder(
            district: district, edition: edition, digest: DefinitionDigest.compute(district), changes: changes
        ).build()
        _ = SchaubildRenderer.dot(for: district, provenance: paper.meta.provenance)
        _ = SchaubildRenderer.dot(for: district, clusters: false, provenance: paper.meta.provenance)
        let what = "the \(edition.rawValue) paper\(changes == nil ? "" : " with changes")"
        let compiled: String
        do { compiled = try html.render(paper, svg: Self.svgStandIn) } catch {
            throw Failure(description: "HTML of \(what) throws: \(error)")
        }
        guard let rendered = try? mustacheHTML.render(paper, svg: Self.svgStandIn), rendered == compiled else {
            throw Failure(description: "the compiled templates render \(what) otherwise than swift-mustache")
        }
        do { _ = try DocBookRenderer.render(paper, svgFileName: "\(FuzzInput.districtID).svg", schema: schema) } catch {
            throw Failure(description: "DocBook of \(what) throws: \(error)")
        }
    }

    /// The other side of the comparisons: a small valid Landkreis.
    private static func resolveBase(catalog: Catalog, root: String) throws -> ResolvedDistrict {
        let folder = root + "/wegweiser-fuzz-base-\(getpid())-\(UUID().uuidString)/basiskreis"
        defer { try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(baseDistrict.utf8).write(to: URL(fileURLWithPath: folder + "/district.yaml"))
        let report = Workspace(limits: limits).check(districtFolder: folder, catalog: catalog)
        guard report.passes(strict: false), let district = report.resolved else {
            throw Failure(description: "the fuzz harness's base district does not resolve: \(report.diagnostics.map(\.fullMessage))")
        }
        return district
    }

    private static let baseDistrict = """
        district:
          id: basiskreis
          name: Landkreis Basis
          kind: landkreis
          jobcenter_model: zkt
          edition: {version: "1.0", date: 2026-03-01}
          municipalities:
            - name: Stadt Basis
              contact: {function: Bürgerbüro, email: buergerbuero@basis.example}
        institutions:
          - id: landratsamt
            name: Landratsamt Basis
            type: kreisverwaltung
          - id: jobcenter
            name: Jobcenter Basis
            part_of: landratsamt
            functions: [sgb2]
            contacts:
              - function: Eingangszone
                phone: "+49 3521 100-0"
                person: {name: Erika Muster, email: erika.muster@basis.example}
          - id: agentur
            name: Agentur für Arbeit Basis
            type: arbeitsagentur
            functions: [sgb3]
        """
}
