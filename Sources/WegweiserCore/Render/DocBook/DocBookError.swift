/// What can go wrong between a paper and its DocBook file. None of these is
/// the user's fault except a missing schema, so each message says what to do.
public enum DocBookError: Error, CustomStringConvertible, Equatable {
    /// The DocBook 5 RELAX NG schema is not installed where it is looked for.
    case schemaNotFound(path: String)
    /// The schema file exists but libxml2 could not compile it.
    case schemaUnusable(path: String, messages: [String])
    /// libxml2 could not serialize the tree (out of memory).
    case serializationFailed
    /// The rendered document does not validate: a bug in the renderer.
    case invalidDocument(messages: [String])

    public var description: String {
        switch self {
        case .schemaNotFound(let path):
            "the DocBook 5 schema was not found at \(path); install it with: apt-get install docbook5-xml"
        case .schemaUnusable(let path, let messages):
            "the DocBook 5 schema at \(path) could not be read: " + messages.prefix(3).joined(separator: "; ")
        case .serializationFailed:
            "libxml2 could not serialize the DocBook document"
        case .invalidDocument(let messages):
            "internal error: the generated DocBook is not valid DocBook 5.0 ("
                + messages.prefix(5).joined(separator: "; ") + (messages.count > 5 ? "; …" : "") + ")"
        }
    }
}
