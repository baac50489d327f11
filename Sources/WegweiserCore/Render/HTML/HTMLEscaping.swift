import Mustache

/// How the HTML templates escape text: by Unicode scalar.
///
/// swift-mustache (2.1) escapes by `Character`, and a `"` followed by a
/// combining mark (`"\u{301}`) is one Character that is not `"`: it stayed
/// unescaped, ended the attribute value it stood in, and the text after it
/// became attributes of their own (`onmouseover=…`). This escaper replaces
/// every `<`, `>`, `&`, `"` and `'` scalar, with the entities Mustache's own
/// escaper uses, so that ordinary text renders byte for byte as before.
struct HTMLEscaping: MustacheContentType {
    /// The pragma that switches a template to this escaper, on a line of its
    /// own (which Mustache removes). Every template (and partial: Mustache
    /// starts each with its own escaper again) is registered with it in
    /// front, the user's replacements too.
    static let pragma: String = {
        MustacheContentTypes.register(HTMLEscaping(), named: "WEGWEISER_HTML")
        return "{{% CONTENT_TYPE: WEGWEISER_HTML }}\n"
    }()

    /// Registers a template with the pragma in front. An error names the
    /// line and column of the template as written, without the pragma.
    static func register(_ source: String, named name: String, in library: inout MustacheLibrary) throws {
        do {
            try library.register(pragma + source, named: name)
        } catch {
            var alone = MustacheLibrary()
            try alone.register(source, named: name)
            throw error
        }
    }

    func escapeText(_ text: String) -> String {
        MarkupEscaping.escaped(text)
    }
}

extension String {
    /// The text without the characters HTML forbids in a document (control
    /// characters other than tab, line feed, form feed and carriage return;
    /// noncharacters). Mustache escapes markup but passes them on. The
    /// loader refuses them; stripping them here means a slip there yields a
    /// valid page.
    var htmlCleaned: String {
        // A byte scan first, conservative: only a control byte, the C1
        // controls (0xC2 0x80…0x9F) and the lead bytes of U+F000 and above
        // (which hold the noncharacters) can begin a forbidden scalar. Text
        // without them is clean; text with them takes the exact path. Eight
        // bytes of printable ASCII (most of a page) are passed at once.
        func mayHoldForbidden(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let base = bytes.baseAddress else { return false }
            func suspect(_ index: Int) -> Bool {
                switch bytes[index] {
                case 0x20..<0x7F, 0x09, 0x0A, 0x0C, 0x0D: false
                case 0x00...0x1F, 0x7F, 0xEF, 0xF0...: true
                case 0xC2: index + 1 < bytes.count && bytes[index + 1] < 0xA0
                default: false
                }
            }
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            var index = 0
            while index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self)
                // Any byte ≥ 0x80, any below 0x20, any equal to 0x7F (exact tests for "any").
                let below = (word &- 0x20 &* ones) & ~word & highs
                let delete = ((word ^ 0x7F &* ones) &- ones) & ~(word ^ 0x7F &* ones) & highs
                if word & highs | below | delete == 0 {
                    index += 8
                    continue
                }
                for offset in index..<(index + 8) where suspect(offset) { return true }
                index += 8
            }
            while index < bytes.count {
                if suspect(index) { return true }
                index += 1
            }
            return false
        }
        if utf8.withContiguousStorageIfAvailable({ !mayHoldForbidden($0) }) == true { return self }
        return htmlCleanedExactly
    }

    /// `htmlCleaned` scalar by scalar, without the byte scan.
    var htmlCleanedExactly: String {
        func allowed(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x09, 0x0A, 0x0C, 0x0D: true
            case 0x00...0x1F, 0x7F...0x9F, 0xFDD0...0xFDEF: false
            default: scalar.value & 0xFFFE != 0xFFFE
            }
        }
        if unicodeScalars.allSatisfy(allowed) { return self }
        var cleaned = String.UnicodeScalarView()
        cleaned.append(contentsOf: unicodeScalars.filter(allowed))
        return String(cleaned)
    }
}

extension String {
    /// The text as HTML text or attribute value, for pages written without a
    /// template (the preview's page of diagnostics): the characters HTML
    /// forbids dropped, markup escaped scalar by scalar as in the templates.
    public var htmlEscaped: String { HTMLEscaping().escapeText(htmlCleaned) }
}
