import ArgumentParser
import Dispatch
import Foundation
import WegweiserCore
import WegweiserServe

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview a district's paper in the browser, rebuilt on every save.",
        discussion: """
            Serves the HTML paper on http://127.0.0.1:PORT/ and rebuilds it whenever a YAML file of
            the district or its catalogue is saved; the browser reloads by itself. While the files
            have errors, the page shows them (file, line, column) instead of the paper. Nothing is
            written to the output folder. Ctrl-C stops. Exit codes: 0 stopped, 2 usage or I/O error
            (an unknown district, a port in use).
            """
    )

    @Argument(help: "The district folder, or the id of a folder under ./Districts (may be left out when there is only one).")
    var district: String?

    @Option(name: .long, help: "Port to listen on; 0 picks a free one.")
    var port = 8080

    @Option(name: .long, help: ArgumentHelp(
        "Address to listen on. Anything but loopback makes the paper, with its contact data, reachable from the network.",
        valueName: "address"))
    var host = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("Catalogue folder (default: _catalog beside the district, else the built-in one).", valueName: "dir"))
    var catalog: String?

    @Option(name: .long, help: "internal (with personal contact data) or public (without).")
    var edition: GenerateCommand.EditionOption = .internal

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() throws {
        let builder: PreviewBuilder
        do { builder = try previewBuilder() } catch let failure as CommandFailure { throw failure.exit() }
        if !PreviewServer.isLoopback(host) {
            Terminal.standardError.write(
                "wegweiser: warning: listening on \(host): the paper, with its contact data, is reachable from the network\n")
        }
        let server = PreviewServer(builder: builder, host: host, port: port)
        do {
            try runBlocking { try await server.run(report: Self.tell) }
        } catch {
            throw CommandFailure("\(error)").exit()
        }
        Terminal.standardError.write("wegweiser: preview stopped\n")
    }

    /// The district to serve: the argument, or the only one under ./Districts.
    private func previewBuilder() throws -> PreviewBuilder {
        let workspace = Workspace(catalogFolder: catalog)
        let folder: String
        do {
            if let district {
                folder = try workspace.districtFolders([district])[0]
            } else {
                let all = try workspace.districtFolders([])
                guard all.count == 1 else {
                    let ids = all.map { URL(fileURLWithPath: $0).lastPathComponent }
                    throw CommandFailure(
                        "\(ids.count) districts in '\(workspace.districtsFolder)' (\(ids.joined(separator: ", "))); name the one to preview, e.g. 'wegweiser serve \(ids[0])'")
                }
                folder = all[0]
            }
            _ = try workspace.catalogFolder(forDistrict: folder)
        } catch let failure as Workspace.Failure {
            throw CommandFailure(failure.description)
        }
        do {
            return try PreviewBuilder(districtFolder: folder, workspace: workspace, edition: edition.paperEdition)
        } catch {
            throw CommandFailure("\(error)")
        }
    }

    /// What the server reports, on stderr: the URL once, then one line per rebuild,
    /// with the problems as `validate` prints them.
    @Sendable private static func tell(_ event: PreviewServer.Event) {
        let terminal = Terminal.standardError
        switch event {
        case .ready(let url, let page):
            printProblems(of: page)
            terminal.write("wegweiser: preview of \(page.districtID) at \(url) — Ctrl-C stops\n")
        case .rebuilt(let page, let latency):
            printProblems(of: page)
            let milliseconds = Int((latency / .milliseconds(1)).rounded())
            let shown = page.content == .paper ? "the paper" : "the problems"
            terminal.write(
                "wegweiser: \(page.districtID): \(TextFormatter.counts(errors: page.errorCount, warnings: page.warningCount)); version \(page.version) shows \(shown), \(milliseconds) ms after the save\n")
        }
    }

    private static func printProblems(of page: PreviewPage) {
        CheckedDistricts.print(page.diagnostics)
        for failure in page.failures { Terminal.standardError.write("\(page.districtID): error: \(failure)\n") }
        for warning in page.renderWarnings { Terminal.standardError.write("\(page.districtID): warning: \(warning)\n") }
    }
}

/// Runs async work to its end from the synchronous root command (whose `main`
/// maps ArgumentParser's exit codes), waiting on a semaphore. Nothing in the
/// server needs the main thread, so blocking it is safe.
private func runBlocking(_ operation: @escaping @Sendable () async throws -> Void) throws {
    final class Outcome: @unchecked Sendable {
        var error: (any Error)?
        let done = DispatchSemaphore(value: 0)
    }
    let outcome = Outcome()
    Task.detached {
        do { try await operation() } catch { outcome.error = error }
        outcome.done.signal()
    }
    outcome.done.wait()
    if let error = outcome.error { throw error }
}
