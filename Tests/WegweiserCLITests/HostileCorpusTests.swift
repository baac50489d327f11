import Foundation
import Testing

/// The hostile corpus: broken and hostile inputs in Workspaces/hostile, one
/// folder each, run through the real binary. Each entry's expected.txt names
/// the command, the exit code and every diagnostic (rule, file, line,
/// column); the run must not crash, hang, eat memory, leak what it must not
/// show, or (for `generate`) write anything. See docs/security-corpus.md.
///
/// `HOSTILE_RECORD=1 swift test --filter HostileCorpusTests` rewrites the exit
/// code and the diagnostics of every expected.txt from the actual run (the
/// other lines are kept); review the diff before committing it.
@Suite struct HostileCorpusTests {
    static let folder = CommandRunner.packageRoot.appendingPathComponent("Tests/WegweiserCLITests/Workspaces/hostile")

    /// Bounds every entry must stay under, the largest included (the debug build).
    static let maxSeconds = 30.0
    static let maxBytes = 512 * 1024 * 1024

    static let entries: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && Workspace.isDirectory(folder.appendingPathComponent($0)) }.sorted()
    }()

    @Test func theCorpusIsComplete() throws {
        #expect(Self.entries.count >= 60)
        let expectations = try Self.entries.map { try Expectation(entry: $0) }
        // Every generator is used by exactly one entry, and every entry's generator exists.
        let used = expectations.compactMap(\.generator)
        #expect(used.sorted() == HostileInputs.generators.keys.sorted())
        #expect(Set(used).count == used.count)
        for (entry, expectation) in zip(Self.entries, expectations) {
            #expect(expectation.description.count > 10, "\(entry) has no description line")
            #expect(expectation.category != nil, "\(entry) has no category")
            #expect([0, 1, 2].contains(expectation.exitCode), "\(entry): exit codes are 0, 1 or 2")
        }
    }

    @Test(arguments: entries)
    func entry(_ name: String) throws {
        let expectation = try Expectation(entry: name)
        let workspace = try Workspace(copying: name)
        defer { workspace.remove() }
        if let generatorName = expectation.generator {
            let generator = try #require(HostileInputs.generator(named: generatorName), "no generator '\(generatorName)'")
            try generator(HostileInputs.Copy(root: workspace.url))
        }
        let before = TreeSnapshot.take(workspace.url)

        let run = try MeasuredRun.run(expectation.arguments, in: workspace.url, killAfter: Self.maxSeconds * 2)
        let context = "\(name): \(expectation.arguments.joined(separator: " "))"

        #expect(!run.timedOut, "\(context): killed after \(Self.maxSeconds * 2) s")
        #expect(run.signal == nil, "\(context): terminated by signal \(run.signal ?? 0)")
        #expect(run.seconds < Self.maxSeconds, "\(context): took \(run.seconds) s")
        #expect(run.measuredPeakBytes < Self.maxBytes, "\(context): peak memory \(run.measuredPeakBytes / 1_048_576) MiB")
        for crash in ["Fatal error", "Stack dump", "Backtrace", "SIGSEGV", "SIGBUS", "SIGILL", "Illegal instruction",
                      "Segmentation fault", "Swift runtime failure", "Program crashed", "Thread 0 crashed"] {
            #expect(!run.stderr.contains(crash), "\(context): stderr shows a crash (\(crash))")
            #expect(!run.stdout.contains(crash), "\(context): stdout shows a crash (\(crash))")
        }
        for secret in expectation.absent {
            #expect(!run.stderr.contains(secret) && !run.stdout.contains(secret), "\(context): the output shows '\(secret)'")
        }
        for text in expectation.outputContains {
            #expect(run.stderr.contains(text) || run.stdout.contains(text), "\(context): the output lacks '\(text)'")
        }
        let actual = expectation.isJSON ? try Self.diagnostics(json: run.stdout) : Self.diagnostics(text: run.stderr)

        if ProcessInfo.processInfo.environment["HOSTILE_RECORD"] == "1" {
            try expectation.record(exitCode: Int(run.exitCode ?? -1), diagnostics: actual)
            // The output to review along with the diff of expected.txt.
            print("==== \(context) → exit \(run.exitCode.map(String.init) ?? "signal")\n\(run.stdout.prefix(3000))\(run.stderr.prefix(6000))")
            return
        }
        #expect(run.exitCode.map(Int.init) == expectation.exitCode, "\(context): exit code\n\(run.stderr.prefix(4000))")
        if let count = expectation.count {
            // Too many to list: the count, and the listed ones among them.
            #expect(actual.count == count, "\(context): \(actual.count) diagnostics")
            let missing = expectation.diagnostics.filter { !actual.contains($0) }
            #expect(missing.isEmpty, "\(context): missing \(missing)")
        } else {
            #expect(actual == expectation.diagnostics, "\(context): diagnostics\n\(run.stderr.prefix(4000))")
        }
        if expectation.command == "generate" {
            // A district with errors is not written, and keeps its previous files: nothing in the workspace changes.
            let after = TreeSnapshot.take(workspace.url)
            #expect(after == before, "\(context): changed \(Set(after.keys).symmetricDifference(before.keys).sorted()) and \(before.keys.filter { after[$0] != nil && after[$0] != before[$0] }.sorted())")
        }
        // The figures for docs/security-corpus.md.
        if run.seconds > 1 || run.measuredPeakBytes > 64 * 1_048_576 {
            print("hostile corpus: \(name): \(String(format: "%.2f", run.seconds)) s, peak \(run.measuredPeakBytes / 1_048_576) MiB")
        }
    }

    // MARK: reading the output

    /// "path:line:col: severity: message [rule]" lines of the text format. The
    /// first ": error: " or ": warning: " ends the place, so that a message
    /// quoting "x:1:1: error:" cannot move it.
    static func diagnostics(text: String) -> [Expectation.Diagnostic] {
        text.split(separator: "\n").compactMap { line -> Expectation.Diagnostic? in
            guard line.hasSuffix("]"), let open = line.range(of: " [", options: .backwards) else { return nil }
            let rule = line[open.upperBound..<line.index(before: line.endIndex)]
            guard !rule.isEmpty, rule.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }) else { return nil }
            let marks = [(": error: ", "error"), (": warning: ", "warning")].compactMap { mark, severity in
                line.range(of: mark).map { ($0, severity) }
            }
            guard let (range, severity) = marks.min(by: { $0.0.lowerBound < $1.0.lowerBound }) else { return nil }
            let place = line[..<range.lowerBound].split(separator: ":", omittingEmptySubsequences: false)
            guard place.count >= 3, let number = Int(place[place.count - 2]), let column = Int(place[place.count - 1])
            else { return nil }
            return Expectation.Diagnostic(
                severity: severity, rule: String(rule), file: place.dropLast(2).joined(separator: ":"), line: number,
                column: column)
        }
    }

    static func diagnostics(json: String) throws -> [Expectation.Diagnostic] {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any], "no JSON on stdout")
        let list = try #require(document["diagnostics"] as? [[String: Any]])
        return try list.map { item in
            Expectation.Diagnostic(
                severity: try #require(item["severity"] as? String), rule: try #require(item["rule"] as? String),
                file: try #require(item["file"] as? String), line: try #require(item["line"] as? Int),
                column: try #require(item["column"] as? Int))
        }
    }

    // MARK: the entries

    struct Workspace {
        let url: URL

        init(copying entry: String) throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("wegweiser-hostile-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            let source = HostileCorpusTests.folder.appendingPathComponent(entry)
            for name in try FileManager.default.contentsOfDirectory(atPath: source.path) where name != "expected.txt" {
                try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: url.appendingPathComponent(name))
            }
        }

        func remove() { try? FileManager.default.removeItem(at: url) }

        static func isDirectory(_ url: URL) -> Bool {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }
}

