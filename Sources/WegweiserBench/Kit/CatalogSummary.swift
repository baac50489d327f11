import Foundation
import Yams

/// What the generator needs to know of the real catalogue: its ids, in order.
/// Read with Yams from the catalogue folder, so the synthetic districts follow
/// the catalogue when it changes.
public struct CatalogSummary: Sendable {
    public struct Task: Sendable {
        public var id: String
        public var phase: String
        /// Function id → role, in the catalogue's order.
        public var roles: [(function: String, role: String)]
    }

    public struct Handover: Sendable {
        public var id: String
        public var from: String
        public var to: String
    }

    public var folder: String
    /// The YAML files of the folder, sorted by name.
    public var files: [String]
    public var phases: [String]
    public var targetGroups: [String]
    public var functions: [String]
    public var tasks: [Task]
    public var handovers: [Handover]

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public init(folder: String) throws {
        self.folder = folder
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        files = names.filter { !$0.hasPrefix(".") && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) }
            .sorted { Array($0.utf8).lexicographicallyPrecedes($1.utf8) }
        guard !files.isEmpty else { throw Failure(description: "no catalogue files in '\(folder)'") }
        phases = []
        targetGroups = []
        functions = []
        tasks = []
        handovers = []
        for name in files {
            let path = folder + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else {
                throw Failure(description: "cannot read '\(path)'")
            }
            let node: Node?
            do { node = try Yams.compose(yaml: String(decoding: data, as: UTF8.self), .basic) } catch {
                throw Failure(description: "\(path): \(error)")
            }
            guard let root = node?.mapping else { continue }
            phases += Self.ids(root["phases"])
            targetGroups += Self.ids(root["target_groups"])
            functions += Self.ids(root["functions"])
            for entry in root["tasks"]?.sequence ?? [] {
                guard let id = entry["id"]?.string, let phase = entry["phase"]?.string else { continue }
                let roles = (entry["roles"]?.mapping ?? [:]).compactMap { key, value -> (String, String)? in
                    guard let function = key.string, let role = value.string else { return nil }
                    return (function, role)
                }
                tasks.append(Task(id: id, phase: phase, roles: roles))
            }
            for entry in root["interfaces"]?.sequence ?? [] {
                guard let id = entry["id"]?.string, let from = entry["from"]?.string, let to = entry["to"]?.string else { continue }
                handovers.append(Handover(id: id, from: from, to: to))
            }
        }
        guard !phases.isEmpty, !targetGroups.isEmpty, !functions.isEmpty else {
            throw Failure(description: "the catalogue in '\(folder)' defines no phases, target groups or functions")
        }
    }

    private static func ids(_ node: Node?) -> [String] {
        (node?.sequence ?? []).compactMap { $0["id"]?.string }
    }

    /// The functions that lead some catalogue task: each must be held by exactly one institution.
    public var leadFunctions: Set<String> {
        Set(tasks.flatMap { $0.roles.filter { $0.role == "lead" }.map(\.function) })
    }
}
