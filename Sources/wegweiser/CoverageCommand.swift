import ArgumentParser
import WegweiserCore

struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Show per district what the paper still lacks: gaps, unheld functions, idle institutions, handovers without legal basis, unverified contacts.",
        discussion: """
            Counts first, then every entry behind a count, with its id. The figures use the validator's
            definitions; contacts are named by institution and function only, never by personal data.
            Exit codes: 0 the coverage was shown (gaps are no failure unless --fail-on-gaps), 1 a district
            or the catalogue has errors (they are printed; no coverage for that district), or gaps with
            --fail-on-gaps, 2 usage or I/O error. The table and JSON go to stdout, messages to stderr.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var options: DistrictOptions

    @Option(name: .long, help: "Output format: text (a table) or json (see docs/coverage.md).")
    var format: Format = .text

    @Flag(name: .long, help: "Exit with 1 when a task has no lead in any district (for CI).")
    var failOnGaps = false

    func run() throws {
        let checked: CheckedDistricts
        do { checked = try CheckedDistricts(folders: options.folders(), workspace: options.workspace) } catch let failure as CommandFailure {
            throw failure.exit()
        }
        // Coverage needs a valid district; the others are reported, not covered.
        let catalogOK = checked.catalogPasses(strict: false)
        let coverages = checked.reports.map { report in
            report.resolved.flatMap { catalogOK && report.passes(strict: false) ? CoverageAnalysis.analyse($0) : nil }
        }
        let covered = coverages.compactMap { $0 }
        let failed = covered.count < checked.reports.count
        if failed { printErrors(of: checked, uncovered: zip(checked.reports, coverages).filter { $1 == nil }.map(\.0)) }

        switch format {
        case .text:
            Terminal.standardOutput.write(CoverageTextReport.render(covered, color: Terminal.standardOutput.supportsColor))
        case .json:
            do { Terminal.standardOutput.write(try CoverageJSONReport.render(covered)) } catch {
                throw CommandFailure("\(error)").exit()
            }
        }
        if failed || (failOnGaps && covered.contains { !$0.gaps.isEmpty }) { throw ExitCode(1) }
    }

    /// The errors (not the warnings: the figures show those) of what could
    /// not be covered, with source excerpts, and one line per district.
    private func printErrors(of checked: CheckedDistricts, uncovered: [DistrictReport]) {
        CheckedDistricts.print((checked.catalogDiagnostics + uncovered.flatMap(\.diagnostics)).filter { $0.severity == .error })
        for report in uncovered {
            let reason = report.errorCount > 0
                ? TextFormatter.counts(errors: report.errorCount, warnings: 0) : "the catalogue has errors"
            Terminal.standardError.write("\(report.id): no coverage (\(reason)); run 'wegweiser validate'\n")
        }
    }
}
