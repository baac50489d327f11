import Foundation
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
            if problem == "could not find expected ':'", let context, context.text == "while scanning a simple key" {
                // libyaml notices the missing ':' only at the next line; the key without it is the mistake.
                return Diagnostic(
                    .yamlSyntax, "YAML syntax error: could not find expected ':'", at: at(context.mark),
                    hint: syntaxHint(problem: problem, context: context.text, mark: context.mark, text: source.text),
                    notes: at(context.mark) == at(mark) ? [] : [.init("the next key or value starts here", at: at(mark))])
            }
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
            // "    type: x" under "    name: y" indented further: the only ':' of its line is no quoting matter.
            if !line.prefix(max(0, mark.column - 1)).contains(":") {
                return "check the indentation: this key is indented further than the keys above it, so it is read as part of their value"
            }
            return "a text containing ': ' must be put in quotes"
        case "did not find expected key", "did not find expected '-' indicator":
            return "check the indentation: entries of one list or mapping must start in the same column"
        case "could not find expected ':'":
            return "a key needs a ':' after it; a text over several lines must be put in quotes"
        case "found unexpected end of stream":
            return "check the quotes: every \" or ' that opens a text must be closed"
        case "found unknown escape character", "did not find expected hexdecimal number",
            "found invalid Unicode character escape code":
            return "in double quotes a backslash starts an escape such as \\n; write \\\\ for a backslash, or use single quotes"
        case "did not find expected ',' or ']'":
            return "close the list with ']' and separate its entries with ','; put a text containing ',' or ']' in quotes"
        case "did not find expected ',' or '}'":
            return "close the mapping with '}' and separate its entries with ','; put a text containing ',' or '}' in quotes"
        case "block sequence entries are not allowed in this context":
            return "a list entry '- ' starts on a line of its own; a text starting with '- ' must be put in quotes"
        case "found undefined tag handle":
            return "a value starting with ! must be put in quotes"
        case "did not find expected <document start>":
            return "remove the '...' line; a file holds one YAML document"
        case "found incompatible YAML document", "found duplicate %YAML directive":
            return "remove the '%YAML' line; a district file needs no directives"
        case "did not find expected node content":
            return "a value is missing here: remove the stray ',' or bracket, or put the text in quotes"
        case "did not find expected alphabetic or numeric character" where context?.hasPrefix("while scanning an a") == true:
            return "'&' and '*' start YAML anchors and aliases, which are not supported; put a text starting with them in quotes"
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

    /// The text of line `number` (1-based), without its line break. Lines end
    /// where libyaml ends them (LF, CR LF, CR, NEL, LS, PS), so the excerpt is
    /// the line the diagnostic names. Source excerpts ask once per diagnostic:
    /// the lines of a text are found once and kept, so that ten thousand
    /// diagnostics in one file do not split it ten thousand times.
    static func lineText(_ number: Int, in text: String) -> Substring {
        let lines = LineTable.shared.lines(of: text)
        guard number >= 1, number <= lines.count else { return "" }
        return text[lines[number - 1]]
    }
}

/// The line ranges of the last few texts asked about.
private final class LineTable: @unchecked Sendable {
    static let shared = LineTable()
    private let lock = NSLock()
    /// The texts are kept, so comparing one with the text asked about is
    /// immediate when it is the same string (as SourceCache hands it out).
    private var recent: [(text: String, lines: [Range<String.Index>])] = []

    func lines(of text: String) -> [Range<String.Index>] {
        lock.lock()
        defer { lock.unlock() }
        if let found = recent.first(where: { $0.text == text }) { return found.lines }
        let lines = Self.split(text)
        recent.append((text, lines))
        if recent.count > 8 { recent.removeFirst() }
        return lines
    }

    static func split(_ text: String) -> [Range<String.Index>] {
        let scalars = text.unicodeScalars
        var lines: [Range<String.Index>] = []
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            switch scalars[index] {
            case "\r", "\n", "\u{85}", "\u{2028}", "\u{2029}":
                lines.append(start..<index)
                let isCR = scalars[index] == "\r"
                index = scalars.index(after: index)
                if isCR, index < scalars.endIndex, scalars[index] == "\n" { index = scalars.index(after: index) }
                start = index
            default:
                index = scalars.index(after: index)
            }
        }
        lines.append(start..<scalars.endIndex)
        return lines
    }
}
