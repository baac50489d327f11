import Foundation
import Yams

/// The parse floor: every *.yaml / *.yml below the folders, read and composed
/// by Yams with the resolver wegweiser uses, and nothing else: no checks, no
/// model, no validation. wegweiser's own times read as multiples of this.
enum ParseFloor {
    struct Result {
        var files = 0
        var bytes = 0
        var nodes = 0
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func run(folders: [String]) throws -> Result {
        var result = Result()
        for folder in folders {
            for path in yamlFiles(below: folder) {
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw Failure(description: "cannot read '\(path)'")
                }
                let root: Node?
                do {
                    root = try Parser(yaml: String(decoding: data, as: UTF8.self), resolver: .basic, encoding: .utf8).singleRoot()
                } catch {
                    throw Failure(description: "\(path): \(error)")
                }
                result.files += 1
                result.bytes += data.count
                result.nodes += root.map(count) ?? 0
            }
        }
        return result
    }

    /// Counted so that the tree is not dropped unseen; a walk is cheap beside parsing.
    private static func count(_ node: Node) -> Int {
        switch node {
        case .scalar, .alias: 1
        case .sequence(let sequence): 1 + sequence.reduce(0) { $0 + count($1) }
        case .mapping(let mapping): 1 + mapping.reduce(0) { $0 + count($1.key) + count($1.value) }
        }
    }

    /// Sorted by path; names starting with "." are skipped, as wegweiser does.
    static func yamlFiles(below folder: String) -> [String] {
        var found: [String] = []
        var pending = [folder]
        while let current = pending.popLast() {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: current)) ?? []
            for name in names where !name.hasPrefix(".") {
                let path = current + "/" + name
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
                if isDirectory.boolValue {
                    pending.append(path)
                } else if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                    found.append(path)
                }
            }
        }
        return found.sorted { Array($0.utf8).lexicographicallyPrecedes($1.utf8) }
    }
}
