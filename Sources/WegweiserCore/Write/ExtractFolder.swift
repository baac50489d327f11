import Foundation

/// The folder of `generate --extracts`. Every page is written atomically;
/// afterwards the pages an earlier run wrote for institutions that no
/// longer exist are removed, so the folder never hands out a stale page.
/// Only files wegweiser wrote (an HTML page whose head names wegweiser as
/// generator) are removed; anything else in the folder stays.
struct ExtractFolder {
    let path: String

    /// The head of every page wegweiser writes, whichever version wrote it.
    static let generatorMark = Array(#"<meta name="generator" content=""#.utf8) + Array((WegweiserVersion.name + " ").utf8)

    /// Writes the pages and removes stale ones; returns the paths written.
    func replace(with files: [DistrictOutput.ExtractFile]) throws -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw AtomicFile.Failure(path: path, reason: "the folder cannot be created")
        }
        var written: [String] = []
        for file in files {
            // The names come from validated ids; nothing may leave the folder regardless.
            guard !file.name.contains("/"), !file.name.hasPrefix("."), file.name.hasSuffix(".html") else {
                throw AtomicFile.Failure(path: path + "/" + file.name, reason: "not a valid page name")
            }
            let target = path + "/" + file.name
            try AtomicFile.write(file.text.utf8, to: target)
            written.append(target)
        }
        removeStale(keeping: Set(files.map(\.name)))
        return written
    }

    /// Best effort: a page that cannot be read or removed stays.
    private func removeStale(keeping names: Set<String>) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for entry in entries.sorted() where entry.hasSuffix(".html") && !entry.hasPrefix(".") && !names.contains(entry) {
            let file = path + "/" + entry
            if Self.isWrittenByWegweiser(file) { unlink(file) }
        }
    }

    static func isWrittenByWegweiser(_ file: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: file) else { return false }
        defer { try? handle.close() }
        let head = Array((try? handle.read(upToCount: 2048)) ?? Data())
        return head.firstIndex(of: generatorMark) != nil
    }
}
