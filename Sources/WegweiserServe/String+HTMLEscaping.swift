extension String {
    /// The text as HTML text or attribute value: markup characters replaced
    /// scalar by scalar (a `"` with a combining mark is still a `"`), and the
    /// characters HTML forbids (control characters, noncharacters) dropped.
    /// Everything from district files passes through here.
    var htmlEscaped: String {
        var escaped = ""
        escaped.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default:
                if Self.isAllowedInHTML(scalar) { escaped.unicodeScalars.append(scalar) }
            }
        }
        return escaped
    }

    private static func isAllowedInHTML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00...0x1F, 0x7F...0x9F, 0xFDD0...0xFDEF: false
        default: scalar.value & 0xFFFE != 0xFFFE
        }
    }
}
