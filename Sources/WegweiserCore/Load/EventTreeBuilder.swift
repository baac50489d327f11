import CYaml

/// The quick way from text to tree for a file that needs no diagnostic: one
/// pass over libyaml's events builds the `YAMLNode` tree directly, without
/// the separate alias scan, Yams' `Node` tree (with its tag regexes and
/// hashed duplicate-key check) and the conversion of that tree.
///
/// It gives up (nil) at the first thing the careful way would report or
/// treat specially: a syntax error, an anchor, alias or tag, a non-text or
/// `<<` key, two equal keys, a value over a limit, an escaped control
/// character, more than one document, or an empty or scalar document; and
/// on a file over `maxBytes`. The caller then reads the file the careful way
/// (`YAMLReader.readCarefully`), which finds the problem and words it; for
/// every file this accepts, that way reports nothing and builds the same
/// tree (QuickReadingTests).
struct EventTreeBuilder: ~Copyable {
    private let path: String
    private let limits: Limits
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let event: UnsafeMutablePointer<yaml_event_t>
    private let isReady: Bool
    private var holdsEvent = false
    private var nodes = 0

    /// Mappings with more keys than this look for equal keys with a set, not pair by pair.
    private static let pairwiseKeyLimit = 16

    /// Larger files take the careful way, which counts their values before it
    /// builds any tree: a hostile file of millions of tiny values is refused
    /// without being built (YAMLReader+Aliases.swift). District files are far smaller.
    static let maxBytes = 256 * 1024

    static func tree(of source: SourceText, limits: Limits) -> YAMLNode? {
        guard source.text.utf8.count <= maxBytes else { return nil }
        var text = source.text
        return text.withUTF8 { bytes -> YAMLNode? in
            var builder = EventTreeBuilder(path: source.path, limits: limits)
            guard builder.isReady else { return nil }
            yaml_parser_set_input_string(builder.parser, bytes.baseAddress, bytes.count)
            return builder.document()
        }
    }

    private init(path: String, limits: Limits) {
        self.path = path
        self.limits = limits
        // The parser points at itself (its read handler's data), so it lives at a fixed address.
        parser = .allocate(capacity: 1)
        event = .allocate(capacity: 1)
        isReady = yaml_parser_initialize(parser) == 1
        if isReady { yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING) }
    }

    deinit {
        if holdsEvent { yaml_event_delete(event) }
        if isReady { yaml_parser_delete(parser) }
        parser.deallocate()
        event.deallocate()
    }

    /// The next event's type, the event itself in `event`; nil on a syntax error.
    private mutating func next() -> yaml_event_type_t? {
        if holdsEvent { yaml_event_delete(event) }
        holdsEvent = yaml_parser_parse(parser, event) == 1
        return holdsEvent ? event.pointee.type : nil
    }

    /// One document whose root is a list or mapping, and nothing after it.
    private mutating func document() -> YAMLNode? {
        guard next() == YAML_STREAM_START_EVENT, next() == YAML_DOCUMENT_START_EVENT,
            let type = next(), type == YAML_MAPPING_START_EVENT || type == YAML_SEQUENCE_START_EVENT,
            let root = node(depth: 0),
            next() == YAML_DOCUMENT_END_EVENT, next() == YAML_STREAM_END_EVENT
        else { return nil }
        return root
    }

    /// The node that starts with the current event; counted and bounded as the converter does.
    private mutating func node(depth: Int) -> YAMLNode? {
        nodes += 1
        guard nodes <= limits.maxNodes, depth <= limits.maxDepth else { return nil }
        let start = event.pointee
        let here = SourceLocation(file: path, line: Int(start.start_mark.line) + 1, column: Int(start.start_mark.column) + 1)
        switch start.type {
        case YAML_SCALAR_EVENT:
            return scalar(at: here).map(YAMLNode.scalar)
        case YAML_SEQUENCE_START_EVENT:
            guard start.data.sequence_start.anchor == nil, start.data.sequence_start.tag == nil else { return nil }
            var items: [YAMLNode] = []
            while true {
                guard let type = next() else { return nil }
                if type == YAML_SEQUENCE_END_EVENT { return .sequence(items, here) }
                guard let item = node(depth: depth + 1) else { return nil }
                items.append(item)
            }
        case YAML_MAPPING_START_EVENT:
            guard start.data.mapping_start.anchor == nil, start.data.mapping_start.tag == nil else { return nil }
            var pairs: [(key: YAMLScalar, value: YAMLNode)] = []
            var keys: Set<String> = []
            while true {
                guard let type = next() else { return nil }
                if type == YAML_MAPPING_END_EVENT { return .mapping(pairs, here) }
                // `<<` would be a merge key (checked on the text alone, whatever the quoting).
                guard type == YAML_SCALAR_EVENT, case .scalar(let key)? = node(depth: depth + 1),
                    !key.text.hasPrefix("<<"), isNew(key.text, among: pairs, set: &keys),
                    next() != nil, let value = node(depth: depth + 1)
                else { return nil }
                pairs.append((key, value))
            }
        default:
            return nil  // an alias
        }
    }

    /// The current event's scalar.
    private func scalar(at here: SourceLocation) -> YAMLScalar? {
        let scalar = event.pointee.data.scalar
        guard scalar.anchor == nil, scalar.tag == nil, scalar.length <= limits.maxValueBytes else { return nil }
        let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
        // Escapes in double quotes can write control characters the byte check never saw.
        if scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE,
            text.unicodeScalars.contains(where: { SourceText.forbiddenControlName($0) != nil })
        {
            return nil
        }
        return YAMLScalar(text: text, location: here, isNull: YAMLScalar.isNull(text, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE))
    }

    /// Whether no earlier key of the mapping equals `key` (as Swift compares strings, like Yams).
    private func isNew(_ key: String, among pairs: [(key: YAMLScalar, value: YAMLNode)], set keys: inout Set<String>) -> Bool {
        if pairs.count < Self.pairwiseKeyLimit { return !pairs.contains { $0.key.text == key } }
        if keys.isEmpty { keys = Set(pairs.map(\.key.text)) }
        return keys.insert(key).inserted
    }
}
