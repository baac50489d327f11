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
}
