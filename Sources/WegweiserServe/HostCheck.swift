import Hummingbird

/// Answers only requests addressed to the loopback server by a loopback name.
/// A web page the browser opened elsewhere could otherwise point its own host
/// name at 127.0.0.1 (DNS rebinding) and read the paper with its contact data.
struct HostCheck: Sendable {
    /// The port the server listens on; nil: every host is accepted (`--host` given).
    var port: Int?

    func allows(_ request: Request) -> Bool {
        guard let port else { return true }
        guard let authority = request.head.authority else { return false }
        return Self.loopbackNames.contains { authority == "\($0):\(port)" }
    }

    static let loopbackNames = ["127.0.0.1", "localhost", "[::1]"]
}
