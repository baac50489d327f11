import Foundation

/// The script that makes a page reload itself when the server has a newer
/// version: an EventSource on `/events`, told which version the page shows,
/// so that a version published between loading the page and connecting is
/// not missed.
enum LiveReload {
    static let eventsPath = "events"
    static let reloadEvent = "reload"

    /// Markers around everything the preview adds to the paper, so that the
    /// paper's own bytes stay those `generate` writes.
    static let beginMarker = "<!-- wegweiser serve: live reload -->"
    static let endMarker = "<!-- /wegweiser serve -->"

    /// Names the preview's script in the content security policy, so that no
    /// other script runs, even if one slipped through escaping. Random per run.
    static let nonce: String = {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(generator.next() as UInt64, radix: 36) }.joined()
    }()

    static func script(version: Int) -> String {
        """
        <script nonce="\(nonce)">
        (function () {
          var source = new EventSource("/\(eventsPath)?version=\(version)");
          source.addEventListener("\(reloadEvent)", function () { source.close(); location.reload(); });
        })();
        </script>
        """
    }

    /// The paper with the script (and an optional banner) before its last `</body>`.
    static func inject(into html: String, version: Int, banner: String = "") -> String {
        let addition = beginMarker + "\n" + banner + script(version: version) + "\n" + endMarker + "\n"
        guard let end = html.range(of: "</body>", options: .backwards) else { return html + addition }
        var page = html
        page.insert(contentsOf: addition, at: end.lowerBound)
        return page
    }

}
