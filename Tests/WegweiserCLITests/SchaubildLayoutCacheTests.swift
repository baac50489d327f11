import Foundation
import Testing
import WegweiserBenchKit

/// The Graphviz layout cache and the layout of a very large Schaubild, through
/// the command: what a user sees is the same bytes, with Graphviz run less.
@Suite struct SchaubildLayoutCacheTests {
    /// A workspace with one sample district, a cache folder of its own and a
    /// `dot` that counts its runs before it hands over to the real one.
    struct Workspace {
        let root: URL
        var cache: URL { root.appendingPathComponent("cache") }
        var runs: URL { root.appendingPathComponent("dot-runs") }
        var bin: URL { root.appendingPathComponent("bin") }

        init(district: String = "leipzig") throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("wegweiser-layouts-\(UUID().uuidString)")
            let districts = root.appendingPathComponent("Districts")
            try FileManager.default.createDirectory(at: districts, withIntermediateDirectories: true)
            let samples = CommandRunner.packageRoot.appendingPathComponent("Districts")
            for name in ["_catalog", district] {
                try FileManager.default.copyItem(at: samples.appendingPathComponent(name), to: districts.appendingPathComponent(name))
            }
            try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
            let realDot = try #require(["/usr/bin/dot", "/usr/local/bin/dot"].first { FileManager.default.isExecutableFile(atPath: $0) })
            let script = bin.appendingPathComponent("dot")
            try Data("#!/bin/sh\necho run >> '\(runs.path)'\nexec \(realDot) \"$@\"\n".utf8).write(to: script)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        }

        var dotRuns: Int {
            ((try? String(contentsOf: runs, encoding: .utf8)) ?? "").split(separator: "\n").count
        }

        func generate(_ arguments: [String] = [], out: String, cache: Bool = true) throws -> CommandResult {
            try CommandRunner.run(
                ["generate", "--out", out] + arguments, in: root,
                environment: [
                    "PATH": bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"),
                    "WEGWEISER_CACHE_DIR": cache ? self.cache.path : "",
                ])
        }

        func files(_ out: String) throws -> [String: Data] {
            let folder = root.appendingPathComponent(out)
            var files: [String: Data] = [:]
            for case let path as String in FileManager.default.enumerator(atPath: folder.path)! {
                var isDirectory: ObjCBool = false
                FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
                if !isDirectory.boolValue { files[path] = try Data(contentsOf: folder.appendingPathComponent(path)) }
            }
            return files
        }
    }

    @Test func aSecondRunTakesTheLayoutFromTheCacheAndWritesTheSameBytes() throws {
        let workspace = try Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.root) }

        let uncached = try workspace.generate(out: "ohne", cache: false)
        #expect(uncached.exitCode == 0, "\(uncached.stderr)")
        #expect(workspace.dotRuns == 1)
        #expect(!FileManager.default.fileExists(atPath: workspace.cache.path))

        let first = try workspace.generate(out: "erster")
        #expect(first.exitCode == 0)
        #expect(workspace.dotRuns == 2)
        let entries = try FileManager.default.contentsOfDirectory(atPath: workspace.cache.appendingPathComponent("schaubild").path)
        #expect(entries.count == 1 && entries[0].hasSuffix(".out"))

        let second = try workspace.generate(out: "zweiter")
        #expect(second.exitCode == 0)
        #expect(workspace.dotRuns == 2, "the second run must not start Graphviz")
        #expect(try workspace.files("ohne") == workspace.files("erster"))
        #expect(try workspace.files("erster") == workspace.files("zweiter"))
    }

    @Test func anEditOutsideTheSchaubildKeepsTheLayoutAndTheNewDigestReachesTheSVG() throws {
        let workspace = try Workspace()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        #expect(try workspace.generate(["--formats", "svg"], out: "vorher").exitCode == 0)

        // A new edition date changes the definition digest, not the diagram.
        let district = workspace.root.appendingPathComponent("Districts/leipzig/district.yaml")
        let text = try String(contentsOf: district, encoding: .utf8)
        let edited = text.replacingOccurrences(of: #"date: (\d{4})-"#, with: "date: 2099-", options: .regularExpression)
        #expect(edited != text)
        try edited.write(to: district, atomically: true, encoding: .utf8)

        #expect(try workspace.generate(["--formats", "svg"], out: "nachher").exitCode == 0)
        #expect(workspace.dotRuns == 1)
        let before = try String(contentsOf: workspace.root.appendingPathComponent("vorher/leipzig/leipzig.svg"), encoding: .utf8)
        let after = try String(contentsOf: workspace.root.appendingPathComponent("nachher/leipzig/leipzig.svg"), encoding: .utf8)
        #expect(before != after)
        #expect(after.contains("<!-- Erzeugt mit wegweiser "))
        #expect(!after.contains("WEGWEISERPROVENIENZ"))

        // And without the cache Graphviz draws exactly that file.
        #expect(try workspace.generate(["--formats", "svg"], out: "frisch", cache: false).exitCode == 0)
        let fresh = try String(contentsOf: workspace.root.appendingPathComponent("frisch/leipzig/leipzig.svg"), encoding: .utf8)
        #expect(fresh == after)
    }

    @Test func aDistrictTooLargeForClustersIsDrawnWithStraightArrowsAndAWarning() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("wegweiser-large-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try SyntheticDistricts.write(
            size: .l, to: root.appendingPathComponent("Districts").path,
            catalogFolder: CommandRunner.packageRoot.appendingPathComponent("Districts/_catalog").path)
        let result = try CommandRunner.run(
            ["generate", "--formats", "dot,svg"], in: root, environment: ["WEGWEISER_CACHE_DIR": ""])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.contains(
            "the Schaubild of 'bench-l' has 300 institutions and 600 handovers, too many for Graphviz to lay out with the organisation clusters: it is drawn without them and with straight arrows"))
        let dot = try String(contentsOf: root.appendingPathComponent("Output/bench-l/bench-l.dot"), encoding: .utf8)
        #expect(dot.contains("splines=line") && dot.contains("nslimit=1") && !dot.contains("subgraph cluster"))
        let svg = try String(contentsOf: root.appendingPathComponent("Output/bench-l/bench-l.svg"), encoding: .utf8)
        #expect(svg.hasSuffix("</svg>\n"))
        // The DOT alone, without Graphviz, is the same file.
        let alone = try CommandRunner.run(["generate", "--formats", "dot", "--out", "nur-dot"], in: root)
        #expect(alone.exitCode == 0, "\(alone.stderr)")
        #expect(try String(contentsOf: root.appendingPathComponent("nur-dot/bench-l/bench-l.dot"), encoding: .utf8) == dot)
    }
}
