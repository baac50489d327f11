import Foundation
import Testing

/// `generate` never leaves a half-written file: a district that is not
/// written keeps its previous files byte for byte, a run killed at any
/// moment leaves each file old or new (never a mix), two runs at once leave
/// each file complete, and temporary files of killed runs are cleared by
/// the next run. (A district with validation errors is covered by
/// `GenerateCommandTests.aDistrictWithErrorsKeepsItsPreviousFiles`.)
@Suite struct AtomicWriteTests {
    // MARK: - Districts that are not written

    @Test func aDistrictStoppedByStrictKeepsItsPreviousFiles() throws {
        let workspace = try TemporaryWorkspace(copying: "mixed")
        defer { workspace.remove() }
        let first = try CommandRunner.run(["generate", "warnkreis"], in: workspace.url)
        #expect(first.exitCode == 0, "\(first.stderr)")
        let out = workspace.url.appendingPathComponent("Output")
        let before = try OutputFiles(in: out)
        #expect(before.contents.count == 4)
        let strict = try CommandRunner.run(["generate", "--strict", "warnkreis"], in: workspace.url)
        #expect(strict.exitCode == 1)
        #expect(strict.stderr.contains("warnkreis: not written"))
        let after = try OutputFiles(in: out)
        #expect(after.contents == before.contents)
        // Not even replaced by the same bytes: the files are the same files.
        #expect(after.stamps == before.stamps)
    }

    @Test func aDistrictWhoseRenderingFailsKeepsItsPreviousFiles() throws {
        let workspace = try TemporaryWorkspace(copying: "mixed")
        defer { workspace.remove() }
        let first = try CommandRunner.run(["generate", "gutkreis", "warnkreis"], in: workspace.url)
        #expect(first.exitCode == 0, "\(first.stderr)")
        let out = workspace.url.appendingPathComponent("Output")
        let before = try OutputFiles(in: out)
        #expect(before.contents.count == 8)

        // A district that now renders differently, and a Graphviz that fails
        // on every layout: rendering fails after validation has passed.
        let district = workspace.url.appendingPathComponent("Districts/gutkreis/district.yaml")
        try (try String(contentsOf: district, encoding: .utf8)).replacingOccurrences(of: "version: \"1.0\"", with: "version: \"1.1\"")
            .write(to: district, atomically: true, encoding: .utf8)
        let tools = workspace.url.appendingPathComponent("tools")
        try FileManager.default.createDirectory(at: tools, withIntermediateDirectories: true)
        let dot = tools.appendingPathComponent("dot")
        try "#!/bin/sh\necho 'Error: layout failed on purpose' >&2\nexit 1\n".write(to: dot, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dot.path)
        let broken = try CommandRunner.run(
            ["generate", "gutkreis", "warnkreis"], in: workspace.url, environment: ["PATH": tools.path + ":/usr/bin:/bin"])
        #expect(broken.exitCode == 1)
        #expect(broken.stderr.contains("gutkreis: error:"), "\(broken.stderr)")
        #expect(broken.stderr.contains("0 of 2 districts written"), "\(broken.stderr)")
        let after = try OutputFiles(in: out)
        #expect(after.contents == before.contents)
        #expect(after.stamps == before.stamps)
        #expect(after.temporaries.isEmpty)
    }

    // MARK: - A run killed half-way

