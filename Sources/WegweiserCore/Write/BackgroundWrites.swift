import Dispatch

/// Writes districts' files on threads of their own while the next districts
/// render. Every file is flushed to disk before it replaces the old one
/// (`AtomicFile`); a core that waited for the disk itself would stand idle
/// for about a millisecond per file, which for all of Germany was a fifth of
/// the run.
public final class BackgroundWrites<Result: Sendable>: @unchecked Sendable {
    /// Serial queues, each with a thread of its own even while the rendering
    /// keeps every core busy.
    private let queues: [DispatchQueue]
    private let group = DispatchGroup()
    /// Bounds the rendered districts held in memory waiting for a writer.
    private let backlog: DispatchSemaphore
    private let results: OrderedResults<Result>

    /// - Parameters:
    ///   - count: the number of slots, one per district.
    ///   - writers: writes running at once.
    ///   - backlog: writes waiting or running before `submit` waits.
    public init(count: Int, writers: Int = 2, backlog: Int = 4) {
        queues = (0..<writers).map { DispatchQueue(label: "wegweiser.write.\($0)") }
        self.backlog = DispatchSemaphore(value: backlog)
        results = OrderedResults(count: count)
    }

    /// Runs `write` on a writer thread and keeps its result in slot `index`;
    /// waits first while `backlog` writes are pending.
    public func submit(at index: Int, _ write: @escaping @Sendable () -> Result) {
        backlog.wait()
        queues[index % queues.count].async(group: group) {
            self.results.store(write(), at: index)
            self.backlog.signal()
        }
    }

    /// Waits for every write; the results by slot, nil where nothing was submitted.
    public func finish() -> [Result?] {
        group.wait()
        return results.filled
    }
}
