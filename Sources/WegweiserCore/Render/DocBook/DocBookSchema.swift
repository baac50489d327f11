import CLibXML2
import Foundation

/// The official DocBook 5.0 RELAX NG schema, parsed once per process and reused.
///
/// Compiling docbook.rng takes tens of milliseconds, validating a paper a few;
/// so one instance is made (see `shared(path:)`) and every rendering validates
/// against it. libxml2 does not promise that one compiled RELAX NG schema may
/// validate on several threads at once, so validations take turns (a lock);
/// each gets its own validation context and its own messages.
public final class DocBookSchema: @unchecked Sendable {
    /// Where Debian's `docbook5-xml` package installs the schema.
    public static let defaultPath = "/usr/share/xml/docbook/schema/rng/5.0/docbook.rng"

    public let path: String
    private let schema: xmlRelaxNGPtr
    private let lock = NSLock()

    /// Reads and compiles the schema at `path`; throws `DocBookError.schemaNotFound`
    /// when it is not there (with the command that installs it).
    public init(path: String = DocBookSchema.defaultPath) throws {
        self.path = path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
            let data = FileManager.default.contents(atPath: path)
        else { throw DocBookError.schemaNotFound(path: path) }
        let collector = XMLMessageCollector()
        // Parsed with our own parser context, so that a damaged file is reported, not printed.
        guard let document = XMLParsing.parse(String(decoding: data, as: UTF8.self), name: path, collector: collector)
        else { throw DocBookError.schemaUnusable(path: path, messages: collector.messages) }
        defer { xmlFreeDoc(document) }
        guard let parser = xmlRelaxNGNewDocParserCtxt(document) else {
            throw DocBookError.schemaUnusable(path: path, messages: ["libxml2 could not create a RELAX NG parser context"])
        }
        defer { xmlRelaxNGFreeParserCtxt(parser) }
        xmlRelaxNGSetParserStructuredErrors(parser, XMLMessageCollector.handler, collector.context)
        let compiled = withExtendedLifetime(collector) { xmlRelaxNGParse(parser) }
        guard let compiled else {
            throw DocBookError.schemaUnusable(
                path: path, messages: collector.messages.isEmpty ? ["not a RELAX NG schema"] : collector.messages)
        }
        schema = compiled
    }

    deinit {
        xmlRelaxNGFree(schema)
    }

    /// Validates a serialized document; returns the validation messages
    /// (empty = valid). The document is parsed into a tree and validated as a
    /// tree: libxml2's streaming validation would not check IDREFs.
    public func validate(_ xml: String) -> [String] {
        let collector = XMLMessageCollector()
        guard let document = XMLParsing.parse(xml, name: "document.xml", collector: collector) else {
            return collector.messages
        }
        defer { xmlFreeDoc(document) }
        for message in IDReferenceCheck.run(document) { collector.add(message) }
        let result: Int32 = lock.withLock {
            guard let context = xmlRelaxNGNewValidCtxt(schema) else { return -1 }
            defer { xmlRelaxNGFreeValidCtxt(context) }
            xmlRelaxNGSetValidStructuredErrors(context, XMLMessageCollector.handler, collector.context)
            return withExtendedLifetime(collector) { xmlRelaxNGValidateDoc(context, document) }
        }
        if result != 0 && collector.messages.isEmpty {
            collector.add(result < 0 ? "libxml2 could not validate the document" : "the document is not valid DocBook 5.0")
        }
        return collector.messages
    }

    private nonisolated(unsafe) static var cache: [String: DocBookSchema] = [:]
    private static let cacheLock = NSLock()

    /// The schema at `path`, compiled on first use and then shared by every
    /// caller in the process.
    public static func shared(path: String = DocBookSchema.defaultPath) throws -> DocBookSchema {
        try cacheLock.withLock {
            if let schema = cache[path] { return schema }
            let schema = try DocBookSchema(path: path)
            cache[path] = schema
            return schema
        }
    }
}
