import Foundation

/// Watches folders (recursively) for saves of YAML files: changed, new,
/// deleted and renamed files, including the rename editors save with.
/// `onChange` may be called from any thread, once per event: debounce it.
public protocol FolderWatcher: AnyObject, Sendable {
    func stop()
}

public enum FolderWatchers {
    /// inotify on Linux; polling elsewhere, when inotify is out of watches, or
    /// with `WEGWEISER_WATCH=poll` (for network folders, where inotify sees nothing).
    public static func start(
        folders: [String], forcePolling: Bool = ProcessInfo.processInfo.environment["WEGWEISER_WATCH"] == "poll",
        onChange: @escaping @Sendable () -> Void
    ) -> any FolderWatcher {
        #if canImport(Glibc)
        if !forcePolling, let watcher = InotifyFolderWatcher(folders: folders, onChange: onChange) { return watcher }
        #endif
        return PollingFolderWatcher(folders: folders, onChange: onChange)
    }

    /// Whether a file of this name is part of a district or catalogue, as the loader reads them.
    static func isWatchedFile(_ name: String) -> Bool {
        !name.hasPrefix(".") && (name.hasSuffix(".yaml") || name.hasSuffix(".yml"))
    }

    /// The folder and every folder below it (not hidden ones, as the loader skips them).
    static func foldersBelow(_ root: String) -> [String] {
        var result: [String] = []
        var pending = [root]
        while let folder = pending.popLast() {
            result.append(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names.sorted() where !name.hasPrefix(".") {
                let path = folder + "/" + name
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                    pending.append(path)
                }
            }
        }
        return result
    }
}
