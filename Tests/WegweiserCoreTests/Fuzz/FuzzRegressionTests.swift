import Foundation
import Testing
import WegweiserFuzzing

/// The fuzz target's per-input function (`FuzzTarget.run`, what libFuzzer
/// calls for every input in scripts/fuzz) over the seed corpus and every
/// committed regression input: each one must run without a crash, without
/// an oracle violation (a renderer that throws for a valid district, a
/// district that differs from itself), and in bounded time.
///
/// A crash the fuzzer finds goes into `Regressions/` (minimized with
/// `scripts/fuzz minimize FILE`), named after what it broke, with its fix.
@Suite(.serialized) struct FuzzRegressionTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .path
    static let regressions = packageRoot + "/Tests/WegweiserCoreTests/Fuzz/Regressions"
    static let committedSeeds = packageRoot + "/Fuzz/Seeds"
    /// Far above what any input takes (the largest seed: well under a second in a debug build).
    static let timeLimit: Duration = .seconds(20)

    static let target = Result { try FuzzTarget() }

    static func files(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }.sorted()
    }

    static func run(_ bytes: [UInt8], named name: String) throws -> FuzzTarget.Outcome {
        let target = try Self.target.get()
        let start = ContinuousClock.now
        let outcome = try target.run(bytes)
        let time = ContinuousClock.now - start
        #expect(time < timeLimit, "\(name) took \(time)")
        return outcome
    }

    @Test func everyCommittedRegressionInputRuns() throws {
        for name in Self.files(in: Self.regressions) {
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Self.regressions + "/" + name)))
            #expect(throws: Never.self, "\(name)") { try Self.run(bytes, named: name) }
        }
    }

    /// The seeds scripts/fuzz starts from: the sample districts (with the
    /// built-in catalogue and with Districts/_catalog) resolve and render.
    @Test func theSeedsMadeFromTheSampleDistrictsRender() throws {
        let seeds = try FuzzInput.seeds(fromDistrictsFolder: Self.packageRoot + "/Districts")
        #expect(seeds.count >= 2)
        for seed in seeds {
            let outcome = try Self.run(seed.bytes, named: seed.name)
            #expect(outcome.rendered, "\(seed.name): \(outcome.diagnostics)")
            #expect(outcome.usedOwnCatalogue == seed.name.hasSuffix("+catalog"), "\(seed.name)")
        }
    }

    @Test func theCommittedSeedsRender() throws {
        let names = Self.files(in: Self.committedSeeds)
        #expect(!names.isEmpty)
        for name in names {
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Self.committedSeeds + "/" + name)))
            let outcome = try Self.run(bytes, named: name)
            #expect(outcome.rendered, "\(name): \(outcome.diagnostics)")
        }
    }

    // MARK: The input format

    @Test func markerLinesSplitTheInputIntoFiles() {
        let input = Array("district: {}\n@@i\ninstitutions: []\n@@x\n@@ i\n@@t\n@@i\n- more\n@@r".utf8)
        let files = FuzzInput.split(input)
        #expect(files.map(\.path) == [
            "fuzz/district.yaml", "fuzz/institutions.yaml", "_catalog/tasks.yaml", "fuzz/responsibilities.yaml",
        ])
        #expect(files.map { String(decoding: $0.bytes, as: UTF8.self) } == [
            "district: {}\n", "institutions: []\n@@x\n@@ i\n- more\n", "", "",
        ])
    }

    @Test func anInputWithoutMarkersIsTheDistrictFile() {
        #expect(FuzzInput.split(Array("a: b".utf8)) == [.init(selector: UInt8(ascii: "d"), bytes: Array("a: b".utf8))])
        #expect(FuzzInput.split([UInt8]()) == [])
    }

    @Test func encodingAndSplittingAreInverse() {
        let files: [FuzzInput.File] = [
            .init(selector: UInt8(ascii: "d"), bytes: Array("district:\n  id: fuzz\n".utf8)),
            .init(selector: UInt8(ascii: "3"), bytes: [0xFF, 0x00, 0x0A]),
            .init(selector: UInt8(ascii: "v"), bytes: []),
        ]
        #expect(FuzzInput.split(FuzzInput.encode(files)) == files)
    }

    @Test func nothingIsLeftInTheTemporaryFolder() throws {
        let folder = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        func leftovers() -> Set<String> {
            Set(((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
                .filter { $0.hasPrefix("wegweiser-fuzz-\(getpid())-") })
        }
        let before = leftovers()
        _ = try Self.run(Array("district:\n  id: fuzz\n@@1\n- x\n@@v\nphases: []\n".utf8), named: "small")
        #expect(leftovers() == before)
    }
}
