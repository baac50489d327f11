import Hummingbird

/// Answers only requests addressed to the loopback server by a loopback name.
/// A web page the browser opened elsewhere could otherwise point its own host
/// name at 127.0.0.1 (DNS rebinding) and read the paper with its contact data.
struct HostCheck: Sendable {
    /// The port the server listens on; nil: every host is accepted (`--host`
    /// names an address reachable from the network).
    var port: Int?
    /// The loopback address the server listens on (`--host 127.0.0.2`, say),
    /// which its printed URL names.
    var host = "127.0.0.1"

    func allows(_ request: Request) -> Bool {
        guard let port else { return true }
        guard let authority = request.head.authority else { return false }
        let names = Self.loopbackNames + [host.contains(":") ? "[\(host)]" : host]
        // On port 80 browsers leave the port out of the Host header.
        return names.contains { authority == "\($0):\(port)" || (port == 80 && authority == $0) }
    }

    static let loopbackNames = ["127.0.0.1", "localhost", "[::1]"]
}
