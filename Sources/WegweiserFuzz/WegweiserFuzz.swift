import Foundation
import WegweiserFuzzing

// Built by scripts/fuzz with `--sanitize fuzzer -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING`:
// libFuzzer supplies `main` and calls `LLVMFuzzerTestOneInput` for every input.
// Built normally: a replay tool that runs every input (file, or every file in a
// folder) once, in the same way, and exits 0 when none fails.

#if FUZZING

private let target: FuzzTarget = {
    do { return try FuzzTarget() } catch { fatalError("the fuzz target cannot start: \(error)") }
}()

/// libFuzzer calls this once before it reads its flags: `--write-seeds DISTRICTS
/// FOLDER` writes the seed corpus (scripts/fuzz) and exits instead of fuzzing.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
    let arguments = (0..<Int(argc.pointee)).compactMap { argv.pointee?[$0].map { String(cString: $0) } }
    if arguments.count > 1, arguments[1] == "--write-seeds" {
        guard arguments.count == 4 else {
            FileHandle.standardError.write(Data("usage: WegweiserFuzz --write-seeds DISTRICTS FOLDER\n".utf8))
            exit(2)
        }
        exit(SeedWriter.write(from: arguments[2], to: arguments[3]))
    }
    _ = target
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { UnsafeBufferPointer(start: $0, count: size) } ?? UnsafeBufferPointer(start: nil, count: 0)
    do { try target.run(bytes) } catch {
        // An oracle violation: a crash, so that libFuzzer keeps the input.
        fatalError("\(error)")
    }
    return 0
}

#else

@main
struct WegweiserFuzzReplay {
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        let verbose = arguments.first == "-v"
        if verbose { arguments.removeFirst() }
        if arguments.first == "--write-seeds" {
            guard arguments.count == 3 else { usage() }
            exit(SeedWriter.write(from: arguments[1], to: arguments[2]))
        }
        guard !arguments.isEmpty, !arguments.contains(where: { $0 == "-h" || $0 == "--help" }) else { usage() }
        let target: FuzzTarget
        do { target = try FuzzTarget() } catch {
            FileHandle.standardError.write(Data("error: the fuzz target cannot start: \(error)\n".utf8))
            exit(2)
        }
        var failures = 0
        var count = 0
        for path in inputs(arguments) {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("error: cannot read \(path)\n".utf8))
                exit(2)
            }
            count += 1
            let start = ContinuousClock.now
            do {
                let outcome = try target.run(Array(data))
                let time = ContinuousClock.now - start
                print("\(path): \(outcome.files) files, \(outcome.diagnostics.count) diagnostics, "
                    + "\(outcome.rendered ? "rendered" : "not rendered"), \(time.formatted(.units(allowed: [.milliseconds])))")
                if verbose { for line in outcome.diagnostics { print("  " + line) } }
            } catch {
                failures += 1
                print("\(path): FAILED: \(error)")
            }
        }
        print("\(count) input\(count == 1 ? "" : "s") run, \(failures) failed")
        exit(failures == 0 ? 0 : 1)
    }

    /// Files as given; a folder stands for the files directly in it, sorted.
    static func inputs(_ arguments: [String]) -> [String] {
        arguments.flatMap { path -> [String] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                return [path]
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { path + "/" + $0 }
        }
    }

    static func usage() -> Never {
        print("""
            usage: WegweiserFuzz [-v] INPUT…            run each input (a file, or every file in a folder) once;
                                                        -v lists the diagnostics
                   WegweiserFuzz --write-seeds DISTRICTS FOLDER
                                                        write seed inputs made from a Districts folder
            Exit status: 0 when no input fails, 1 when one does, 2 on a usage or I/O error.
            The fuzzer itself is built and run by scripts/fuzz.
            """)
        exit(2)
    }
}

#endif

/// `--write-seeds`, in both builds.
enum SeedWriter {
    static func write(from districts: String, to folder: String) -> Int32 {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let seeds = try FuzzInput.seeds(fromDistrictsFolder: districts)
            for seed in seeds {
                try Data(seed.bytes).write(to: URL(fileURLWithPath: folder + "/" + seed.name))
            }
            print("\(seeds.count) seeds written to \(folder)")
            return 0
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            return 2
        }
    }
}
