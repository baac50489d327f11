import Foundation
import WegweiserBenchKit
import WegweiserCore

/// The benchmark: generates the synthetic districts, runs the parse floor,
/// `validate`, `generate` and the SVG rendering on every workload, and returns
/// the Markdown report with the machine, the table, the scaling and the targets.
struct Report {
    struct Options {
        var wegweiser: String
        var work: String
        var catalog: String
        var samples: String
        var quick: Bool
        var `repeat`: Int
        var swiftVersion: String?
    }

    /// One row of the table.
    struct Row {
        var name: String
        var size: BenchSize?
        var districts = 0
        var files = 0
        var bytes = 0
        var institutions = 0
        var tasks = 0
        /// What `generate --formats html,docbook,dot` wrote.
        var outputBytes = 0
        var errors = 0
        var warnings = 0
        var parse = Measure.Sample(seconds: 0, peakBytes: 0)
        var validate = Measure.Sample(seconds: 0, peakBytes: 0)
        var generate = Measure.Sample(seconds: 0, peakBytes: 0)
        var svg = Measure.Sample(seconds: 0, peakBytes: 0)
        /// Every format with no layout cache: what a first run costs.
        var cold = Measure.Sample(seconds: 0, peakBytes: 0)
        /// `generate --formats X` alone, for html, docbook and dot (not measured on Germany).
        var single: [(format: String, sample: Measure.Sample)] = []
        /// DocBook alone with `--check-docbook`: what the schema validation costs
        /// (not a default run, so not counted in the targets).
        var checkedDocBook: Measure.Sample?
    }

    let options: Options

    init(_ options: Options) { self.options = options }

    private func progress(_ text: String) {
        FileHandle.standardError.write(Data("bench: \(text)\n".utf8))
    }

    func run() throws -> String {
        let work = Self.absolute(options.work)
        let wegweiser = Self.absolute(options.wegweiser)
        guard FileManager.default.isExecutableFile(atPath: wegweiser) else {
            throw Measure.Failure(description: "no wegweiser binary at '\(wegweiser)'")
        }
        let logs = work + "/logs"
        try FileManager.default.createDirectory(atPath: logs, withIntermediateDirectories: true)
        let loadBefore = Machine.loadAverage()
        let started = ContinuousClock.now
        var loads: [String] = []

        // Workloads: the samples as they are, then the synthetic sizes, generated afresh.
        var workloads: [(name: String, size: BenchSize?, root: String)] = []
        if !options.quick {
            let samples = Self.absolute(options.samples)
            guard (samples as NSString).lastPathComponent == "Districts" else {
                throw Measure.Failure(description: "--samples must name a folder called 'Districts'")
            }
            workloads.append(("samples", nil, (samples as NSString).deletingLastPathComponent))
        }
        for size in options.quick ? [BenchSize.s] : BenchSize.allCases {
            let root = work + "/" + size.rawValue
            progress("writing the \(size.rawValue) districts to \(root)/Districts")
            try SyntheticDistricts.write(size: size, to: root + "/Districts", catalogFolder: options.catalog)
            workloads.append((size == .germany ? "Germany" : size.rawValue, size, root))
        }

        var rows: [Row] = []
        for workload in workloads {
            var row = Row(name: workload.name, size: workload.size)
            count(workload.root + "/Districts", into: &row)
            let out = work + "/" + workload.name + "-output"
            let label = workload.name.lowercased()
            // Graphviz layouts: a cache of this workload's own, filled by the first
            // generate run; the SVG runs go without it, so Graphviz lays out every district.
            let cached = ["WEGWEISER_CACHE_DIR": work + "/" + workload.name + "-cache"]
            let uncached = ["WEGWEISER_CACHE_DIR": ""]
            func measure(
                _ what: String, _ executable: String, _ arguments: [String], times: Int? = nil,
                environment: [String: String] = [:]
            ) throws -> Measure.Sample {
                progress("\(workload.name): \(what)")
                loads.append(Machine.loadAverage())
                let sample = try Measure.best(
                    times: times ?? options.repeat, executable, arguments, in: workload.root, logFolder: logs,
                    label: label + "-" + fileLabel(what), environment: environment)
                if let failure = sample.failure { progress("\(workload.name): \(what) failed: \(failure)") }
                return sample
            }
            row.parse = try measure("parse floor", Self.selfExecutable, ["parse", "Districts"])
            row.validate = try measure("validate", wegweiser, ["validate"])
            let everyFormat = ["generate", "--formats", "html,docbook,dot,svg", "--out", out]
            row.cold = try measure("generate, no layout cache", wegweiser, everyFormat, times: 1, environment: uncached)
            _ = try measure("filling the layout cache", wegweiser, everyFormat, times: 1, environment: cached)
            row.generate = try measure(
                "generate html,docbook,dot", wegweiser, ["generate", "--formats", "html,docbook,dot", "--out", out],
                environment: cached)
            row.outputBytes = Self.bytes(below: out, extensions: ["html", "xml", "dot"])
            // Graphviz on 400 districts takes a while: one run there.
            row.svg = try measure(
                "generate svg", wegweiser, ["generate", "--formats", "svg", "--out", out],
                times: workload.size == .germany ? 1 : nil, environment: uncached)
            if workload.size != .germany {
                for format in ["html", "docbook", "dot"] {
                    row.single.append(
                        (format, try measure(
                            "generate \(format)", wegweiser, ["generate", "--formats", format, "--out", out],
                            environment: cached)))
                }
                row.checkedDocBook = try measure(
                    "generate docbook --check-docbook", wegweiser,
                    ["generate", "--formats", "docbook", "--check-docbook", "--out", out], environment: cached)
            }
            rows.append(row)
        }
        let loadAfter = Machine.loadAverage()
        let elapsed = (ContinuousClock.now - started).components.seconds
        let highest = loads.compactMap { $0.split(separator: " ").first.flatMap { Double($0) } }.max() ?? 0
        return markdown(rows, loadBefore: loadBefore, loadAfter: loadAfter, highestLoad: highest)
            + "\nThe measurements took \(elapsed / 60) min \(elapsed % 60) s (after the build).\n"
    }

