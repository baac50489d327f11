import Testing
@testable import WegweiserCore

/// `xml:id` values: NCNames, each handed out once; the fast path of `ncName`
/// gives what the scalar-by-scalar one gives.
@Suite struct DocBookIDsTests {
    @Test(arguments: [
        ("kreis-001", "kreis-001"), ("stelle-jobcenter", "stelle-jobcenter"), ("Ab_9.z-y", "Ab_9.z-y"), ("ab-", "ab-"),
        ("a--b", "a-b"), ("a---b", "a-b"), ("-x", "id--x"), ("1abc", "id-1abc"), ("äb", "id--b"), ("a b/c", "a-b-c"),
        ("über", "id--ber"), ("", "id"), ("_x", "_x"), (".x", "id-.x"),
    ])
    func ncNames(text: String, expected: String) {
        #expect(DocBookIDs.ncName(text) == expected)
    }

    @Test func aRepeatedBaseGetsANumber() {
        var ids = DocBookIDs()
        #expect(ids.claim("stelle-a") == "stelle-a")
        #expect(ids.claim("stelle-a") == "stelle-a-2")
        #expect(ids.claim("stelle a") == "stelle-a-3")
        #expect(ids.contains("stelle-a-2"))
        #expect(!ids.contains("stelle-a-4"))
    }

    @Test(arguments: [
        "", "-", "--", "jobcenter", "inst-jobcenter", "task-a--b", "1abc", "_x", ".x", "Größe Straße", "ä", "ää-ü", "a ä b",
        "e\u{301}", "👩‍👩‍👧", "a\u{0}b", "ABC.def_09", "-a-", "§ 16a SGB II", "Ω", "x\r\ny", "9", "é1",
    ])
    func ncNameAsScalarByScalar(text: String) {
        #expect(Array(DocBookIDs.ncName(text).utf8) == Array(DocBookIDs.ncNameByScalars(text).utf8))
    }
}
