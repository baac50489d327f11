import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `map` on every core at once; the results keep the order of the
    /// elements, so whatever is printed or written from them afterwards is
    /// the same as after a sequential run.
    public func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = OrderedResults<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.store(transform(self[index]), at: index)
        }
        return results.values
    }
}

/// Runs two independent pieces of work at once, on two cores when there
/// are; returns both results, or throws the first one's error before the
/// second one's, as running them one after the other would.
func inParallel<A: Sendable, B: Sendable>(
    _ first: @Sendable () throws -> A, _ second: @Sendable () throws -> B
) throws -> (A, B) {
    let (a, b) = atOnce({ Result { try first() } }, { Result { try second() } })
    return (try a.get(), try b.get())
}

/// Runs two independent pieces of work at once, on two cores when there are.
func atOnce<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
    let results = OrderedResults<Either<A, B>>(count: 2)
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        results.store(index == 0 ? .first(first()) : .second(second()), at: index)
    }
    guard case .first(let a) = results.values[0], case .second(let b) = results.values[1] else {
        preconditionFailure("each slot holds what its closure returned")
    }
    return (a, b)
}

private enum Either<A: Sendable, B: Sendable>: Sendable {
    case first(A)
    case second(B)
}

/// One slot per element, filled from several threads.
final class OrderedResults<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ value: T, at index: Int) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [T] { slots.map { $0! } }

    /// The slots as filled so far, nil where nothing was stored.
    var filled: [T?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
