import Foundation

/// Inputs of the hostile corpus (Workspaces/hostile) whose bytes are made at
/// test time: too large to commit, or bytes that git, an editor or a review
/// tool would change or hide (invalid UTF-8, NUL, CR line endings, bidi
/// overrides), or things git cannot hold (symbolic links out of the tree, a
/// FIFO, a file name with a line break). An entry names its generator with a
/// `generate-with: <name>` line in its expected.txt; the generator adds its
/// files to the copy of the entry's workspace.
enum HostileInputs {
    typealias Generator = @Sendable (Copy) throws -> Void

    /// The copy of an entry, with helpers to write into its district folder
    /// (or, through `catalogue`, into its catalogue folder).
    struct Copy {
        let root: URL
        var folderPath = "Districts/testkreis"
        var district: URL { root.appendingPathComponent(folderPath) }
        var catalogue: Copy { Copy(root: root, folderPath: "Districts/_catalog") }

        func write(_ relative: String, _ bytes: [UInt8]) throws {
            let url = district.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }

        func write(_ relative: String, _ text: String) throws { try write(relative, Array(text.utf8)) }

        /// Writes `count` bytes: `prefix`, `unit` repeated, `suffix`, in chunks, without building them in memory at once.
        func write(_ relative: String, prefix: String = "", repeating unit: String, toSize count: Int, suffix: String = "") throws {
            try write(relative, prefix: Array(prefix.utf8), repeating: Array(unit.utf8), toSize: count, suffix: Array(suffix.utf8))
        }

        func write(_ relative: String, prefix: [UInt8], repeating unit: [UInt8], toSize count: Int, suffix: [UInt8] = []) throws {
            let url = district.appendingPathComponent(relative)
            _ = FileManager.default.createFile(atPath: url.path, contents: nil)
            let handle = try FileHandle(forWritingTo: url)
            defer { try? handle.close() }
            try handle.write(contentsOf: Data(prefix))
            let chunk = Data([UInt8]((0..<(1 << 20) / unit.count).flatMap { _ in unit }))
            var left = count - prefix.count - suffix.count
            while left >= chunk.count {
                try handle.write(contentsOf: chunk)
                left -= chunk.count
            }
            try handle.write(contentsOf: Data([UInt8]((0..<(left / unit.count)).flatMap { _ in unit })))
            try handle.write(contentsOf: Data(suffix))
        }

        func link(_ relative: String, to destination: String) throws {
            try FileManager.default.createSymbolicLink(
                atPath: district.appendingPathComponent(relative).path, withDestinationPath: destination)
        }

        func fifo(_ relative: String) throws {
            guard mkfifo(district.appendingPathComponent(relative).path, 0o644) == 0 else {
                throw CocoaError(.fileWriteUnknown)
            }
        }
    }

    static func generator(named name: String) -> Generator? { generators[name] }