    /// Generates a sample district (old files), changes it so that every
    /// file differs, and kills `generate` with SIGKILL twenty times: half of
    /// the kills at moments spread over a whole run, half within a few
    /// milliseconds of the first file being written. After each kill every
    /// file is the old or the new one, byte for byte, and nothing else is
    /// visible.
    @Test func aKilledRunLeavesEveryFileOldOrNew() throws {
        let samples = try SampleRuns(districts: ["leipzig"])
        defer { samples.remove() }
        let out = samples.root.appendingPathComponent("out")
        let names = Set(samples.old.keys)
        let iterations = 20
        var sawOld = false, sawNew = false
        for iteration in 0..<iterations {
            try samples.restore(samples.old, in: out)
            let restored = try OutputFiles(in: out).stamps
            let process = try samples.start(.new, out: out)
            let moment: String
            if iteration.isMultiple(of: 2) {
                // One moment in each tenth of 1.2 uninterrupted runs.
                let delay = samples.duration * 1.2 * (Double(iteration / 2) + Double.random(in: 0..<1)) / Double(iterations / 2)
                Thread.sleep(forTimeInterval: delay)
                moment = String(format: "%.3f s after the start", delay)
            } else {
                // Within a few milliseconds of a district's first file written.
                let district = samples.districts.randomElement()!
                let started = Date()
                let stamps = Dictionary(uniqueKeysWithValues: restored.compactMap { name, stamp in
                    name.hasPrefix(district + "/") ? (String(name.dropFirst(district.count + 1)), stamp) : nil
                })
                while !Self.writingHasBegun(in: out.appendingPathComponent(district), stamps: stamps),
                    Date().timeIntervalSince(started) < samples.duration * 3
                {
                    Thread.sleep(forTimeInterval: 0.002)
                }
                let delay = Double.random(in: 0..<0.015)
                Thread.sleep(forTimeInterval: delay)
                moment = String(format: "%.3f s after the files of %@ began to be written", delay, district)
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            let files = try OutputFiles(in: out)
            #expect(Set(files.contents.keys) == names, "after a kill \(moment): \(files.contents.keys.sorted())")
            for (name, data) in files.contents {
                if data == samples.old[name] { sawOld = true
                } else if data == samples.new[name] { sawNew = true
                } else { Issue.record("after a kill \(moment), \(name) is neither old nor new (\(data.count) bytes)") }
            }
            // What may remain is a temporary file of the killed run, in the naming of AtomicFile.
            for temporary in files.temporaries {
                #expect(
                    temporary.contains(".\(process.processIdentifier).") && temporary.hasSuffix(".tmp"),
                    "after a kill \(moment): an unexpected file \(temporary)")
            }
        }
        #expect(sawOld && sawNew, "the kills did not fall within the run (old: \(sawOld), new: \(sawNew))")

        // The next complete run writes every new file and clears the
        // temporary files of killed runs, but not those of a running one.
        let folder = out.appendingPathComponent("leipzig")
        let dead = folder.appendingPathComponent(".leipzig.html.\(try Self.deadProcessID()).1234.tmp")
        let alive = folder.appendingPathComponent(".leipzig.html.\(getpid()).5678.tmp")
        try Data("halb".utf8).write(to: dead)
        try Data("halb".utf8).write(to: alive)
        let process = try samples.start(.new, out: out)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let files = try OutputFiles(in: out)
        #expect(files.contents == samples.new)
        #expect(!FileManager.default.fileExists(atPath: dead.path))
        #expect(FileManager.default.fileExists(atPath: alive.path), "the temporary file of a running process was removed")
        let left = files.temporaries.filter { !$0.hasSuffix(alive.lastPathComponent) && !Self.belongsToLiveProcess($0) }
        #expect(left.isEmpty, "temporary files left after a complete run: \(left)")
    }

    // MARK: - Two runs at once

    /// Two runs with different inputs write into one folder at the same
    /// time: both succeed, and every file is complete, either run's.
    @Test func twoRunsAtOnceLeaveCompleteFiles() throws {
        let samples = try SampleRuns(districts: ["leipzig"])
        defer { samples.remove() }
        let out = samples.root.appendingPathComponent("out")
        for _ in 0..<3 {
            try? FileManager.default.removeItem(at: out)
            let first = try samples.start(.old, out: out)
            let second = try samples.start(.new, out: out)
            first.waitUntilExit()
            second.waitUntilExit()
            #expect(first.terminationStatus == 0 && second.terminationStatus == 0)
            let files = try OutputFiles(in: out)
            #expect(Set(files.contents.keys) == Set(samples.old.keys))
            for (name, data) in files.contents where data != samples.old[name] && data != samples.new[name] {
                Issue.record("\(name) is neither run's (\(data.count) bytes)")
            }
            #expect(files.temporaries.isEmpty, "\(files.temporaries)")
        }
    }

    // MARK: - Helpers

