import Yams

/// Parses one checked file into a `YAMLNode` tree: the usual file in one
/// pass over libyaml's events (`EventTreeBuilder`), any other with Yams and
/// the checks below, which word what is wrong.
///
/// Anchors and aliases are rejected before they are followed: a node reached
/// through an alias is the anchored node itself, so walking aliases can take
/// exponential time ("billion laughs"). Merge keys and explicit tags are
/// rejected too, so that what a file says is what it looks like.
enum YAMLReader {
    static func read(_ source: SourceText, limits: Limits, log: inout DiagnosticLog) -> YAMLNode? {
        // Most files have nothing to report: one pass over the events builds their tree.
        if let tree = EventTreeBuilder.tree(of: source, limits: limits) { return tree }
        return readCarefully(source, limits: limits, log: &log)
    }

    /// Every check, with Yams' tree: for the files the quick way gives up on,
    /// to find their problems and word them.
    static func readCarefully(_ source: SourceText, limits: Limits, log: inout DiagnosticLog) -> YAMLNode? {
        if let refused = firstRefusal(in: source, limits: limits) {
            log.report(refused)
            return nil
        }
        let parser: Parser
        let root: Node?
        do {
            // Plain scalars stay text; only `<<` is recognised, so that it can be refused.
            parser = try Parser(yaml: source.text, resolver: Yams.Resolver.basic.appending(.merge), encoding: .utf8)
            root = try parser.singleRoot()
        } catch let error as YamlError {
            log.report(diagnostic(for: error, in: source))
            return nil
        } catch {
            log.report(.yamlSyntax, "the file could not be read as YAML: \(error)", at: .start(of: source.path))
            return nil
        }
        // An empty file, or one with nothing but '---' and comments, is a valid, empty
        // contribution (and a district.yaml without 'district:').
        guard let root, root.scalar.map({ $0.style != .plain || !$0.string.isEmpty }) ?? true else {
            return .mapping([], .start(of: source.path))
        }
        var converter = Converter(path: source.path, limits: limits)
        // Nodes hold their anchors weakly; the parser owns them.
        let node = withExtendedLifetime(parser) { converter.convert(root, depth: 0) }
        log.append(contentsOf: converter.log.diagnostics)
        return converter.log.hasErrors ? nil : node
    }

    private struct Converter {
        let path: String
        let limits: Limits
        var log = DiagnosticLog()
        var nodes = 0
        var stopped = false

        init(path: String, limits: Limits) {
            self.path = path
            self.limits = limits
        }

        func location(_ mark: Mark?) -> SourceLocation {
            SourceLocation(file: path, line: mark?.line ?? 1, column: mark?.column ?? 1)
        }

        mutating func convert(_ node: Node, depth: Int) -> YAMLNode? {
            guard !stopped else { return nil }
            let here = location(node.mark)
            nodes += 1
            if nodes > limits.maxNodes {
                log.report(
                    .tooManyNodes, "the file has more than \(limits.maxNodes) values",
                    at: here, hint: "split the district into several files")
                stopped = true
                return nil
            }
            if depth > limits.maxDepth {
                log.report(
                    .nestingTooDeep, "lists and mappings are nested more than \(limits.maxDepth) levels deep", at: here,
                    hint: "district files need only a few levels; check the indentation and brackets")
                stopped = true
                return nil
            }
            if let anchor = node.anchor {
                log.report(
                    .yamlAlias, "YAML anchors and aliases ('&\(anchor.rawValue)', '*\(anchor.rawValue)') are not supported",
                    at: here, hint: "write the value out in full; a district file should say everything where it stands")
                return nil
            }
            if !Self.isStandard(node.tag) {
                log.report(
                    .yamlTag, "the YAML tag '\(node.tag.rawValue)' is not supported",
                    at: here, hint: "remove the tag; values are read as text")
                return nil
            }
            switch node {
            case .scalar(let scalar):
                if scalar.string.utf8.count > limits.maxValueBytes {
                    log.report(
                        .valueTooLong,
                        "this value is \(scalar.string.utf8.count) bytes long, more than the limit of \(limits.maxValueBytes) bytes",
                        at: here, hint: "shorten the text; the paper links to longer documents with 'web'")
                    return nil
                }
                // The bytes were checked before parsing; escapes in double quotes ("\e", "\0",
                // "\u202E") write the same control characters past that check.
                if scalar.style == .doubleQuoted,
                    let name = scalar.string.unicodeScalars.lazy.compactMap(SourceText.forbiddenControlName).first
                {
                    log.report(
                        .controlCharacter,
                        "the quoted text contains the invisible control character \(name), written as an escape sequence",
                        at: here, hint: "remove the escape sequence (such as \\e, \\0, \\x1B or \\u202E) from the text")
                    return nil
                }
                return .scalar(scalarValue(scalar, at: here))
            case .sequence(let sequence):
                var items: [YAMLNode] = []
                items.reserveCapacity(sequence.count)
                for item in sequence {
                    if let converted = convert(item, depth: depth + 1) { items.append(converted) }
                }
                return .sequence(items, here)
            case .mapping(let mapping):
                var pairs: [(key: YAMLScalar, value: YAMLNode)] = []
                pairs.reserveCapacity(mapping.count)
                for (key, value) in mapping {
                    let keyLocation = location(key.mark)
                    guard case .scalar = key else {
                        log.report(.wrongType, "a key must be plain text, not a list or mapping", at: keyLocation)
                        continue
                    }
                    if key.tag.rawValue == Tag.Name.merge.rawValue {
                        log.report(
                            .yamlAlias, "YAML merge keys ('<<') are not supported", at: keyLocation,
                            hint: "write the keys out in full")
                        continue
                    }
                    // A key is a value too: anchors, tags and length are checked alike.
                    guard case .scalar(let checkedKey)? = convert(key, depth: depth + 1),
                        let converted = convert(value, depth: depth + 1)
                    else { continue }
                    pairs.append((checkedKey, converted))
                }
                return .mapping(pairs, here)
            case .alias:
                log.report(.yamlAlias, "YAML aliases are not supported", at: here)
                return nil
            }
        }

        func scalarValue(_ scalar: Node.Scalar, at location: SourceLocation) -> YAMLScalar {
            YAMLScalar(text: scalar.string, location: location, isNull: YAMLScalar.isNull(scalar.string, plain: scalar.style == .plain))
        }

        /// With the basic resolver every untagged value is a text, a list or a
        /// mapping (or `<<`); any other tag was written by hand, also a
        /// `tag:yaml.org,2002:` one such as `!!int` or `!!python/object/apply:…`.
        static func isStandard(_ tag: Tag) -> Bool {
            standardTags.contains(tag.rawValue)
        }

        static let standardTags: Set<String> = [
            Tag.Name.nonSpecific.rawValue, Tag.Name.implicit.rawValue, Tag.Name.str.rawValue, Tag.Name.seq.rawValue,
            Tag.Name.map.rawValue, Tag.Name.merge.rawValue,
        ]
    }
}
