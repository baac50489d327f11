import Hummingbird

/// `GET /` (the paper, or the problems) and `GET /diagnostics`, built pages
/// served as they are, never cached, with a content security policy that lets
/// only the preview's own script run.
enum PageRoutes {
    static func response(html: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        headers[.contentSecurityPolicy] = contentSecurityPolicy
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    static func text(_ status: HTTPResponse.Status, _ message: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: message + "\n")))
    }

    /// For a request addressed by another host name than the loopback ones.
    static let misdirected = text(.misdirectedRequest, "wegweiser serve answers only to http://127.0.0.1 and http://localhost")

    /// Inline styles (the paper's CSS, the SVG) and the live-reload script by its
    /// nonce; nothing loaded from elsewhere, no other script.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; script-src 'nonce-\(LiveReload.nonce)'; "
        + "connect-src 'self'; base-uri 'none'; form-action 'none'"
}