    /// Whether `generate` has begun to write into a folder: a new file
    /// (temporary or not) exists, or a file is no longer the one put there
    /// (another inode, size or modification time), whichever way it is written.
    static func writingHasBegun(in folder: URL, stamps: [String: String]) -> Bool {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return false }
        return entries.contains { entry in
            stamps[entry] == nil || OutputFiles.stamp(folder.appendingPathComponent(entry).path) != stamps[entry]
        }
    }

    /// The id of a process that has exited.
    static func deadProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    /// Whether the process named in a temporary file `.<name>.<pid>.<n>.tmp` still runs.
    static func belongsToLiveProcess(_ path: String) -> Bool {
        let parts = path.split(separator: ".")
        guard parts.count >= 3, let pid = Int32(parts[parts.count - 3]) else { return false }
        return kill(pid, 0) == 0
    }
}

/// Sample districts from `Districts/` in a temporary folder, as they are
/// (`old`) and with each district's edition version changed, which changes
/// every file (`new`); both generated once, uninterrupted.
struct SampleRuns {
    let root: URL
    let districts: [String]
    /// Relative path ("leipzig/leipzig.html") → content.
    var old: [String: Data] = [:]
    var new: [String: Data] = [:]
    /// Seconds of the uninterrupted run of `new`.
    var duration: TimeInterval = 0

    init(districts: [String]) throws {
        self.districts = districts
        root = FileManager.default.temporaryDirectory.appendingPathComponent("wegweiser-atomic-\(UUID().uuidString)")
        let samples = CommandRunner.packageRoot.appendingPathComponent("Districts")
        for variant in ["old", "new"] {
            for folder in districts + ["_catalog"] {
                let target = root.appendingPathComponent("\(variant)/Districts/\(folder)")
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileManager.default.copyItem(at: samples.appendingPathComponent(folder), to: target)
            }
        }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("tmp"), withIntermediateDirectories: true)
        let changed = root.appendingPathComponent("new/Districts")
        for id in districts {
            let file = changed.appendingPathComponent("\(id)/district.yaml")
            let text = try String(contentsOf: file, encoding: .utf8)
            let edited = text.replacing(/version: "(?<value>[^"]*)"/, maxReplacements: 1) { "version: \"\($0.output.value)-neu\"" }
            #expect(edited != text, "\(id) has no edition version to change")
            try edited.write(to: file, atomically: true, encoding: .utf8)
        }
        for variant in ["old", "new"] {
            let out = root.appendingPathComponent("expected-\(variant)")
            let started = Date()
            let process = try start(variant == "old" ? .old : .new, out: out)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            let files = try OutputFiles(in: out).contents
            if variant == "old" { old = files } else { new = files; duration = Date().timeIntervalSince(started) }
        }
        #expect(old.count == 4 * districts.count && Set(old.keys) == Set(new.keys))
        for (name, data) in old where new[name] == data { Issue.record("\(name) is the same in both versions") }
    }

    enum Variant { case old, new }

    /// Starts `generate --out <out>` on one version, output discarded; temporary
    /// files of its own (the DOT handed to Graphviz) go to the test's folder.
    func start(_ variant: Variant, out: URL) throws -> Process {
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = ["generate", "--out", out.path]
        process.currentDirectoryURL = root.appendingPathComponent(variant == .old ? "old" : "new")
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["TMPDIR"] = root.appendingPathComponent("tmp").path
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Puts these files in place, replacing what is there.
    func restore(_ files: [String: Data], in out: URL) throws {
        try? FileManager.default.removeItem(at: out)
        for (name, data) in files {
            let url = out.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

/// The files below an output folder: the outputs by relative path, their
/// stamps (inode, size, modification time), and the hidden temporary files.
struct OutputFiles {
    var contents: [String: Data] = [:]
    var stamps: [String: String] = [:]
    var temporaries: [String] = []

    init(in folder: URL) throws {
        let base = folder.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return }
        while let relative = enumerator.nextObject() as? String {
            let path = base + "/" + relative
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            guard attributes[.type] as? FileAttributeType == .typeRegular else { continue }
            if (relative as NSString).lastPathComponent.hasPrefix(".") {
                temporaries.append(relative)
                continue
            }
            contents[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
            stamps[relative] = Self.stamp(path)
        }
    }

    /// "inode size seconds.nanoseconds" of a file, or nil.
    static func stamp(_ path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        #if canImport(Darwin)
        let modified = status.st_mtimespec
        #else
        let modified = status.st_mtim
        #endif
        return "\(status.st_ino) \(status.st_size) \(modified.tv_sec).\(modified.tv_nsec)"
    }
}
