import Foundation
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `wegweiser serve` run as a user would: the binary, a browser, files saved while it runs.
@Suite(.serialized) struct ServeCommandTests {
    /// A workspace with one sample district and the catalogue, in a temporary folder.
    struct SampleWorkspace {
        let url: URL
        init(district: String) throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("wegweiser-serve-\(UUID().uuidString)")
            let districts = url.appendingPathComponent("Districts")
            try FileManager.default.createDirectory(at: districts, withIntermediateDirectories: true)
            for name in [district, "_catalog"] {
                try FileManager.default.copyItem(
                    at: CommandRunner.packageRoot.appendingPathComponent("Districts/\(name)"),
                    to: districts.appendingPathComponent(name))
            }
        }

        func file(_ path: String) -> URL { url.appendingPathComponent(path) }

        /// Saves as many editors do: a temporary file renamed over the original.
        func saveAtomically(_ path: String, _ text: String) throws {
            let temporary = file(path).deletingLastPathComponent().appendingPathComponent(".\(UUID().uuidString).tmp")
            try Data(text.utf8).write(to: temporary)
            #expect(rename(temporary.path, file(path).path) == 0)
        }

        /// Saves in place, as editors that truncate and write do.
        func saveInPlace(_ path: String, _ text: String) throws {
            let handle = try FileHandle(forWritingTo: file(path))
            try handle.truncate(atOffset: 0)
            try handle.write(contentsOf: Data(text.utf8))
            try handle.close()
        }

