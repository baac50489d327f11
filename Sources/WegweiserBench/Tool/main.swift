import Foundation
import WegweiserBenchKit

// wegweiser-bench: the benchmark helper of wegweiser (not a user command).
//
//   wegweiser-bench districts SIZE OUTDIR [--catalog DIR]   synthetic districts (S, M, L, germany)
//   wegweiser-bench parse DIR…                              the parse floor: every *.yaml read with Yams, nothing else
//   wegweiser-bench report --wegweiser BIN [options]        the benchmark table (scripts/benchmark calls this)

let usage = """
    usage: wegweiser-bench districts SIZE OUTDIR [--catalog DIR]
           wegweiser-bench parse DIR...
           wegweiser-bench report --wegweiser BIN [--work DIR] [--catalog DIR] [--samples DIR]
                                  [--quick] [--repeat N] [--swift-version TEXT]
    SIZE: S (30 institutions, 80 tasks, 40 handovers, 60 contacts), M (100, 400, 150, 200),
          L (300, 2000, 600, 600), germany (400 districts of size S)

    """

func fail(_ message: String, code: Int32 = 2) -> Never {
    FileHandle.standardError.write(Data("wegweiser-bench: \(message)\n".utf8))
    exit(code)
}

/// Splits `--name value` options from positional arguments.
struct Arguments {
    var positional: [String] = []
    var options: [String: String] = [:]
    var flags: Set<String> = []

    init(_ arguments: ArraySlice<String>, flags known: Set<String>) {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            if argument.hasPrefix("--") {
                let name = String(argument.dropFirst(2))
                if known.contains(name) {
                    flags.insert(name)
                } else if let value = rest.popFirst() {
                    options[name] = value
                } else {
                    fail("option --\(name) needs a value\n\(usage)")
                }
            } else {
                positional.append(argument)
            }
        }
    }
}

let all = CommandLine.arguments
guard all.count >= 2 else { fail("no command\n\(usage)") }
let command = all[1]
let arguments = Arguments(all.dropFirst(2), flags: ["quick"])

switch command {
case "districts":
    guard arguments.positional.count == 2, let size = BenchSize(argument: arguments.positional[0]) else {
        fail("districts needs SIZE (S, M, L or germany) and OUTDIR\n\(usage)")
    }
    let catalog = arguments.options["catalog"] ?? "Districts/_catalog"
    do {
        let summary = try SyntheticDistricts.write(size: size, to: arguments.positional[1], catalogFolder: catalog)
        print(
            "\(size.rawValue): \(summary.districts) district\(summary.districts == 1 ? "" : "s"), \(summary.files) files, "
                + "\(summary.bytes) bytes, \(summary.institutions) institutions, \(summary.tasks) tasks, "
                + "\(summary.handovers) handovers, \(summary.contacts) contacts, \(summary.offers) offers, "
                + "\(summary.bodies) committees → \(arguments.positional[1])")
    } catch {
        fail("\(error)")
    }
case "parse":
    guard !arguments.positional.isEmpty else { fail("parse needs at least one folder\n\(usage)") }
    do {
        let result = try ParseFloor.run(folders: arguments.positional)
        print("parsed \(result.files) files, \(result.bytes) bytes, \(result.nodes) nodes")
    } catch {
        fail("\(error)", code: 1)
    }
case "report":
    guard let binary = arguments.options["wegweiser"] else { fail("report needs --wegweiser BIN\n\(usage)") }
    let options = Report.Options(
        wegweiser: binary,
        work: arguments.options["work"] ?? ".bench",
        catalog: arguments.options["catalog"] ?? "Districts/_catalog",
        samples: arguments.options["samples"] ?? "Districts",
        quick: arguments.flags.contains("quick"),
        repeat: arguments.options["repeat"].flatMap(Int.init) ?? (arguments.flags.contains("quick") ? 1 : 3),
        swiftVersion: arguments.options["swift-version"])
    do {
        print(try Report(options).run(), terminator: "")
    } catch {
        fail("\(error)", code: 1)
    }
case "-h", "--help", "help":
    print(usage, terminator: "")
default:
    fail("unknown command '\(command)'\n\(usage)")
}