/// One entry's expected.txt:
///
///     # what this entry tests, one line
///     category: yaml-syntax
///     command: validate
///     generate-with: latin1                (optional: HostileInputs adds the files)
///     absent: root:x:0:0                   (optional, repeatable: must not appear in the output)
///     output-contains: not written         (optional, repeatable: a message or hint that must appear)
///     count: 100000                        (optional: so many diagnostics, the listed ones among them)
///     exit: 1
///     error invalid-encoding Districts/testkreis/partner.yaml:3:14
///
/// A line break in a path is written `\n`. `--format json` entries read the
/// diagnostics from the JSON document, the others from stderr.
struct Expectation {
    struct Diagnostic: Equatable, CustomStringConvertible {
        var severity: String
        var rule: String
        var file: String
        var line: Int
        var column: Int

        var description: String {
            "\(severity) \(rule) \(file.replacingOccurrences(of: "\n", with: "\\n")):\(line):\(column)"
        }

        init(severity: String, rule: String, file: String, line: Int, column: Int) {
            (self.severity, self.rule, self.file, self.line, self.column) = (severity, rule, file, line, column)
        }

        init?(_ text: Substring) {
            let words = text.split(separator: " ", maxSplits: 2)
            guard words.count == 3, ["error", "warning"].contains(words[0]) else { return nil }
            let place = words[2].split(separator: ":", omittingEmptySubsequences: false)
            guard place.count >= 3, let line = Int(place[place.count - 2]), let column = Int(place[place.count - 1]) else { return nil }
            let file = place.dropLast(2).joined(separator: ":").replacingOccurrences(of: "\\n", with: "\n")
            self.init(severity: String(words[0]), rule: String(words[1]), file: file, line: line, column: column)
        }
    }