        func read(_ path: String) throws -> String { try String(contentsOf: file(path), encoding: .utf8) }
        func remove() { try? FileManager.default.removeItem(at: url) }
    }

    /// Starts `wegweiser serve` and waits for the line with its URL.
    static func startServer(_ arguments: [String], in directory: URL) throws -> (BackgroundProcess, URL) {
        let server = try BackgroundProcess(CommandRunner.binary, ["serve"] + arguments, in: directory)
        let url = server.wait(timeout: .seconds(120)) { () -> URL? in
            guard let match = server.standardError.firstMatch(of: /at (http:\/\/127\.\d+\.\d+\.\d+:\d+\/) — Ctrl-C stops/) else { return nil }
            return URL(string: String(match.1))
        }
        guard let url else {
            server.stop()
            throw HeadlessChromium.Failure("wegweiser serve did not report its URL; stderr:\n\(server.standardError)")
        }
        return (server, url)
    }

    static func get(_ url: URL, host: String? = nil) async throws -> (status: Int, headers: [AnyHashable: Any], body: String) {
        var request = URLRequest(url: url, timeoutInterval: 30)
        if let host { request.setValue(host, forHTTPHeaderField: "Host") }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        return (http.statusCode, http.allHeaderFields, String(decoding: data, as: UTF8.self))
    }

    @Test func thePageFollowsEverySaveInTheSameBrowserAndShowsErrorsWithTheirPlace() async throws {
        let workspace = try SampleWorkspace(district: "landkreis-meissen")
        defer { workspace.remove() }
        let (server, url) = try Self.startServer(["landkreis-meissen", "--port", "0"], in: workspace.url)
        defer { server.stop() }
        let browser = try HeadlessChromium()
        defer { browser.close() }

        // The first version: the paper.
        try browser.navigate(to: url.absoluteString)
        try browser.waitFor(#"document.querySelector("h1") && document.querySelector("h1").textContent.includes("Landkreis Meißen")"#)

        // A new name, saved as editors do: the same tab reloads by itself.
        let district = try workspace.read("Districts/landkreis-meissen/district.yaml")
        try workspace.saveAtomically(
            "Districts/landkreis-meissen/district.yaml",
            district.replacingOccurrences(of: "name: Landkreis Meißen\n", with: "name: Landkreis Meißen-Probelauf\n"))
        try browser.waitFor(#"document.querySelector("h1") && document.querySelector("h1").textContent.includes("Meißen-Probelauf")"#)
        #expect(try browser.evaluate(#"performance.getEntriesByType("navigation")[0].type"#) as? String == "reload")

        // A broken reference: the page shows the diagnostic with file, line and column.
        let responsibilities = try workspace.read("Districts/landkreis-meissen/responsibilities.yaml")
        try workspace.saveInPlace(
            "Districts/landkreis-meissen/responsibilities.yaml",
            responsibilities.replacing("      jobcenter: informed\n", with: "      jobcentre: informed\n", maxReplacements: 1))
        try browser.waitFor(#"document.querySelector("ol.diagnostics") && document.querySelector("ol.diagnostics").innerText.includes("responsibilities.yaml:9:7: error:")"#)
        let problems = try browser.evaluate(#"document.querySelector("ol.diagnostics").innerText"#) as? String
        #expect(problems?.contains(
            "Districts/landkreis-meissen/responsibilities.yaml:9:7: error: unknown institution or function 'jobcentre' (did you mean 'jobcenter'?) [unknown-reference]\n    9 |       jobcentre: informed\n      |       ^~~~~~~~~") == true,
            "\(problems ?? "no diagnostics in the page")")
        #expect(try browser.evaluate("document.documentElement.lang") as? String == "de")

        // Fixed again: the paper is back, in the same tab.
        try workspace.saveInPlace("Districts/landkreis-meissen/responsibilities.yaml", responsibilities)
        try browser.waitFor(#"document.querySelector("h1") && document.querySelector("h1").textContent.includes("Meißen-Probelauf") && !document.querySelector("ol.diagnostics")"#)

        // Ctrl-C (SIGINT) stops it cleanly, although the browser still listens for events.
        #expect(server.terminate(SIGINT) == 0)
        #expect(server.standardError.contains("wegweiser: preview stopped\n"))
        #expect(server.standardError.contains("landkreis-meissen: 1 error; version "))
    }

    @Test func theServedPaperIsTheGeneratedOneWithTheReloadScriptAndOnlyForLoopbackNames() async throws {
        let workspace = try SampleWorkspace(district: "leipzig")
        defer { workspace.remove() }
        let (server, url) = try Self.startServer(["--port", "0", "--edition", "public"], in: workspace.url)
        defer { server.stop() }

        let page = try await Self.get(url)
        #expect(page.status == 200)
        #expect(page.headers["Cache-Control"] as? String == "no-store")
        let csp = try #require(page.headers["Content-Security-Policy"] as? String)
        #expect(csp.contains("script-src 'nonce-"))
        #expect(page.body.contains("new EventSource(\"/events?version=1\")"))

        let generated = try CommandRunner.run(
            ["generate", "leipzig", "--formats", "html", "--edition", "public", "--out", "out"], in: workspace.url)
        #expect(generated.exitCode == 0)
        let paper = try workspace.read("out/leipzig/leipzig.html")
        let marker = "<!-- wegweiser serve: live reload -->"
        let injected = try #require(page.body.range(of: marker))
        let end = try #require(page.body.range(of: "<!-- /wegweiser serve -->\n"))
        #expect(String(page.body[..<injected.lowerBound]) + String(page.body[end.upperBound...]) == paper)

        // Another host name pointed at 127.0.0.1 (DNS rebinding) gets nothing.
        let port = try #require(url.port)
        let misdirected = try await Self.get(url, host: "attacker.example:\(port)")
        #expect(misdirected.status == 421)
        #expect(!misdirected.body.contains("Leipzig"))
        #expect(try await Self.get(URL(string: "http://localhost:\(port)/")!).status == 200)

        #expect(server.terminate(SIGTERM) == 0)
    }

    /// Any 127.x address is loopback: the URL the server prints for it works,
    /// and other names are still refused.
    @Test func anotherLoopbackAddressAnswersItsOwnURL() async throws {
        let workspace = try SampleWorkspace(district: "leipzig")
        defer { workspace.remove() }
        let (server, url) = try Self.startServer(["--port", "0", "--host", "127.0.0.2"], in: workspace.url)
        defer { server.stop() }
        #expect(url.host == "127.0.0.2")
        #expect(try await Self.get(url).status == 200)
        let port = try #require(url.port)
        #expect(try await Self.get(url, host: "attacker.example:\(port)").status == 421)
        #expect(server.terminate(SIGTERM) == 0)
    }

    @Test func anUnknownDistrictIsAUsageError() throws {
        let workspace = try SampleWorkspace(district: "leipzig")
        defer { workspace.remove() }
        let result = try CommandRunner.run(["serve", "leipzg", "--port", "0"], in: workspace.url)
        #expect(result.exitCode == 2)
        #expect(result.stderr == "error: no district folder 'leipzg' (did you mean 'leipzig'?)\n")
    }

    @Test func withSeveralDistrictsTheOneToPreviewMustBeNamed() throws {
        let result = try CommandRunner.run(["serve", "--port", "0"], in: CommandRunner.packageRoot)
        #expect(result.exitCode == 2)
        #expect(result.stderr.hasPrefix("error: 3 districts in 'Districts' (landkreis-meissen, landkreis-mittelsachsen, leipzig); name the one to preview, e.g. 'wegweiser serve landkreis-meissen'\n"))
    }

    @Test func aPortInUseIsAnIOErrorWithAHint() throws {
        let workspace = try SampleWorkspace(district: "leipzig")
        defer { workspace.remove() }
        let (first, url) = try Self.startServer(["leipzig", "--port", "0"], in: workspace.url)
        defer { first.stop() }
        let port = try #require(url.port)
        let second = try CommandRunner.run(["serve", "leipzig", "--port", "\(port)"], in: workspace.url)
        #expect(second.exitCode == 2)
        #expect(second.stderr.hasSuffix(
            "error: port \(port) on 127.0.0.1 is in use; choose another with --port, or --port 0 for any free one\n"))
        #expect(first.terminate() == 0)
    }

    @Test func aBadPortIsAUsageError() throws {
        let result = try CommandRunner.run(["serve", "leipzig", "--port", "70000"], in: CommandRunner.packageRoot)
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("--port must be between 0 and 65535"))
    }
}
