import CLibXML2

/// Collects libxml2's messages for one parse or one validation, through the
/// per-context structured error handlers. The global handlers would be shared
/// with every other thread (and with Foundation), and libxml2's default
/// prints to stderr; a collector per call keeps messages where they belong.
final class XMLMessageCollector {
    private(set) var messages: [String] = []

    /// Adds one libxml2 error as "line N: message".
    func add(_ error: xmlError) {
        var text = error.message.map { String(cString: $0) } ?? "unknown libxml2 error (code \(error.code))"
        while text.last?.isWhitespace == true { text.removeLast() }
        messages.append(error.line > 0 ? "line \(error.line): \(text)" : text)
    }

    func add(_ message: String) {
        messages.append(message)
    }

    /// The opaque pointer libxml2 hands back to the handlers; valid while `self` lives.
    var context: UnsafeMutableRawPointer {
        Unmanaged.passUnretained(self).toOpaque()
    }

    static func from(_ context: UnsafeMutableRawPointer?) -> XMLMessageCollector? {
        context.map { Unmanaged<XMLMessageCollector>.fromOpaque($0).takeUnretainedValue() }
    }

    /// For handlers that receive the collector itself (RELAX NG contexts).
    static let handler: xmlStructuredErrorFunc = { context, error in
        guard let error, let collector = XMLMessageCollector.from(context) else { return }
        collector.add(error.pointee)
    }

    /// For the parser, whose structured handler receives the parser context;
    /// the collector sits in the context's `_private`.
    static let parserHandler: xmlStructuredErrorFunc = { context, error in
        guard let error, let context else { return }
        let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
        XMLMessageCollector.from(parser.pointee._private)?.add(error.pointee)
    }
}
