import Foundation

/// The text of the files named in diagnostics, read once, for source excerpts.
public final class SourceCache: @unchecked Sendable {
    private var texts: [String: String?] = [:]
    private let lock = NSLock()
    private let limits: Limits

    public init(limits: Limits = .standard) { self.limits = limits }

    public func text(of path: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        if let cached = texts[path] { return cached }
        var text: String?
        if path.hasPrefix(CatalogLoader.embeddedOrigin + "/") {
            let name = String(path.dropFirst(CatalogLoader.embeddedOrigin.count + 1))
            text = DefaultCatalog.files.first { $0.name == name }.map { String(decoding: $0.bytes, as: UTF8.self) }
        } else if FolderScan.entryKind(path) == .file || FolderScan.entryKind(path) == .link,
            let bytes = FolderScan.read(path, limit: limits.maxFileBytes), bytes.count <= limits.maxFileBytes
        {
            text = String(decoding: bytes, as: UTF8.self)
        }
        texts[path] = text
        return text
    }
}
