/// Ids: lower-case kebab case, at most 64 characters, unique within their kind.
enum IdentifierRules {
    static let maxLength = 64

    static func isValid(_ id: String) -> Bool {
        guard !id.isEmpty, id.utf8.count <= maxLength else { return false }
        var previousWasHyphen = true  // no leading hyphen
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                previousWasHyphen = false
            case UInt8(ascii: "-") where !previousWasHyphen:
                previousWasHyphen = true
            default:
                return false
            }
        }
        return !previousWasHyphen
    }

    /// A valid id close to what was written: "Jobcenter Meißen" → "jobcenter-meissen".
    static func proposal(for text: String) -> String? {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case "ä": result += "ae"
            case "ö": result += "oe"
            case "ü": result += "ue"
            case "ß": result += "ss"
            case "a"..."z", "0"..."9": result.unicodeScalars.append(scalar)
            case _ where isInvisible(scalar): continue
            default: if !result.hasSuffix("-") { result += "-" }
            }
        }
        while result.hasPrefix("-") { result.removeFirst() }
        while result.hasSuffix("-") { result.removeLast() }
        if result.utf8.count > maxLength { result = String(result.prefix(maxLength)) }
        while result.hasSuffix("-") { result.removeLast() }
        return isValid(result) && result != text ? result : nil
    }

    /// Format characters (zero-width space, soft hyphen, joiners) and spaces
    /// other than the ASCII one: a reader cannot see them in the id.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        !scalar.isASCII && (scalar.properties.generalCategory == .format || scalar.properties.isWhitespace)
    }

    /// Checks the form of every id of one kind and that none repeats.
    static func check(_ ids: [Text], kind: String, log: inout DiagnosticLog) {
        var first: [String: SourceLocation] = [:]
        for id in ids {
            if !isValid(id.value) {
                let proposal = proposal(for: id.value)
                // 'bera\u{200B}tung' looks like a valid id; say what cannot be seen.
                let invisible = id.value.unicodeScalars.first(where: isInvisible).map {
                    String(format: ": it contains the invisible character U+%04X", $0.value)
                }
                log.report(
                    .invalidId, "'\(id.value)' is not a valid \(kind) id" + (invisible ?? ""), at: id.location,
                    hint: "ids are lower-case letters, digits and single hyphens, at most \(maxLength) characters"
                        + (proposal.map { ", e.g. '\($0)'" } ?? ""))
            }
            if let previous = first[id.value] {
                log.report(
                    .duplicateId, "the \(kind) id '\(id.value)' is used twice", at: id.location,
                    hint: "ids must be unique, also across the files of a district",
                    notes: [.init("first used here", at: previous)])
            } else {
                first[id.value] = id.location
            }
        }
    }
}
