import WegweiserCore

/// The page shown instead of the paper while the files have errors (and at
/// `/diagnostics`): every diagnostic as the command line prints it, without
/// colours, with file, line, column, severity, message, rule id and the
/// source excerpt. Self-contained; everything from the files is escaped.
struct ProblemsPage {
    var districtID: String
    var diagnostics: [Diagnostic]
    /// Problems that are no diagnostics: a Schaubild Graphviz could not draw, say.
    var failures: [String] = []
    /// Reads a file named in a diagnostic, for the source excerpt.
    var source: @Sendable (String) -> String?

    func render(version: Int) -> String {
        let formatter = TextFormatter(color: false, source: source)
        let errors = diagnostics.filter { $0.severity == .error }.count + failures.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        let heading = errors > 0
            ? "Das Papier für \(districtID) kann nicht erzeugt werden"
            : "Hinweise zum Papier für \(districtID)"
        var html = """
            <!DOCTYPE html>
            <html lang="de">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(heading.htmlEscaped) – Vorschau</title>
            <style>
            \(Self.style)
            </style>
            </head>
            <body>
            <main>
            <h1>\(heading.htmlEscaped)</h1>
            <p class="summary">\(Self.counts(errors: errors, warnings: warnings).htmlEscaped). \(
                errors > 0 ? "Sobald die Dateien korrigiert und gespeichert sind, erscheint hier wieder das Papier." : "Das Papier wird trotzdem erzeugt.")</p>
            <ol class="diagnostics">

            """
        for failure in failures {
            html += "<li class=\"error\"><pre>\(("error: " + failure).htmlEscaped)</pre></li>\n"
        }
        for diagnostic in diagnostics {
            let text = formatter.format(diagnostic)
            html += "<li class=\"\(diagnostic.severity.rawValue)\"><pre>\(text.htmlEscaped)</pre></li>\n"
        }
        html += "</ol>\n</main>\n"
        return LiveReload.inject(into: html + "</body>\n</html>\n", version: version)
    }

    /// "2 Fehler und 1 Warnung", "keine Probleme".
    static func counts(errors: Int, warnings: Int) -> String {
        let errorText = "\(errors) Fehler"
        let warningText = warnings == 1 ? "1 Warnung" : "\(warnings) Warnungen"
        switch (errors, warnings) {
        case (0, 0): return "Keine Probleme"
        case (_, 0): return errorText
        case (0, _): return warningText
        default: return errorText + " und " + warningText
        }
    }

    static let style = """
        body { margin: 0; font-family: "DejaVu Sans", system-ui, sans-serif; color: #1a1a1a; background: #f6f6f4; }
        main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
        h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
        .summary { margin: 0 0 1rem; }
        ol.diagnostics { list-style: none; margin: 0; padding: 0; }
        ol.diagnostics li { background: #fff; border-left: .4rem solid #b7791f; margin: 0 0 .75rem; padding: .5rem .75rem; }
        ol.diagnostics li.error { border-left-color: #c53030; }
        pre { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; font-family: "DejaVu Sans Mono", monospace; font-size: .9rem; }
        """
}
