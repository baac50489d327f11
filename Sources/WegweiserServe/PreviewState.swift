/// The page being served and the browsers waiting for the next one.
actor PreviewState {
    enum Event: Sendable, Equatable {
        /// A new version is ready: reload.
        case reload(version: Int)
        /// A comment that keeps proxies and the browser from closing an idle stream.
        case keepAlive
    }

    private(set) var page: PreviewPage
    private var subscribers: [Int: AsyncStream<Event>.Continuation] = [:]
    private var nextSubscriber = 0
    private var closed = false

    init(page: PreviewPage) { self.page = page }

    func publish(_ newPage: PreviewPage) {
        page = newPage
        for subscriber in subscribers.values { subscriber.yield(.reload(version: newPage.version)) }
    }

    /// Events for one browser. A page older than the current one is told to reload
    /// at once, so that a version published while it connected is not missed.
    func subscribe(showing version: Int?) -> AsyncStream<Event> {
        let (events, continuation) = AsyncStream.makeStream(of: Event.self, bufferingPolicy: .bufferingNewest(8))
        guard !closed else {
            continuation.finish()
            return events
        }
        let id = nextSubscriber
        nextSubscriber += 1
        subscribers[id] = continuation
        continuation.onTermination = { [weak self] _ in Task { await self?.unsubscribe(id) } }
        if let version, version != page.version { continuation.yield(.reload(version: page.version)) }
        return events
    }

    func keepAlive() {
        for subscriber in subscribers.values { subscriber.yield(.keepAlive) }
    }

    /// Ends every stream, so that the server can shut down without waiting for browsers.
    func close() {
        closed = true
        for subscriber in subscribers.values { subscriber.finish() }
        subscribers = [:]
    }

    private func unsubscribe(_ id: Int) { subscribers[id] = nil }
}
