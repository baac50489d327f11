import CYaml

extension YAMLReader {
    /// The first alias (`*name`) in the text, or the first value over the
    /// node limit, found with libyaml's event parser, which never follows
    /// aliases and builds no tree. Yams resolves an alias to its anchored node
    /// while it builds the tree and hashes mapping keys, so an alias used as a
    /// key ("billion laughs") would take exponential time before the tree
    /// could be checked: files with aliases never reach Yams. Counting here
    /// keeps a file of millions of tiny values (`[x,x,x,…]`, 4 million in
    /// 8 MiB) from being built into a tree of gigabytes first. Syntax errors
    /// are left to Yams, which reports them.
    static func firstRefusal(in source: SourceText, limits: Limits) -> Diagnostic? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        func at(_ mark: yaml_mark_t) -> SourceLocation {
            SourceLocation(file: source.path, line: mark.line + 1, column: mark.column + 1)
        }
        var text = source.text
        return text.withUTF8 { bytes -> Diagnostic? in
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var anchors: [String: SourceLocation] = [:]
            var nodes = 0
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                let anchor: UnsafeMutablePointer<yaml_char_t>?
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return nil
                case YAML_ALIAS_EVENT:
                    let name = event.data.alias.anchor.map { String(cString: $0) } ?? "?"
                    return Diagnostic(
                        .yamlAlias, "YAML aliases ('*\(name)') are not supported", at: at(event.start_mark),
                        hint: "write the value out in full; a district file should say everything where it stands",
                        notes: anchors[name].map { [.init("the anchor '&\(name)' is set here", at: $0)] } ?? [])
                case YAML_SCALAR_EVENT: anchor = event.data.scalar.anchor
                case YAML_SEQUENCE_START_EVENT: anchor = event.data.sequence_start.anchor
                case YAML_MAPPING_START_EVENT: anchor = event.data.mapping_start.anchor
                default: continue
                }
                // Scalars (keys too), lists and mappings: the values the converter counts, in its order.
                nodes += 1
                if nodes > limits.maxNodes {
                    return Diagnostic(
                        .tooManyNodes, "the file has more than \(limits.maxNodes) values", at: at(event.start_mark),
                        hint: "split the district into several files")
                }
                if let anchor { anchors[String(cString: anchor)] = at(event.start_mark) }
            }
            return nil
        }
    }
}
