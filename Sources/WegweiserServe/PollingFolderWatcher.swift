import Foundation
import WegweiserCore

/// Compares the YAML files' sizes, modification times and inodes every
/// `interval`: for systems or folders where inotify is not available.
final class PollingFolderWatcher: FolderWatcher, @unchecked Sendable {
    private struct Stamp: Equatable {
        var size: Int64
        var modified: Int
        var modifiedNanoseconds: Int
        var inode: UInt64
    }

    private let task: Task<Void, Never>

    init(folders: [String], interval: Duration = .milliseconds(100), onChange: @escaping @Sendable () -> Void) {
        // The first snapshot before returning: a save right after start is a change.
        let first = Self.snapshot(folders)
        task = Task.detached {
            var last = first
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                let now = Self.snapshot(folders)
                if now != last { onChange() }
                last = now
            }
        }
    }

    func stop() { task.cancel() }

    private static func snapshot(_ roots: [String]) -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        for root in roots {
            for folder in FolderScan.foldersBelow(root) {
                // A folder counts by its existence only: its own time changes with any file in it.
                stamps[folder] = Stamp(size: 0, modified: 0, modifiedNanoseconds: 0, inode: 0)
                let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
                for name in names where FolderScan.readsFile(named: name) {
                    stamps[folder + "/" + name] = stamp(folder + "/" + name)
                }
            }
        }
        return stamps
    }

    private static func stamp(_ path: String) -> Stamp {
        var info = stat()
        guard stat(path, &info) == 0 else { return Stamp(size: -1, modified: 0, modifiedNanoseconds: 0, inode: 0) }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return Stamp(
            size: Int64(info.st_size), modified: Int(time.tv_sec), modifiedNanoseconds: Int(time.tv_nsec),
            inode: UInt64(info.st_ino))
    }
}
