import Crypto
import Foundation

/// Graphviz layouts kept between runs, so that a Schaubild that did not
/// change is not laid out again.
///
/// Graphviz is by far the slowest step of `generate`, and most edits (a
/// contact, a task, a role) leave the Schaubild as it was. An entry is keyed
/// by the SHA-256 of the DOT source and of the `dot` executable (path, size,
/// modification time), so a new Graphviz or a changed diagram never reads an
/// old layout. The DOT never holds the definition digest (the renderer puts
/// it in afterwards), so edits elsewhere in the district hit the cache.
/// Successful layouts and layouts that Graphviz rejected are kept (a
/// rejected clustered layout then falls back at once, with the same
/// warning); timeouts are not, since they depend on the machine's load.
///
/// The folder is `$WEGWEISER_CACHE_DIR/schaubild` if that variable is set
/// (set but empty: no cache), else `$XDG_CACHE_HOME/wegweiser/schaubild`, else
/// `~/.cache/wegweiser/schaubild`. Entries are written atomically (a
/// temporary file, then rename), so concurrent runs share the folder safely;
/// an entry that cannot be read counts as absent, and a folder that cannot
/// be written only means no caching.
struct LayoutCache: Sendable {
    let folder: URL

    /// The cache for this environment, or nil when caching is off or there
    /// is no home folder.
    static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> LayoutCache? {
        let base: String
        if let explicit = environment["WEGWEISER_CACHE_DIR"] {
            guard !explicit.isEmpty else { return nil }
            base = explicit
        } else if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            base = xdg + "/wegweiser"
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            base = home + "/.cache/wegweiser"
        } else {
            return nil
        }
        return LayoutCache(folder: URL(fileURLWithPath: base, isDirectory: true).appendingPathComponent("schaubild"))
    }

    /// `graphviz.run`, answered from the cache when it can be.
    func run(_ source: String, with graphviz: GraphvizRunner, timeout: Duration) -> GraphvizRunner.Outcome {
        guard let key = key(source, graphviz: graphviz) else { return graphviz.run(source, timeout: timeout) }
        if let kept = lookup(key) { return kept }
        let outcome = graphviz.run(source, timeout: timeout)
        store(outcome, key: key)
        return outcome
    }

    /// The entry's name, or nil if the executable cannot be examined.
    func key(_ source: String, graphviz: GraphvizRunner) -> String? {
        // The program itself, not a link to it: an upgrade may change only the target.
        let program = URL(fileURLWithPath: graphviz.executable).resolvingSymlinksInPath().path
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: program),
            let size = attributes[.size] as? NSNumber, let modified = attributes[.modificationDate] as? Date
        else { return nil }
        var hasher = SHA256()
        let header = "wegweiser-layout-1\0\(graphviz.executable)\0\(size)\0\(modified.timeIntervalSince1970)\0svg\0"
        hasher.update(data: Array(header.utf8))
        hasher.update(data: Array(source.utf8))
        return DefinitionDigest.hex(hasher.finalize())
    }

    // MARK: - Entries

    /// A successful layout is `<key>.out` (Graphviz's output as it was); a
    /// rejected one is `<key>.failed`: the exit status, a NUL, the
    /// messages, a NUL, the output.
    private func lookup(_ key: String) -> GraphvizRunner.Outcome? {
        if let data = FileManager.default.contents(atPath: file(key, "out").path) {
            return .success(output: String(decoding: data, as: UTF8.self))
        }
        guard let data = FileManager.default.contents(atPath: file(key, "failed").path) else { return nil }
        let parts = data.split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, let status = Int32(String(decoding: parts[0], as: UTF8.self)) else { return nil }
        return .failed(
            status: status, output: String(decoding: parts[2], as: UTF8.self),
            messages: String(decoding: parts[1], as: UTF8.self))
    }

    private func store(_ outcome: GraphvizRunner.Outcome, key: String) {
        switch outcome {
        case .success(let output):
            write(Data(output.utf8), to: file(key, "out"))
        case .failed(let status, let output, let messages) where !messages.utf8.contains(0):
            write(Data("\(status)\0\(messages)\0\(output)".utf8), to: file(key, "failed"))
        case .failed, .timedOut, .killed, .notStarted:
            break
        }
    }

    private func file(_ key: String, _ kind: String) -> URL {
        folder.appendingPathComponent("\(key).\(kind)")
    }

    /// Temporary file, then rename: a reader sees the whole entry or none.
    private func write(_ data: Data, to target: URL) {
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: temporary)
            if rename(temporary.path, target.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
        }
    }
}
