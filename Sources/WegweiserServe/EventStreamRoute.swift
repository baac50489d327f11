import Hummingbird

/// `GET /events`: server-sent events, one `reload` event per new version and
/// a keep-alive comment now and then.
enum EventStreamRoute {
    static func response(for request: Request, state: PreviewState) async -> Response {
        let shown = request.uri.queryParameters.get("version", as: Int.self)
        let events = await state.subscribe(showing: shown)
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                // A browser that lost the stream tries again after a second.
                try await writer.write(ByteBuffer(string: "retry: 1000\n: wegweiser preview\n\n"))
                for await event in events {
                    try await writer.write(ByteBuffer(string: wireText(event)))
                }
                try await writer.finish(nil)
            })
    }

    static func wireText(_ event: PreviewState.Event) -> String {
        switch event {
        case .reload(let version): "event: \(LiveReload.reloadEvent)\ndata: \(version)\n\n"
        case .keepAlive: ": keep-alive\n\n"
        }
    }
}
