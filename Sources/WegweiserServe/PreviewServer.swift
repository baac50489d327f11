import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import UnixSignals

/// `wegweiser serve`: the paper of one district on a local web server,
/// rebuilt when its files are saved, the browser reloading by itself.
public struct PreviewServer: Sendable {
    public var builder: PreviewBuilder
    public var host: String
    /// 0: any free port.
    public var port: Int
    /// Quiet time after the last save before a rebuild: editors save in bursts.
    public var debounce: Duration
    public var keepAliveInterval: Duration

    public init(
        builder: PreviewBuilder, host: String = "127.0.0.1", port: Int = 8080, debounce: Duration = .milliseconds(50),
        keepAliveInterval: Duration = .seconds(15)
    ) {
        self.builder = builder
        self.host = host
        self.port = port
        self.debounce = debounce
        self.keepAliveInterval = keepAliveInterval
    }

    /// What happened, for the command to tell the user.
    public enum Event: Sendable {
        /// Listening at this URL, with the first version built.
        case ready(url: String, page: PreviewPage)
        /// A new version is served, `latency` after the first save of its burst.
        case rebuilt(page: PreviewPage, latency: Duration)
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Whether the host is a loopback address, reachable from this machine only.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// Serves until SIGINT or SIGTERM, then shuts down cleanly.
    public func run(report: @escaping @Sendable (Event) -> Void) async throws {
        // Watching starts before the first build, so a save during it is built next.
        let debouncer = Debouncer(delay: debounce)
        let watcher = FolderWatchers.start(folders: builder.watchedFolders()) { debouncer.signal() }
        defer { watcher.stop() }
        let state = PreviewState(page: await builder.buildInBackground(version: 1))

        let logger = Logger(label: "wegweiser-serve") { _ in SwiftLogNoOpLogHandler() }
        let boundPort = LockedValue<Int?>(nil)
        let hostCheck = { @Sendable () -> HostCheck in
            HostCheck(port: Self.isLoopback(host) ? boundPort.withLock { $0 } : nil, host: host)
        }
        let application = Application(
            router: router(state: state, hostCheck: hostCheck),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in
                let actualPort = channel.localAddress?.port ?? port
                boundPort.withLock { $0 = actualPort }
                await report(.ready(url: Self.url(host: host, port: actualPort), page: state.page))
            },
            logger: logger)
        let rebuilds = RebuildService(
            builder: builder, state: state, debouncer: debouncer, keepAliveInterval: keepAliveInterval, report: report)
        // Services shut down in reverse order: the rebuilds first, which ends the
        // event streams, so the server does not wait for browsers to let go.
        var configuration = ServiceGroupConfiguration(services: [application, rebuilds], logger: logger)
        configuration.gracefulShutdownSignals = [.sigint, .sigterm]
        configuration.maximumGracefulShutdownDuration = .seconds(3)
        do {
            try await ServiceGroup(configuration: configuration).run()
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw Failure(description: "port \(port) on \(host) is in use; choose another with --port, or --port 0 for any free one")
        } catch let error as IOError {
            throw Failure(description: "cannot serve on \(host):\(port): \(error)")
        }
    }

    static func url(host: String, port: Int) -> String {
        "http://\(host.contains(":") ? "[\(host)]" : host):\(port)/"
    }

    private func router(state: PreviewState, hostCheck: @escaping @Sendable () -> HostCheck) -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/") { request, _ -> Response in
            guard hostCheck().allows(request) else { return PageRoutes.misdirected }
            return PageRoutes.response(html: await state.page.html)
        }
        router.get("/diagnostics") { request, _ -> Response in
            guard hostCheck().allows(request) else { return PageRoutes.misdirected }
            return PageRoutes.response(html: await state.page.diagnosticsHTML)
        }
        router.get("/\(LiveReload.eventsPath)") { request, _ -> Response in
            guard hostCheck().allows(request) else { return PageRoutes.misdirected }
            return await EventStreamRoute.response(for: request, state: state)
        }
        return router
    }
}
