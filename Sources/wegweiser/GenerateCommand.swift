import ArgumentParser
import Foundation
import WegweiserCore

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Validate districts, then write the paper as HTML, DocBook, DOT and SVG.",
        discussion: """
            Writes <out>/<id>/<id>.html, .xml (DocBook 5), .dot and .svg for each district that has
            no errors; with --extracts also <out>/<id>/auszuege/<institution>.html and index.html.
            A district with errors keeps its previous files. Files are written atomically.
            Exit codes: 0 every district written, 1 problems found, 2 usage or I/O error.
            """
    )

    @OptionGroup var options: DistrictOptions

    @Option(name: .long, help: ArgumentHelp("Output folder.", valueName: "dir"))
    var out = "Output"

    @Option(name: .long, help: ArgumentHelp("Comma-separated formats: html, docbook, dot, svg (default: all).", valueName: "list"))
    var formats = OutputFormat.allCases.map(\.rawValue).joined(separator: ",")

    @Option(name: .long, help: "internal (with personal contact data, for authorised circulation) or public (without).")
    var edition: EditionOption = .internal

    @Option(name: .long, help: ArgumentHelp("Folder with templates that replace the built-in ones by name (paper.mustache, style.mustache, …).", valueName: "dir"))
    var templates: String?

    @Flag(name: .long, help: "Treat warnings as errors: districts with warnings are not written.")
    var strict = false

    @Flag(name: .long, help: "Also write one printable page per institution to <out>/<id>/auszuege/, with an overview index.html.")
    var extracts = false

    @Flag(name: .long, help: "Validate every DocBook article against the DocBook 5.0 RELAX NG schema before writing it (about twice the time).")
    var checkDocbook = false

    @Option(name: .long, help: ArgumentHelp(
        "Add the section 'Änderungen gegenüber …' and mark what changed since an earlier version: a git revision (each district compared with its folder there), REV:path, or a district folder.",
        valueName: "old"))
    var since: String?

    enum EditionOption: String, ExpressibleByArgument, CaseIterable {
        case `internal`, `public`
    }

    func validate() throws {
        _ = try parsedFormats()
    }

    func parsedFormats() throws -> Set<OutputFormat> {
        var result = Set<OutputFormat>()
        for name in formats.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let format = OutputFormat(rawValue: name) else {
                throw ValidationError("unknown format '\(name)'; use html, docbook, dot or svg")
            }
            result.insert(format)
        }
        guard !result.isEmpty else { throw ValidationError("--formats names no format") }
        return result
    }

    func run() throws {
        let formats = try parsedFormats()
        let generator: PaperGenerator
        let checked: CheckedDistricts
        let earlier: EarlierVersions?
        do {
            if let templates, !FileManager.default.fileExists(atPath: templates) {
                throw CommandFailure("the templates folder '\(templates)' does not exist")
            }
            generator = try PaperGenerator(
                formats: formats, edition: edition == .public ? .public : .internal,
                html: HTMLRenderer(overrides: templates), extracts: extracts ? ExtractRenderer() : nil,
                checksDocBook: checkDocbook)
            checked = try CheckedDistricts(folders: options.folders(), workspace: options.workspace)
            earlier = try since.map { try EarlierVersions(since: $0, districts: checked.reports, workspace: options.workspace) }
        } catch let failure as CommandFailure {
            throw failure.exit()
        } catch {
            throw CommandFailure("\(error)").exit()
        }
        checked.printDiagnostics()

        let writer = OutputWriter(folder: out)
        // A broken catalogue breaks every district's paper: then nothing is written.
        let catalogOK = checked.catalogPasses(strict: strict)
        // Districts render on every core at once and are written on threads of their own
        // meanwhile; messages follow in district order.
        let reports = checked.reports
        let writes = BackgroundWrites<DistrictOutcome>(count: reports.count)
        let rendered = Array(reports.indices).parallelMap { index -> DistrictOutcome? in
            let report = reports[index]
            guard catalogOK, report.passes(strict: strict), let district = report.resolved else { return .skipped }
            let output: DistrictOutput
            do {
                let changes = earlier?.changes(to: district, of: report, edition: generator.edition)
                output = try generator.render(district, changes: changes)
            } catch {
                return .failed("\(error)")
            }
            writes.submit(at: index) {
                do {
                    return .written(try writer.write(output), warnings: output.warnings)
                } catch let failure as AtomicFile.Failure {
                    return .writeFailed(failure)
                } catch {
                    return .failed("\(error)")
                }
            }
            return nil
        }
        let outcomes = zip(rendered, writes.finish()).map { $0 ?? $1! }
        var failed = !catalogOK
        var writtenDistricts = 0
        var writeFailure: AtomicFile.Failure?
        for (report, outcome) in zip(checked.reports, outcomes) {
            switch outcome {
            case .skipped:
                Terminal.standardError.write("\(report.id): not written (\(TextFormatter.counts(errors: report.errorCount, warnings: report.warningCount)))\n")
                failed = true
            case .written(let written, let warnings):
                for warning in warnings { Terminal.standardError.write("\(report.id): warning: \(warning)\n") }
                writtenDistricts += 1
                Terminal.standardError.write("\(report.id): wrote \(written.description)\n")
            case .failed(let message):
                Terminal.standardError.write("\(report.id): error: \(message)\n")
                failed = true
            case .writeFailed(let failure):
                writeFailure = writeFailure ?? failure
            }
        }
        if let writeFailure { throw CommandFailure(writeFailure.description).exit() }
        let total = checked.reports.count
        Terminal.standardError.write("\(writtenDistricts) of \(total) district\(total == 1 ? "" : "s") written to \(out)\n")
        if failed { throw ExitCode(1) }
    }
}

/// What became of one district in `generate`.
private enum DistrictOutcome: Sendable {
    /// Not rendered: it has errors (or warnings with --strict), or the catalogue has.
    case skipped
    case written(OutputWriter.Written, warnings: [String])
    case failed(String)
    /// The output folder cannot be written: an I/O error for the whole run.
    case writeFailed(AtomicFile.Failure)
}
