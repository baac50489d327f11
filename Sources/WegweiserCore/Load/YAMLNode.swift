/// A YAML value with its place, after the safety checks: no anchors, no
/// aliases, no tags, bounded size. This is what the decoders walk.
public indirect enum YAMLNode: Sendable {
    case scalar(YAMLScalar)
    case sequence([YAMLNode], SourceLocation)
    case mapping([(key: YAMLScalar, value: YAMLNode)], SourceLocation)

    public var location: SourceLocation {
        switch self {
        case .scalar(let scalar): scalar.location
        case .sequence(_, let location), .mapping(_, let location): location
        }
    }

    /// How the value is called in messages ("found a list").
    var kindDescription: String {
        switch self {
        case .scalar(let scalar): scalar.isNull ? "nothing" : "text"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}

/// A scalar exactly as written: `version: 2.0` is the text "2.0".
public struct YAMLScalar: Sendable {
    public var text: String
    public var location: SourceLocation
    /// Plain `~`, `null` or nothing at all after the colon: an absent value.
    public var isNull: Bool

    var located: Text { Text(text, at: location) }

    /// Only a plain (unquoted) `~`, `null` or empty value means "nothing".
    static func isNull(_ text: String, plain: Bool) -> Bool {
        plain && ["", "~", "null", "Null", "NULL"].contains(text)
    }
}
