import Foundation
import Testing
@testable import WegweiserServe

/// The parts of `wegweiser serve` that notice saves: the folder watchers and the debouncer.
@Suite struct ServeWatchTests {
    /// Counts calls from any thread.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func increment() { lock.withLock { value += 1 } }
        var count: Int { lock.withLock { value } }

        /// Waits (generously) until the count reached `target`.
        func wait(for target: Int, timeout: Duration = .seconds(20)) async -> Int {
            let deadline = ContinuousClock.now + timeout
            while count < target, ContinuousClock.now < deadline { try? await Task.sleep(for: .milliseconds(10)) }
            return count
        }
    }

    @Test func aBurstOfSignalsRebuildsOnceAndALaterSignalOnceMore() async throws {
        let debouncer = Debouncer(delay: .milliseconds(50))
        let builds = Counter()
        let running = Task { await debouncer.run { _ in builds.increment() } }
        defer { running.cancel() }

        for _ in 0..<20 { debouncer.signal() }
        #expect(await builds.wait(for: 1) == 1)
        // The signals that came while it waited are in that build: no second one follows.
        try await Task.sleep(for: .milliseconds(300))
        #expect(builds.count == 1)

        debouncer.signal()
        #expect(await builds.wait(for: 2) == 2)
        debouncer.finish()
        await running.value
    }

    @Test func aSignalDuringABuildIsBuiltAfterIt() async throws {
        let debouncer = Debouncer(delay: .milliseconds(20))
        let builds = Counter()
        let running = Task {
            await debouncer.run { _ in
                builds.increment()
                // The second save comes while the first build runs.
                if builds.count == 1 { debouncer.signal() }
            }
        }
        defer { running.cancel() }
        debouncer.signal()
        #expect(await builds.wait(for: 2) == 2)
        debouncer.finish()
        await running.value
        #expect(builds.count == 2)
    }

    #if canImport(Glibc)
    @Test func inotifySeesSavesRenamesNewFoldersAndDeletions() async throws {
        try await checkWatcher(forcePolling: false)
    }
    #endif

    @Test func pollingSeesSavesRenamesNewFoldersAndDeletions() async throws {
        try await checkWatcher(forcePolling: true)
    }

    private func checkWatcher(forcePolling: Bool) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wegweiser-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("district.yaml")
        try Data("district: {}\n".utf8).write(to: file)

        let changes = Counter()
        let watcher = FolderWatchers.start(folders: [folder.path], forcePolling: forcePolling) { changes.increment() }
        defer { watcher.stop() }
        #expect((watcher is PollingFolderWatcher) == forcePolling)

        // A save in place.
        try Data("district: {id: a}\n".utf8).write(to: file)
        #expect(await changes.wait(for: 1) >= 1)

        // An editor's save: a temporary file renamed over the original.
        var seen = changes.count
        let temporary = folder.appendingPathComponent(".district.yaml.swp")
        try Data("district: {id: b}\n".utf8).write(to: temporary)
        #expect(rename(temporary.path, file.path) == 0)
        #expect(await changes.wait(for: seen + 1) > seen)

        // A new folder, then a file in it.
        try await Task.sleep(for: .milliseconds(250))
        seen = changes.count
        let partner = folder.appendingPathComponent("partner")
        try FileManager.default.createDirectory(at: partner, withIntermediateDirectories: true)
        #expect(await changes.wait(for: seen + 1) > seen)
        try await Task.sleep(for: .milliseconds(250))
        seen = changes.count
        try Data("institutions: []\n".utf8).write(to: partner.appendingPathComponent("agentur.yml"))
        #expect(await changes.wait(for: seen + 1) > seen)

        // Files the loader does not read change nothing.
        try await Task.sleep(for: .milliseconds(250))
        seen = changes.count
        try Data("notes\n".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        try await Task.sleep(for: .milliseconds(400))
        #expect(changes.count == seen)

        // A deleted file.
        try FileManager.default.removeItem(at: partner.appendingPathComponent("agentur.yml"))
        #expect(await changes.wait(for: seen + 1) > seen)
    }
}
