import Yams

extension YAMLReader {
    /// Turns a libyaml error into a diagnostic at its place, in plain words
    /// where libyaml's own are cryptic.
    static func diagnostic(for error: YamlError, in source: SourceText) -> Diagnostic {
        let path = source.path
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: path, line: mark.line, column: mark.column) }
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            if problem == "but found another document" {
                return Diagnostic(
                    .multipleDocuments, "the file holds more than one YAML document ('---')", at: at(mark),
                    hint: "put each part in a file of its own, or remove the '---' line")
            }
            if problem == "found undefined alias" {
                return Diagnostic(.yamlAlias, "YAML aliases are not supported", at: at(mark))
            }
            var notes: [Diagnostic.Note] = []
            if let context, at(context.mark) != at(mark) {
                notes.append(.init(context.text, at: at(context.mark)))
            }
            return Diagnostic(
                .yamlSyntax, "YAML syntax error: \(problem)", at: at(mark),
                hint: syntaxHint(problem: problem, context: context?.text, mark: mark, text: source.text), notes: notes)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.sorted().first ?? "?"
            let first = at(context.mark)
            let second = secondOccurrence(of: key, after: first, in: source.text)
            return Diagnostic(
                .duplicateKey, "the key '\(key)' appears twice in the same mapping", at: second ?? first,
                hint: "keep one of them; YAML does not allow a key twice",
                notes: second == nil ? [] : [.init("first written here", at: first)])
        case .reader(let problem, _, _, _):
            return Diagnostic(.invalidEncoding, "the file could not be decoded: \(problem)", at: .start(of: path))
        default:
            return Diagnostic(.yamlSyntax, "the file could not be read as YAML: \(error)", at: .start(of: path))
        }
    }

    private static func syntaxHint(problem: String, context: String?, mark: Mark, text: String) -> String? {
        let line = lineText(mark.line, in: text)
        if line.prefix(mark.column).contains("\t") || problem.contains("tab") {
            return "indent with spaces; YAML does not allow tabs for indentation"
        }
        switch problem {
        case "mapping values are not allowed in this context":
            return "a text containing ': ' must be put in quotes"
        case "did not find expected key", "did not find expected '-' indicator":
            return "check the indentation: entries of one list or mapping must start in the same column"
        case "could not find expected ':'":
            return "a key needs a ':' after it; a text over several lines must be put in quotes"
        case "found unexpected end of stream", "found unknown escape character":
            return "check the quotes: every \" or ' that opens a text must be closed"
        case "found character that cannot start any token":
            return "a value starting with @ or ` must be put in quotes"
        default:
            return nil
        }
    }

    /// Yams names the first of two equal keys; the second one is where the
    /// mistake usually is. Look for it at the same column further down, until
    /// a line indented less than the key ends its mapping.
    private static func secondOccurrence(of key: String, after mark: SourceLocation, in text: String) -> SourceLocation? {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (index, line) in lines.enumerated() where index + 1 > mark.line {
            let scalars = Array(line.unicodeScalars)
            guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "-" }), scalars[first] != "#" else {
                continue  // blank line or comment
            }
            let keyStart = mark.column - 1
            if first < keyStart { return nil }
            guard first == keyStart else { continue }
            let rest = String(String.UnicodeScalarView(scalars[keyStart...]))
            for spelling in [key, "\"\(key)\"", "'\(key)'"] where rest.hasPrefix(spelling + ":") {
                return SourceLocation(file: mark.file, line: index + 1, column: mark.column)
            }
        }
        return nil
    }

    static func lineText(_ number: Int, in text: String) -> Substring {
        var current = 0
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            current += 1
            if current == number { return line }
        }
        return ""
    }
}