    /// The size of the files below a folder with one of the extensions.
    static func bytes(below folder: String, extensions: Set<String>) -> Int {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return 0 }
        var total = 0
        for case let path as String in enumerator where extensions.contains((path as NSString).pathExtension) {
            total += (try? FileManager.default.attributesOfItem(atPath: folder + "/" + path)[.size] as? Int) ?? 0
        }
        return total
    }

    /// A file name part from a description.
    private func fileLabel(_ text: String) -> String {
        String(text.map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }

    /// Input size as wegweiser sees it: files and bytes read, institutions and matrix rows after resolution.
    private func count(_ districts: String, into row: inout Row) {
        for path in ParseFloor.yamlFiles(below: districts) {
            row.files += 1
            row.bytes += (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        }
        let workspace = Workspace(districtsFolder: districts)
        var catalogs: [String: Catalog] = [:]
        for id in workspace.allDistrictIDs() {
            let folder = districts + "/" + id
            let catalogFolder = (try? workspace.catalogFolder(forDistrict: folder)) ?? nil
            let key = catalogFolder ?? ""
            if catalogs[key] == nil { catalogs[key] = workspace.loadCatalog(catalogFolder).catalog }
            let report = workspace.check(districtFolder: folder, catalog: catalogs[key]!)
            row.districts += 1
            row.errors += report.errorCount
            row.warnings += report.warningCount
            row.institutions += report.resolved?.institutions.count ?? 0
            row.tasks += report.resolved?.tasks.count ?? 0
        }
    }

    // MARK: - Markdown

    private func markdown(_ rows: [Row], loadBefore: String, loadAfter: String, highestLoad: Double) -> String {
        var out = "## Benchmark\n\n"
        out += "Machine: \(Machine.description(swiftVersion: options.swiftVersion))  \n"
        out += "Load average (1, 5, 15 min): \(loadBefore) before, \(loadAfter) after; "
        out += "highest 1-min load before a measurement: \(fixed(highestLoad, 2)) (wegweiser itself uses every core)  \n"
        out += "Each time is the best wall time of \(options.repeat) run\(options.repeat == 1 ? "" : "s") "
        out += "(a run that fails or takes over a minute is not repeated; Germany SVG: 1 run); "
        out += "peak is the highest max RSS (`wait4` `ru_maxrss`, MB = 10⁶ bytes) of those runs, "
        out += "including the Graphviz `dot` processes wegweiser waits for; \"without svg\" is the highest of "
        out += "validate, generate html,docbook,dot and each format alone. "
        out += "HTML embeds the Schaubild as SVG: `generate html,docbook,dot` and each format alone take the Graphviz "
        out += "layouts from the layout cache (filled by one run before), so they measure everything but Graphviz; "
        out += "`svg` runs without the cache, so Graphviz lays out every district (once each, districts in parallel); "
        out += "`first run` is every format with no cache at all, one run. "
        out += "Output MB is what `generate html,docbook,dot` wrote (a district that fails is not written).\n\n"
        out += "| workload | districts | files | bytes | institutions | tasks | parse floor | validate | generate html+docbook+dot | generate ÷ floor | output MB | svg | first run, all formats | peak MB without svg | peak MB svg |\n"
        out += "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n"
        var failures: [String] = []
        func time(_ row: Row, _ what: String, _ sample: Measure.Sample) -> String {
            guard let failure = sample.failure else { return seconds(sample.seconds) }
            failures.append("\(row.name), \(what): \(shortened(failure))")
            return seconds(sample.seconds) + " (failed)"
        }
        for row in rows {
            let cells = [
                row.name, grouped(row.districts), grouped(row.files), grouped(row.bytes), grouped(row.institutions),
                grouped(row.tasks), time(row, "parse floor", row.parse), time(row, "validate", row.validate),
                time(row, "generate html,docbook,dot", row.generate), ratio(row.generate.seconds / row.parse.seconds),
                fixed(Double(row.outputBytes) / 1e6, 1), time(row, "generate svg", row.svg),
                time(row, "first run", row.cold), megabytes(peakWithoutSVG(row)), megabytes(max(row.svg.peakBytes, row.cold.peakBytes)),
            ]
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        let broken = rows.filter { !$0.single.isEmpty }
        if !broken.isEmpty {
            out += "\nEach format alone (`generate --formats X`, layouts from the cache):\n\n"
            out += "| workload | html | docbook | dot | docbook `--check-docbook` | peak MB html | peak MB docbook | peak MB dot | peak MB docbook checked |\n"
            out += "|---|--:|--:|--:|--:|--:|--:|--:|--:|\n"
            for row in broken {
                let singles = row.single + (row.checkedDocBook.map { [("docbook --check-docbook", $0)] } ?? [])
                let times = singles.map { time(row, "generate \($0.format)", $0.sample) }
                let peaks = singles.map { megabytes($0.sample.peakBytes) }
                out += "| " + ([row.name] + times + peaks).joined(separator: " | ") + " |\n"
            }
        }
        let checked = rows.map { "\($0.name) \($0.errors) error\($0.errors == 1 ? "" : "s"), \($0.warnings) warning\($0.warnings == 1 ? "" : "s")" }
        out += "\nDiagnostics of the inputs (in-process check): \(checked.joined(separator: "; ")).\n"
        if !failures.isEmpty {
            out += "\nFailed runs:\n\n" + failures.map { "- " + $0.replacingOccurrences(of: "|", with: "\\|") + "\n" }.joined()
        }

        let bySize = Dictionary(rows.compactMap { row in row.size.map { ($0, row) } }, uniquingKeysWith: { first, _ in first })
        if let s = bySize[.s], let m = bySize[.m], let l = bySize[.l] {
            out += "\n### Scaling (input size = bytes)\n\n"
            for (from, to) in [(s, m), (m, l)] {
                let size = Double(to.bytes) / Double(from.bytes)
                func factor(_ a: Measure.Sample, _ b: Measure.Sample) -> String {
                    "×" + fixed(b.seconds / a.seconds, 2) + (a.failure != nil || b.failure != nil ? " (failed)" : "")
                }
                out += "- \(from.name) → \(to.name): input ×\(fixed(size, 2)); "
                out += "parse floor \(factor(from.parse, to.parse)), validate \(factor(from.validate, to.validate)), "
                out += "generate \(factor(from.generate, to.generate)), svg \(factor(from.svg, to.svg))"
                for (a, b) in zip(from.single, to.single) { out += ", \(a.format) alone \(factor(a.sample, b.sample))" }
                out += "\n"
            }
            let sizeRatio = Double(l.bytes) / Double(m.bytes)
            out += "- L/M time ratio ÷ L/M size ratio: generate \(fixed((l.generate.seconds / m.generate.seconds) / sizeRatio, 2)), "
            out += "validate \(fixed((l.validate.seconds / m.validate.seconds) / sizeRatio, 2)), "
            out += "parse floor \(fixed((l.parse.seconds / m.parse.seconds) / sizeRatio, 2))"
            for (a, b) in zip(m.single, l.single) { out += ", \(a.format) alone \(fixed((b.sample.seconds / a.sample.seconds) / sizeRatio, 2))" }
            out += "\n"
        }

        out += "\n### Targets\n\n| target | measured | met? |\n|---|---|---|\n"
        func target(_ name: String, _ measured: String, _ met: Bool?) {
            out += "| \(name) | \(measured) | \(met.map { $0 ? "yes" : "**no**" } ?? "not measured") |\n"
        }
        func failed(_ sample: Measure.Sample) -> String { sample.failure == nil ? "" : ", and it failed" }
        if let germany = bySize[.germany] {
            let t = germany.generate.seconds
            target("Germany, all formats except SVG ≤ 3 s", seconds(t) + over(t, 3) + failed(germany.generate),
                   t <= 3 && germany.generate.failure == nil)
        } else {
            target("Germany, all formats except SVG ≤ 3 s", "—", nil)
        }
        if let l = bySize[.l] {
            let t = l.generate.seconds
            target("L, all formats except SVG ≤ 1 s", seconds(t) + over(t, 1) + failed(l.generate), t <= 1 && l.generate.failure == nil)
        } else {
            target("L, all formats except SVG ≤ 1 s", "—", nil)
        }
        let ratios = rows.map { ($0.name, $0.generate.seconds / $0.parse.seconds) }
        let worst = ratios.max { $0.1 < $1.1 }
        target(
            "generate ≤ 3 × parse floor (every workload)",
            ratios.map { "\($0.0) \(fixed($0.1, 1))×" }.joined(separator: ", "), worst.map { $0.1 <= 3 })
        if let l = bySize[.l] {
            let worst = runsWithoutSVG(l).max { $0.sample.peakBytes < $1.sample.peakBytes }
            let peak = Double(worst?.sample.peakBytes ?? 0) / 1e6
            target(
                "peak memory ≤ 250 MB on L (every run without SVG)",
                "\(fixed(peak, 0)) MB" + (worst.map { " (\($0.name))" } ?? "") + over(peak, 250), peak <= 250)
        } else {
            target("peak memory ≤ 250 MB on L", "—", nil)
        }
        if let m = bySize[.m], let l = bySize[.l] {
            let timeRatio = l.generate.seconds / m.generate.seconds
            let sizeRatio = Double(l.bytes) / Double(m.bytes)
            target(
                "L/M generate time ratio ≤ 1.2 × L/M size ratio",
                "\(fixed(timeRatio, 2)) vs 1.2 × \(fixed(sizeRatio, 2)) = \(fixed(1.2 * sizeRatio, 2))" + failed(l.generate),
                timeRatio <= 1.2 * sizeRatio && l.generate.failure == nil)
        } else {
            target("L/M generate time ratio ≤ 1.2 × L/M size ratio", "—", nil)
        }
        return out
    }

    /// A long message as its beginning and its end.
    private func shortened(_ message: String) -> String {
        guard message.count > 320 else { return message }
        return String(message.prefix(200)) + " … " + String(message.suffix(110))
    }

    /// The runs without SVG, by name: validate, generate and each format alone.
    private func runsWithoutSVG(_ row: Row) -> [(name: String, sample: Measure.Sample)] {
        [("validate", row.validate), ("generate html,docbook,dot", row.generate)]
            + row.single.map { ("generate \($0.format)", $0.sample) }
    }

    /// The highest peak of the runs without SVG.
    private func peakWithoutSVG(_ row: Row) -> Int {
        runsWithoutSVG(row).map(\.sample.peakBytes).max() ?? 0
    }

    private func over(_ value: Double, _ limit: Double) -> String {
        value > limit ? " (\(fixed(value / limit, 1))× the limit)" : ""
    }

    private func seconds(_ value: Double) -> String { fixed(value, value < 10 ? 3 : 1) + " s" }
    private func ratio(_ value: Double) -> String { fixed(value, 1) + "×" }
    private func megabytes(_ bytes: Int) -> String { fixed(Double(bytes) / 1e6, 0) }

    /// Fixed-point, with a full stop whatever the locale.
    private func fixed(_ value: Double, _ digits: Int) -> String {
        guard value.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((value * scale).rounded())
        let whole = scaled / Int(scale)
        let fraction = abs(scaled % Int(scale))
        guard digits > 0 else { return String(whole) }
        return "\(scaled < 0 && whole == 0 ? "-" : "")\(whole)." + padded(fraction, digits)
    }

    /// 110127 → "110,127".
    private func grouped(_ value: Int) -> String {
        let digits = Array(String(value))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return out
    }

    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    /// This program, to run its own parse floor as a process like the others.
    static var selfExecutable: String {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return resolved }
        return absolute(CommandLine.arguments[0])
    }
}

/// A number with leading zeros: padded(7, 3) = "007".
func padded(_ number: Int, _ width: Int) -> String {
    let digits = String(number)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
