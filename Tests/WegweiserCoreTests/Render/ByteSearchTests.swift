import Testing
@testable import WegweiserCore

/// The one byte search that the SVG, the glossary, the placeholder rule and
/// the extracts folder share.
@Suite struct ByteSearchTests {
    let text = Array("id=\"a\" id=\"b\" Größe id".utf8)

    @Test func findsTheFirstOccurrenceFromAnOffset() {
        #expect(text.firstIndex(of: Array("id".utf8)) == 0)
        #expect(text.firstIndex(of: Array("id".utf8), from: 1) == 7)
        #expect(text.firstIndex(of: Array("id".utf8), from: 15) == text.count - 2)
        #expect(text.firstIndex(of: Array("ßö".utf8)) == nil)
        #expect(text.firstIndex(of: Array("öße".utf8)) == 16)
    }

    @Test func findsNothingWhereNothingCanBe() {
        #expect(text.firstIndex(of: []) == nil)
        #expect(text.firstIndex(of: Array("id".utf8), from: text.count - 1) == nil)
        #expect(text.firstIndex(of: Array("id".utf8), from: text.count + 5) == nil)
        #expect([UInt8]().firstIndex(of: Array("id".utf8)) == nil)
        #expect(Array("i".utf8).firstIndex(of: Array("id".utf8)) == nil)
    }
}
