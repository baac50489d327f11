#if canImport(Glibc)
import Dispatch
import Glibc
import WegweiserCore

/// Linux inotify: one watch per folder, events read on a dispatch queue.
/// Folders created later are watched as they appear.
final class InotifyFolderWatcher: FolderWatcher, @unchecked Sendable {
    private let descriptor: Int32
    private let roots: [String]
    private let onChange: @Sendable () -> Void
    private let queue = DispatchQueue(label: "wegweiser.serve.inotify")
    /// Watch descriptor → folder. Touched only on `queue`.
    private var folders: [Int32: String] = [:]
    private var source: (any DispatchSourceRead)?

    private static let mask: UInt32 =
        UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO) | UInt32(IN_MOVED_FROM) | UInt32(IN_CREATE)
        | UInt32(IN_DELETE) | UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF)

    /// Nil when inotify is not available (no more instances, say): then poll.
    init?(folders roots: [String], onChange: @escaping @Sendable () -> Void) {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
        self.roots = roots
        self.onChange = onChange
        let added = queue.sync { roots.allSatisfy { watchTree($0) } }
        guard added else {
            close(descriptor)
            return nil
        }
        let source = DispatchSource.makeReadSource(fileDescriptor: descriptor, queue: queue)
        source.setEventHandler { [weak self] in self?.readEvents() }
        source.setCancelHandler { close(descriptor) }
        self.source = source
        source.resume()
    }

    func stop() {
        queue.sync {
            source?.cancel()
            source = nil
        }
    }

    /// Watches a folder and those below it; false when the kernel refuses (out of watches).
    @discardableResult
    private func watchTree(_ root: String) -> Bool {
        for folder in FolderScan.foldersBelow(root) {
            let watch = inotify_add_watch(descriptor, folder, Self.mask)
            if watch < 0 {
                if errno == ENOENT || errno == ENOTDIR || errno == EACCES { continue }
                return false
            }
            folders[watch] = folder
        }
        return true
    }

    private func readEvents() {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var changed = false
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var offset = 0
            let headerSize = MemoryLayout<inotify_event>.size
            while offset + headerSize <= count {
                let (watch, mask, nameLength) = buffer.withUnsafeBytes { bytes in
                    let event = bytes.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    return (event.wd, event.mask, Int(event.len))
                }
                let nameBytes = buffer[(offset + headerSize)..<min(count, offset + headerSize + nameLength)]
                let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                offset += headerSize + nameLength
                if handle(watch: watch, mask: mask, name: name) { changed = true }
            }
        }
        if changed { onChange() }
    }

    /// Whether the event changes what the paper is made of.
    private func handle(watch: Int32, mask: UInt32, name: String) -> Bool {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 { return true }
        if mask & UInt32(IN_IGNORED) != 0 {
            folders[watch] = nil
            return false
        }
        guard let folder = folders[watch] else { return false }
        if mask & (UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF)) != 0 {
            // A watched root that is replaced (moved away and back) is watched again.
            for root in roots where root == folder { watchTree(root) }
            return true
        }
        if mask & UInt32(IN_ISDIR) != 0 {
            guard !name.hasPrefix(".") else { return false }
            if mask & (UInt32(IN_CREATE) | UInt32(IN_MOVED_TO)) != 0 { watchTree(folder + "/" + name) }
            return true
        }
        return FolderScan.readsFile(named: name)
    }
}
#endif