    let url: URL
    var lines: [Substring]
    var description = ""
    var category: String?
    var command = ""
    var arguments: [String] = []
    var generator: String?
    var absent: [String] = []
    var outputContains: [String] = []
    var count: Int?
    var exitCode = -1
    var diagnostics: [Diagnostic] = []

    var isJSON: Bool { arguments.joined(separator: " ").contains("--format json") }

    init(entry: String) throws {
        url = HostileCorpusTests.folder.appendingPathComponent(entry).appendingPathComponent("expected.txt")
        lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        for line in lines where !line.isEmpty {
            if line.hasPrefix("#") {
                if description.isEmpty { description = line.dropFirst().trimmingCharacters(in: .whitespaces) }
            } else if let value = Self.value(of: "category", in: line) {
                category = value
            } else if let value = Self.value(of: "command", in: line) {
                arguments = value.split(separator: " ").map(String.init)
                command = arguments.first ?? ""
            } else if let value = Self.value(of: "generate-with", in: line) {
                generator = value
            } else if let value = Self.value(of: "absent", in: line) {
                absent.append(value)
            } else if let value = Self.value(of: "output-contains", in: line) {
                outputContains.append(value)
            } else if let value = Self.value(of: "count", in: line) {
                count = Int(value)
            } else if let value = Self.value(of: "exit", in: line) {
                exitCode = Int(value) ?? -1
            } else if let diagnostic = Diagnostic(line) {
                diagnostics.append(diagnostic)
            } else {
                Issue.record("\(entry)/expected.txt: cannot read the line '\(line)'")
            }
        }
    }

    static func value(of key: String, in line: Substring) -> String? {
        guard line.hasPrefix(key + ":") else { return nil }
        return line.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces)
    }

    /// Rewrites the exit code and the diagnostics, keeping every other line
    /// (with `count:`, the count and the first and last three).
    func record(exitCode: Int, diagnostics: [Diagnostic]) throws {
        var kept = lines.filter { !$0.hasPrefix("exit:") && !$0.hasPrefix("count:") && Diagnostic($0) == nil }
        while kept.last?.isEmpty == true { kept.removeLast() }
        var listed = diagnostics
        if count != nil {
            kept.append("count: \(diagnostics.count)")
            listed = diagnostics.count > 6 ? Array(diagnostics.prefix(3) + diagnostics.suffix(3)) : diagnostics
        }
        let text = (kept.map(String.init) + ["exit: \(exitCode)"] + listed.map(\.description)).joined(separator: "\n") + "\n"
        try Data(text.utf8).write(to: url)
    }
}