    static let generators: [String: Generator] = [
        // MARK: encoding
        "utf8-bom": { w in
            try w.write("district.yaml", [0xEF, 0xBB, 0xBF] + Array(try String(contentsOf: w.district.appendingPathComponent("district.yaml"), encoding: .utf8).utf8))
            try w.write("partner.yaml", [0xEF, 0xBB, 0xBF] + Array("ofers: []\n".utf8))
        },
        "latin1": { w in
            try w.write("partner.yaml", Array("institutions:\n  - id: sozialamt\n    name: Sozialamt Mei".utf8) + [0xDF] + Array("en\n".utf8))
        },
        "broken-utf8-sequences": { w in
            try w.write("a-overlong.yaml", Array("offers: []\n# ".utf8) + [0xC0, 0xAF] + Array("\n".utf8))
            try w.write("b-surrogate.yaml", Array("offers: []\n# ".utf8) + [0xED, 0xA0, 0x80] + Array("\n".utf8))
            try w.write("c-ff.yaml", Array("offers: []\nbodies: []  # ab".utf8) + [0xFF] + Array("\n".utf8))
            try w.write("d-truncated-at-end.yaml", Array("offers: []\n# ".utf8) + [0xE2, 0x82])
            try w.write("e-lone-continuation.yaml", Array("offers: []\n# ".utf8) + [0x81] + Array("\n".utf8))
        },
        "truncated-utf8-crlf": { w in
            try w.write("partner.yaml", Array("institutions:\r\n  - id: x\r\n    name: A".utf8) + [0xC3] + Array("mt\r\n".utf8))
        },
        "utf16-with-bom": { w in
            try w.write("le.yaml", [0xFF, 0xFE] + Array("offers: []\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            try w.write("be.yaml", [0xFE, 0xFF] + Array("offers: []\n".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
            try w.write("utf32.yaml", [0xFF, 0xFE, 0, 0] + Array("offers: []\n".unicodeScalars).flatMap { [UInt8($0.value & 0xFF), 0, 0, 0] })
        },
        "utf16-without-bom": { w in
            try w.write("partner.yaml", Array("offers: []\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        },
        // MARK: control characters
        "nul-bytes": { w in
            try w.write("partner.yaml", "institutions:\n  - id: x\n    name: Amt\u{0}Riesa\n    note: " + String(repeating: "\u{0}", count: 8) + "\n")
        },
        "control-characters": { w in
            try w.write("a-bell.yaml", "offers: []\n# Amt\u{7} Riesa\n")
            try w.write("b-escape.yaml", "offers: []\n# \u{1B}]0;pwned\u{7}\u{1B}[2J\n")
            try w.write("c-delete.yaml", "offers: []\nbodies: [a\u{7F}]\n")
            try w.write("d-c1-next-line.yaml", "offers: []\n# a\u{85}b\n")
            try w.write("e-vertical-tab-form-feed.yaml", "offers: []\n#\u{0B}\n#\u{0C}\n")
        },
        "bidi-overrides": { w in
            try w.write("partner.yaml", """
                institutions:
                  - id: x
                    name: Ä\u{202E}dmA
                    note: a\u{2066}b\u{2069}
                    short: a\u{FEFF}b
                """)
        },
        "invisible-characters": { w in
            try w.write("partner.yaml", """
                institutions:
                  - id: "bera\u{200B}tung"
                    name: "Beratungs\u{AD}stelle\u{A0}Nord\u{200B}"
                    functions: [migrationsberatung]
                """)
        },
        // MARK: line endings
        "crlf-line-endings": { w in
            let lines = ["institutions:", "  - id: beratung", "    name: Beratungsstelle", "    functoins: [migrationsberatung]",
                         "    web: javascript:alert(1)", "responsibilities:", "  - id: anmeldung", "    roles:", "      teststadt: lead",
                         "      jobcentre: informed", ""]
            try w.write("a.yaml", lines.joined(separator: "\r\n"))
            try w.write("b.yaml", "offers:\r\n  - id: kurs\r\n    title: \"Kurs\r\n")
        },
        "cr-only-line-endings": { w in
            let lines = ["institutions:", "  - id: beratung", "    name: Beratungsstelle", "    functoins: [migrationsberatung]",
                         "    web: javascript:alert(1)", "responsibilities:", "  - id: anmeldung", "    roles:", "      teststadt: lead",
                         "      jobcentre: informed", ""]
            try w.write("a.yaml", lines.joined(separator: "\r"))
            try w.write("b.yaml", "institutions:\r  - id: x\r    name: X\r    type: sonstige\r\r    name: Y\r")
        },
        "mixed-line-endings": { w in
            try w.write("partner.yaml", "institutions:\r\n  - id: x\r    name: X\n    functions: [migrationsberatung]\u{2028}    type: sonstig\r\n")
        },
        // MARK: folders and files
        "empty-district-folder": { w in
            try FileManager.default.createDirectory(at: w.district, withIntermediateDirectories: true)
        },
        "too-many-files": { w in
            for index in 1...2_001 { try w.write(String(format: "viele/%04d.yaml", index), "") }
        },
        "file-100-mib": { w in
            try w.write("huge.yaml", prefix: "offers:\n", repeating: "  - x\n", toSize: 100 * 1024 * 1024)
        },
        "district-over-64-mib": { w in
            // Nine files of 7.5 MiB: each under the file limit, together over the district limit. They are
            // data dumps saved as UTF-16, refused at once, so that the run stays short; their bytes count all the same.
            for index in 1...9 {
                try w.write("zz-export-\(index).yaml", prefix: [0xFF, 0xFE], repeating: Array("# Export\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, toSize: 7_864_320)
            }
        },
        "value-10-mib": { w in
            try w.write("partner.yaml", prefix: "offers:\n  - id: riesig\n    title: ", repeating: "x", toSize: 10 * 1024 * 1024, suffix: "\n")
        },
        "value-7-mib": { w in
            try w.write("partner.yaml", prefix: "offers:\n  - id: riesig\n    title: ", repeating: "x", toSize: 7 * 1024 * 1024, suffix: "\n")
        },
        "too-many-nodes-block": { w in
            try w.write("partner.yaml", prefix: "offers:\n", repeating: "  - x\n", toSize: 8 + 6 * 1_000_001)
        },
        "too-many-nodes-flow": { w in
            // 4 million values in 8 MiB, on one line.
            try w.write("partner.yaml", prefix: "[", repeating: "x,", toSize: 8 * 1024 * 1024 - 2, suffix: "]\n")
        },
        "hundred-thousand-problems": { w in
            try w.write("partner.yaml", prefix: "offers:\n", repeating: "  - x\n", toSize: 8 + 6 * 100_000)
        },
        // MARK: nesting
        "nesting-flow-sequences": { w in try w.write("partner.yaml", "offers: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n") },
        "nesting-flow-mappings": { w in try w.write("partner.yaml", String(repeating: "{a: ", count: 10_000) + "x" + String(repeating: "}", count: 10_000) + "\n") },
        "nesting-block-sequences": { w in try w.write("partner.yaml", "offers:\n  " + String(repeating: "- ", count: 10_000) + "x\n") },
        "nesting-block-mappings": { w in
            // Two spaces a level; 10,000 levels would be 100 MB of spaces, so 2,000 (4 MB).
            try w.write("partner.yaml", (0..<2_000).map { String(repeating: " ", count: 2 * $0) + "k\($0):\n" }.joined())
        },
        "nesting-mixed-brackets": { w in
            try w.write("partner.yaml", "offers: " + String(repeating: "[{a: ", count: 5_000) + "\n")
        },
        // MARK: symbolic links and special files
        "link-loops": { w in
            try w.link("kreis-a.yaml", to: "kreis-b.yaml")
            try w.link("kreis-b.yaml", to: "kreis-a.yaml")
            try w.link("selbst.yaml", to: "selbst.yaml")
        },
        "link-outside": { w in
            try FileManager.default.createDirectory(at: w.root.appendingPathComponent("elsewhere"), withIntermediateDirectories: true)
            try Data("institutions: [\n# GEHEIM-7f3a\n".utf8).write(to: w.root.appendingPathComponent("elsewhere/secret.yaml"))
            try w.link("partner.yaml", to: "../../elsewhere/secret.yaml")
            try w.link("nachbar.yaml", to: "../_catalog/catalog.yaml")
        },
        "link-etc-passwd": { w in
            try w.link("passwd.yaml", to: "/etc/passwd")
            try w.link("hosts.yml", to: "/etc/hosts")
        },
        "link-dangling": { w in
            try w.link("partner.yaml", to: "fehlt.yaml")
            try w.link("absolut.yaml", to: "/nonexistent/wegweiser/fehlt.yaml")
        },
        "link-to-folders": { w in
            try w.link("oben", to: "..")
            try w.link("root", to: "/")
            try w.link("oben.yaml", to: "..")
        },
        "link-to-devices-and-fifos": { w in
            try w.fifo(".rohr")
            try w.link("rohr.yaml", to: ".rohr")
            try w.link("null.yaml", to: "/dev/zero")
            try w.link("zufall.yaml", to: "/dev/urandom")
        },
        "fifo-named-yaml": { w in
            try w.fifo("pipe.yaml")
            try w.fifo("district-kopie.yml")
        },
        "catalogue-hostile-files": { w in
            try w.catalogue.link("passwd.yaml", to: "/etc/passwd")
            try w.catalogue.write("riesig.yaml", prefix: "glossary:\n", repeating: "  - x\n", toSize: 100 * 1024 * 1024)
            try w.catalogue.write("lachen.yaml", ReadingInputs.billionLaughs)
        },
        "file-names-with-line-breaks": { w in
            try w.write("zeile\neins.yaml", "ofers: []\n")
            try w.write("fake.yaml:1:1: error: x [y]\n.yaml", "bodys: []\n")
            try w.write("a:9:9.yaml", "institutions: {}\n")
        },
    ]
}

enum ReadingInputs {
    /// Nine levels of nine aliases: 9⁹ values if the aliases were followed.
    static let billionLaughs: String = {
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        var yaml = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for (previous, name) in zip(names, names.dropFirst()) {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
        }
        return yaml
    }()
}

/// Runs the built binary with the workspace as working directory and measures
/// it: wall time, and the peak resident memory of the child alone (wait4's
/// rusage), so that tests running in parallel do not disturb the figure.
/// On Linux, ru_maxrss of a spawned child also holds the peak of the test
/// process at the moment of the spawn (exec records the high-water mark of
/// the memory it replaces, which a vfork-style spawn shares with its
/// parent), so there the child's own VmHWM, polled every 2 ms, is the
/// measure; a run too short to be sampled falls back to ru_maxrss.
struct MeasuredRun {
    /// The highest VmHWM seen while polling the child (Linux): wegweiser's own
    /// peak, as the figure to report.
    var sampledPeakBytes: Int
    var stdout: String
    var stderr: String
    var exitCode: Int32?
    var signal: Int32?
    var seconds: Double
    /// wait4's ru_maxrss: an upper bound of the child's peak (see above).
    var peakBytes: Int
    var timedOut: Bool

    /// The child's peak memory: sampled where that works, else ru_maxrss.
    var measuredPeakBytes: Int { sampledPeakBytes > 0 ? sampledPeakBytes : peakBytes }

    static func run(_ arguments: [String], in directory: URL, killAfter limit: Double) throws -> MeasuredRun {
        let capture = FileManager.default.temporaryDirectory.appendingPathComponent("wegweiser-hostile-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: capture, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: capture) }
        let outPath = capture.appendingPathComponent("stdout").path
        let errPath = capture.appendingPathComponent("stderr").path

        // sh changes into the workspace and replaces itself with wegweiser: one process to measure.
        let argv = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory.path, CommandRunner.binary.path] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        let envp = environment.map { "\($0.key)=\($0.value)" }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        let cArgv = argv.map { strdup($0) } + [nil]
        let cEnvp = envp.map { strdup($0) } + [nil]
        defer {
            cArgv.forEach { free($0) }
            cEnvp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let started = Date()
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, cArgv, cEnvp)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }

        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        var sampledPeak = 0
        while true {
            sampledPeak = max(sampledPeak, highWaterMark(of: pid))
            let waited = wait4(pid, &status, WNOHANG, &usage)
            if waited == pid { break }
            if waited < 0 && errno != EINTR { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            if Date().timeIntervalSince(started) > limit, !timedOut {
                timedOut = true
                kill(pid, SIGKILL)
            }
            usleep(2_000)
        }
        let seconds = Date().timeIntervalSince(started)
        #if os(Linux)
            let peak = usage.ru_maxrss * 1024  // kilobytes on Linux
        #else
            let peak = usage.ru_maxrss  // bytes on macOS
        #endif
        let terminatedBySignal = status & 0x7F
        return MeasuredRun(
            sampledPeakBytes: sampledPeak,
            stdout: String(decoding: try Data(contentsOf: URL(fileURLWithPath: outPath)), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: URL(fileURLWithPath: errPath)), as: UTF8.self),
            exitCode: terminatedBySignal == 0 ? (status >> 8) & 0xFF : nil,
            signal: terminatedBySignal == 0 ? nil : terminatedBySignal,
            seconds: seconds, peakBytes: Int(peak), timedOut: timedOut)
    }

    /// VmHWM of a running process: the peak of its own memory since its last
    /// exec (Linux; 0 elsewhere or once it has exited).
    static func highWaterMark(of pid: pid_t) -> Int {
        #if os(Linux)
            guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
                let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
                let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "")
            else { return 0 }
            return kilobytes * 1024
        #else
            return 0
        #endif
    }
}

/// Every entry below a folder as lstat sees it, without following links or
/// opening anything but regular files: what `generate` must leave alone.
enum TreeSnapshot {
    enum Entry: Equatable {
        case file(size: Int, digest: Data)
        case link(String)
        case folder
        case other
    }

    static func take(_ root: URL) -> [String: Entry] {
        var result: [String: Entry] = [:]
        var pending = [""]
        while let relative = pending.popLast() {
            let folder = relative.isEmpty ? root.path : root.path + "/" + relative
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
                let path = relative.isEmpty ? name : relative + "/" + name
                let absolute = root.path + "/" + path
                var info = stat()
                guard lstat(absolute, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    result[path] = .folder
                    pending.append(path)
                case S_IFLNK:
                    result[path] = .link((try? FileManager.default.destinationOfSymbolicLink(atPath: absolute)) ?? "?")
                case S_IFREG:
                    result[path] = .file(size: Int(info.st_size), digest: digest(absolute, size: Int(info.st_size)))
                default:
                    result[path] = .other
                }
            }
        }
        return result
    }

    /// The content of small files, and a sample of large ones (the generated 100 MiB are not worth hashing).
    private static func digest(_ path: String, size: Int) -> Data {
        guard let handle = FileHandle(forReadingAtPath: path) else { return Data() }
        defer { try? handle.close() }
        if size <= 1 << 20 { return (try? handle.readToEnd()) ?? Data() }
        let head = (try? handle.read(upToCount: 4096)) ?? Data()
        try? handle.seek(toOffset: UInt64(size - 4096))
        return head + ((try? handle.read(upToCount: 4096)) ?? Data())
    }
}
