import Foundation

/// Diagnostics as JSON, for tools: stable key order, documented in docs/diagnostics.md.
public enum JSONFormatter {
    struct Output: Encodable {
        struct District: Encodable {
            var id: String
            var path: String
            var errors: Int
            var warnings: Int
        }
        struct Place: Encodable {
            var file: String
            var line: Int
            var column: Int
            var message: String?
        }
        struct Entry: Encodable {
            var rule: String
            var severity: Diagnostic.Severity
            var file: String
            var line: Int
            var column: Int
            var message: String
            var suggestion: String?
            var hint: String?
            var notes: [Place]
        }
        struct Summary: Encodable {
            var errors: Int
            var warnings: Int
            var passed: Bool
        }
        var version = 1
        var districts: [District]
        var diagnostics: [Entry]
        var summary: Summary
    }

    public static func format(
        reports: [DistrictReport], catalogDiagnostics: [Diagnostic], strict: Bool
    ) -> String {
        let all = catalogDiagnostics + reports.flatMap(\.diagnostics)
        let errors = all.filter { $0.severity == .error }.count
        let output = Output(
            districts: reports.map { .init(id: $0.id, path: $0.path, errors: $0.errorCount, warnings: $0.warningCount) },
            diagnostics: all.map { d in
                .init(
                    rule: d.rule.rawValue, severity: d.severity, file: d.location.file, line: d.location.line,
                    column: d.location.column, message: d.message, suggestion: d.suggestion, hint: d.hint,
                    notes: d.notes.map { .init(file: $0.location.file, line: $0.location.line, column: $0.location.column, message: $0.message) })
            },
            summary: .init(errors: errors, warnings: all.count - errors, passed: strict ? all.isEmpty : errors == 0))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(output)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// Diagnostics as GitHub Actions workflow commands, shown as annotations on
/// the changed lines of a pull request.
public enum GitHubFormatter {
    public static func format(_ diagnostic: Diagnostic) -> String {
        let location = diagnostic.location
        var message = diagnostic.fullMessage
        if let hint = diagnostic.hint { message += "\nhint: \(hint)" }
        let properties = "file=\(escapeProperty(location.file)),line=\(location.line),col=\(location.column),title=\(escapeProperty(diagnostic.rule.rawValue))"
        return "::\(diagnostic.severity.rawValue) \(properties)::\(escapeData(message))\n"
    }

    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
