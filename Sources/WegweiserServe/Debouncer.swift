import Foundation

/// Turns a burst of change signals into one rebuild: the action runs once the
/// signals have been quiet for `delay`. A signal during the action runs it once
/// more afterwards, so the last save is always built.
public final class Debouncer: Sendable {
    public let delay: Duration
    private let signals: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation
    private let generation = LockedValue(0)
    /// When the first signal of the burst being waited for came, for the latency report.
    private let burstStart = LockedValue<ContinuousClock.Instant?>(nil)

    public init(delay: Duration) {
        self.delay = delay
        // One pending signal is enough: it means "something changed since the last build".
        (signals, continuation) = AsyncStream.makeStream(bufferingPolicy: .bufferingNewest(1))
    }

    /// Something changed; safe to call from any thread.
    public func signal() {
        let now = ContinuousClock.now
        generation.withLock { $0 += 1 }
        burstStart.withLock { start in if start == nil { start = now } }
        continuation.yield()
    }

    /// Stops `run` after the action in progress, if any.
    public func finish() { continuation.finish() }

    /// Runs until `finish` or cancellation; `action` gets the moment of the burst's first signal.
    public func run(_ action: (ContinuousClock.Instant) async -> Void) async {
        var built = 0
        for await _ in signals {
            // A signal that came while waiting below is already in that build.
            if generation.withLock({ $0 }) == built { continue }
            // Wait until no signal came for `delay`.
            while true {
                built = generation.withLock { $0 }
                do { try await Task.sleep(for: delay) } catch { return }
                if generation.withLock({ $0 }) == built { break }
            }
            let start = burstStart.withLock { start in
                defer { start = nil }
                return start ?? .now
            }
            await action(start)
        }
    }
}

/// A value behind a lock (Synchronization's Mutex needs macOS 15).
final class LockedValue<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) { self.value = value }

    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
