import Foundation
import Testing
@testable import WegweiserCore

/// What Graphviz itself read from a DOT source (`dot -Tjson`): the nodes,
/// edges and clusters it created. Tests use it to check structure, and that
/// hostile text never turns into extra nodes or edges.
struct SchaubildGraphFacts {
    var nodes: [String]
    var edges: [(from: String, to: String)]
    var clusters: [String]

    init(_ dot: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let graphviz = try SchaubildFixtures.graphviz(sourceLocation: sourceLocation)
        guard case .success(let json) = graphviz.run(dot, format: "json", timeout: .seconds(10)) else {
            Issue.record("Graphviz did not read the DOT", sourceLocation: sourceLocation)
            throw CancellationError()
        }
        let object = try #require(
            (try JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any], sourceLocation: sourceLocation)
        let subgraphs = object["_subgraph_cnt"] as? Int ?? 0
        let objects = object["objects"] as? [[String: Any]] ?? []
        let names = objects.map { $0["name"] as? String ?? "" }
        clusters = names.prefix(subgraphs).filter { $0.hasPrefix("cluster") }
        nodes = Array(names.dropFirst(subgraphs))
        // Invisible edges only place things (rows, the legend below the diagram).
        edges = (object["edges"] as? [[String: Any]] ?? []).filter { ($0["style"] as? String) != "invis" }.map { edge in
            (names[edge["tail"] as? Int ?? 0], names[edge["head"] as? Int ?? 0])
        }
    }

    /// The visible edges between institutions (not the legend's sample arrow).
    var institutionEdges: [String] {
        edges.filter { !$0.from.hasPrefix("_") && !$0.to.hasPrefix("_") }.map { "\($0.from) -> \($0.to)" }
    }
}
