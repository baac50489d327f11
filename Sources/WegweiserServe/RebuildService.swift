import ServiceLifecycle

/// Rebuilds the page after each (debounced) save and keeps the event streams
/// alive; on shutdown it ends the streams.
struct RebuildService: Service {
    var builder: PreviewBuilder
    var state: PreviewState
    var debouncer: Debouncer
    var keepAliveInterval: Duration
    var report: @Sendable (PreviewServer.Event) -> Void

    func run() async throws {
        await cancelWhenGracefulShutdown {
            await withTaskGroup(of: Void.self) { group in
                group.addTask { await rebuildOnChange() }
                group.addTask { await keepAlive() }
            }
        }
        await state.close()
    }

    private func rebuildOnChange() async {
        var version = await state.page.version
        await debouncer.run { firstSave in
            version += 1
            let page = await builder.buildInBackground(version: version)
            await state.publish(page)
            report(.rebuilt(page: page, latency: firstSave.duration(to: .now)))
        }
    }

    private func keepAlive() async {
        while !Task.isCancelled {
            do { try await Task.sleep(for: keepAliveInterval) } catch { return }
            await state.keepAlive()
        }
    }
}
