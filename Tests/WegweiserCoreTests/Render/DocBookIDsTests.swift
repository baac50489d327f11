import Testing

@testable import WegweiserCore

/// `DocBookIDs.ncName` byte by byte gives what it gave scalar by scalar.
struct DocBookIDsTests {
    @Test(arguments: [
        "", "-", "--", "jobcenter", "inst-jobcenter", "task-a--b", "1abc", "_x", ".x", "Größe Straße", "ä", "ää-ü", "a ä b",
        "e\u{301}", "👩‍👩‍👧", "a\u{0}b", "ABC.def_09", "-a-", "§ 16a SGB II", "Ω", "x\r\ny", "9", "é1",
    ])
    func ncNameAsScalarByScalar(text: String) {
        #expect(Array(DocBookIDs.ncName(text).utf8) == Array(Self.ncName(text).utf8))
    }

    @Test func claimedIDsAreUnique() {
        var ids = DocBookIDs()
        #expect(ids.claim("ä") == "id--")
        #expect(ids.claim("ö") == "id---2")
        #expect(ids.claim("x y") == "x-y")
        #expect(ids.contains("x-y"))
    }

    static func ncName(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "_", ".": result.unicodeScalars.append(scalar)
            default: if !result.hasSuffix("-") { result += "-" }
            }
        }
        if result.isEmpty { return "id" }
        if let first = result.unicodeScalars.first, !(("a"..."z").contains(first) || ("A"..."Z").contains(first) || first == "_") {
            result = "id-" + result
        }
        return result
    }
}
