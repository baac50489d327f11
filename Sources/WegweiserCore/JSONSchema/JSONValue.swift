/// A JSON value whose objects keep their keys in the order written, so that
/// generated documents are byte-stable and read top-down like the format.
public indirect enum JSONValue: Sendable {
    case string(String)
    case integer(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([Member])

    public struct Member: Sendable {
        public var key: String
        public var value: JSONValue

        public init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// The value of `key` in an object.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// Two-space indentation; short lists and objects of scalars on one line.
    public func prettyPrinted() -> String {
        var out = ""
        write(to: &out, indent: "")
        return out + "\n"
    }

    private func write(to out: inout String, indent: String) {
        switch self {
        case .string(let text): out += Self.quoted(text)
        case .integer(let number): out += String(number)
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            if let inline = inlineArray(items) {
                out += inline
                return
            }
            let inner = indent + "  "
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += inner
                item.write(to: &out, indent: inner)
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            out += indent + "]"
        case .object(let members):
            if let inline = inlineObject(members) {
                out += inline
                return
            }
            let inner = indent + "  "
            out += "{\n"
            for (index, member) in members.enumerated() {
                out += inner + Self.quoted(member.key) + ": "
                member.value.write(to: &out, indent: inner)
                out += index == members.count - 1 ? "\n" : ",\n"
            }
            out += indent + "}"
        }
    }

    private func inlineArray(_ items: [JSONValue]) -> String? {
        var parts: [String] = []
        for item in items {
            switch item {
            case .array, .object: return nil
            default:
                var text = ""
                item.write(to: &text, indent: "")
                parts.append(text)
            }
        }
        let line = "[" + parts.joined(separator: ", ") + "]"
        return line.count <= 100 ? line : nil
    }

    /// `{}`, or `{"$ref": "#/$defs/text"}`: an object of a few scalars on one line.
    private func inlineObject(_ members: [Member]) -> String? {
        var parts: [String] = []
        for member in members {
            switch member.value {
            case .array, .object: return nil
            default:
                var text = ""
                member.value.write(to: &text, indent: "")
                parts.append(Self.quoted(member.key) + ": " + text)
            }
        }
        let line = "{" + parts.joined(separator: ", ") + "}"
        return line.count <= 60 ? line : nil
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, the rest as is.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
