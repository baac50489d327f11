import Foundation

/// The bytes of one YAML file, checked before any YAML parser sees them:
/// size, encoding, control characters and nesting depth, each reported at
/// its line and column.
struct SourceText {
    let path: String
    let text: String

    /// Returns nil (and reports why) when the file must not be parsed.
    static func check(_ bytes: [UInt8], path: String, limits: Limits, log: inout DiagnosticLog) -> SourceText? {
        let start = SourceLocation.start(of: path)
        if bytes.count > limits.maxFileBytes {
            log.report(
                .fileTooLarge,
                "the file is larger than the limit of \(limits.maxFileBytes.formattedBytes)",
                at: start, hint: "split it into several files; every *.yaml file in the folder is read")
            return nil
        }
        var body = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            body = bytes.dropFirst(3)  // a UTF-8 byte order mark, as Windows editors write it: harmless
        } else if let encoding = foreignEncoding(bytes) {
            log.report(
                .invalidEncoding, "the file is encoded as \(encoding), not UTF-8", at: start,
                hint: "save the file as UTF-8 in your editor")
            return nil
        }
        var scanner = Scanner(path: path)
        guard let text = scanner.scan(body, limits: limits, log: &log) else { return nil }
        return SourceText(path: path, text: text)
    }

    /// UTF-32 or UTF-16, by the byte order mark, or (UTF-16 without one) by
    /// a text that starts with two ASCII characters each followed or preceded
    /// by a zero byte: otherwise it would be reported as a row of NULs.
    private static func foreignEncoding(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFF, 0xFE, 0, 0]) || bytes.starts(with: [0, 0, 0xFE, 0xFF]) { return "UTF-32" }
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16" }
        guard bytes.count >= 4 else { return nil }
        func isASCII(_ byte: UInt8) -> Bool { (0x01...0x7F).contains(byte) }
        if isASCII(bytes[0]), bytes[1] == 0, isASCII(bytes[2]), bytes[3] == 0 { return "UTF-16 (without byte order mark)" }
        if bytes[0] == 0, isASCII(bytes[1]), bytes[2] == 0, isASCII(bytes[3]) { return "UTF-16 (without byte order mark)" }
        return nil
    }

    /// One pass over the bytes: decodes UTF-8, tracks line and column the way
    /// libyaml counts them, and stops at the first problem of each kind.
    private struct Scanner {
        let path: String
        var line = 1
        var column = 1
        var lastWasCR = false

        init(path: String) { self.path = path }

        var location: SourceLocation { SourceLocation(file: path, line: line, column: column) }

        mutating func scan(_ bytes: ArraySlice<UInt8>, limits: Limits, log: inout DiagnosticLog) -> String? {
            var ok = true
            var controlReports = 0
            var flowDepth = 0
            var indentation = 0
            var atLineStart = true
            var offset = bytes.startIndex
            while offset < bytes.endIndex {
                let scalar: Unicode.Scalar
                if bytes[offset] < 0x80 {
                    // ASCII, nearly every byte of a district file: no decoder needed.
                    scalar = Unicode.Scalar(bytes[offset])
                    offset += 1
                } else {
                    var iterator = bytes[offset...].makeIterator()
                    var decoder = UTF8()
                    guard case .scalarValue(let decoded) = decoder.decode(&iterator) else {
                        let byte = bytes[offset]
                        log.report(
                            .invalidEncoding,
                            String(format: "the file is not valid UTF-8: byte 0x%02X cannot stand here", byte),
                            at: location,
                            hint: byte >= 0xA0
                                ? "the file looks like Latin-1 or Windows-1252; save it as UTF-8 in your editor"
                                : "save the file as UTF-8 in your editor")
                        return nil
                    }
                    scalar = decoded
                    offset += UTF8.width(decoded)
                }
                // Printable ASCII (space to '~') is never forbidden: most bytes skip the look-up.
                if !(0x20..<0x7F).contains(scalar.value), let name = SourceText.forbiddenControlName(scalar) {
                    if controlReports < 5 {
                        log.report(
                            .controlCharacter,
                            "the file contains the invisible control character \(name)",
                            at: location,
                            hint: "delete it; it usually comes from copying text out of another program")
                    }
                    controlReports += 1
                    ok = false
                }
                switch scalar {
                case "[", "{":
                    flowDepth += 1
                    if flowDepth > limits.maxDepth {
                        reportDepth(limits, &log)
                        return nil
                    }
                case "]", "}":
                    flowDepth = max(0, flowDepth - 1)
                case " ", "-":
                    // Block nesting shows as indentation ("- - - x" nests too).
                    if atLineStart {
                        indentation += 1
                        if indentation > limits.maxDepth * 8 {
                            reportDepth(limits, &log)
                            return nil
                        }
                    }
                default:
                    atLineStart = false
                }
                advance(over: scalar)
                if column == 1 {
                    atLineStart = true
                    indentation = 0
                }
            }
            return ok ? String(decoding: bytes, as: UTF8.self) : nil
        }

        mutating func reportDepth(_ limits: Limits, _ log: inout DiagnosticLog) {
            log.report(
                .nestingTooDeep, "lists and mappings are nested more than \(limits.maxDepth) levels deep",
                at: location, hint: "district files need only a few levels; check the indentation and brackets")
        }

        /// Line breaks as libyaml counts them: LF, CR, CR LF, NEL, LS, PS.
        mutating func advance(over scalar: Unicode.Scalar) {
            switch scalar {
            case "\n":
                if !lastWasCR { line += 1 }
                column = 1
            case "\r", "\u{85}", "\u{2028}", "\u{2029}":
                line += 1
                column = 1
            default:
                column += 1
            }
            lastWasCR = scalar == "\r"
        }
    }

    /// Control characters that no hand-written text needs; tab and the line
    /// breaks are allowed. Bidirectional overrides can make text read other
    /// than it is stored ("Trojan Source"), so they count too.
    static func forbiddenControlName(_ scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        switch value {
        case 0x09, 0x0A, 0x0D: return nil
        case 0x00: return "U+0000 (NUL)"
        case 0x01...0x1F, 0x7F...0x9F:
            return String(format: "U+%04X", value)
        case 0x202A...0x202E, 0x2066...0x2069:
            return String(format: "U+%04X (bidirectional text override)", value)
        case 0xFEFF:
            return "U+FEFF (byte order mark inside the text)"
        default:
            return nil
        }
    }
}

extension Int {
    /// "8.0 MiB", for limits in messages.
    var formattedBytes: String {
        if self >= 1024 * 1024 { return String(format: "%.1f MiB", Double(self) / 1_048_576) }
        if self >= 1024 { return String(format: "%.1f KiB", Double(self) / 1024) }
        return "\(self) bytes"
    }
}
