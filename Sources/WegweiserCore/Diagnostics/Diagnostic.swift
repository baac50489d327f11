/// One problem found in the input: a value, never an exception.
///
/// The message says what is wrong in words a workshop participant understands;
/// `suggestion` is a did-you-mean candidate, `hint` says how to fix it, and
/// `notes` point at a second place ("first defined here").
public struct Diagnostic: Hashable, Sendable {
    public enum Severity: String, Sendable, Comparable, Codable {
        case warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .warning && rhs == .error
        }
    }

    public struct Note: Hashable, Sendable {
        public var message: String
        public var location: SourceLocation

        public init(_ message: String, at location: SourceLocation) {
            self.message = message
            self.location = location
        }
    }

    public var rule: Rule
    public var severity: Severity
    public var message: String
    public var location: SourceLocation
    public var suggestion: String?
    public var hint: String?
    public var notes: [Note]

    public init(
        _ rule: Rule, _ message: String, at location: SourceLocation,
        suggestion: String? = nil, hint: String? = nil, notes: [Note] = [],
        severity: Severity? = nil
    ) {
        self.rule = rule
        self.severity = severity ?? rule.severity
        self.message = message
        self.location = location
        self.suggestion = suggestion
        self.hint = hint
        self.notes = notes
    }

    /// The message with its did-you-mean, as printed after "error:".
    public var fullMessage: String {
        guard let suggestion else { return message }
        return "\(message) (did you mean '\(suggestion)'?)"
    }
}

extension Diagnostic: Comparable {
    /// Reports are sorted by place so that output is stable and reads top to bottom.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.rule != rhs.rule { return lhs.rule.rawValue < rhs.rule.rawValue }
        return lhs.message < rhs.message
    }
}

/// Collects diagnostics while one district or catalogue is processed.
public struct DiagnosticLog: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    public mutating func report(
        _ rule: Rule, _ message: String, at location: SourceLocation,
        suggestion: String? = nil, hint: String? = nil, notes: [Diagnostic.Note] = []
    ) {
        report(Diagnostic(rule, message, at: location, suggestion: suggestion, hint: hint, notes: notes))
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

extension Diagnostic {
    /// The same diagnostic with its file and its notes' files renamed: how
    /// a copy (of a git revision, of a test fixture) is shown as the user knows it.
    public func renamingFiles(_ rename: (String) -> String) -> Diagnostic {
        var copy = self
        copy.location.file = rename(location.file)
        copy.notes = notes.map { note in
            var note = note
            note.location.file = rename(note.location.file)
            return note
        }
        return copy
    }
}
