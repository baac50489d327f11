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
        var escaped = ""
        Self.append(text, to: &escaped)
        return escaped
    }
}

extension String {
    /// The text without the characters HTML forbids in a document (control
    /// characters other than tab, line feed, form feed and carriage return;
    /// noncharacters). Mustache escapes markup but passes them on. The
    /// loader refuses them; stripping them here means a slip there yields a
    /// valid page.
    var htmlCleaned: String {
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
