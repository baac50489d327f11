import Testing
@testable import WegweiserCore

/// Did-you-mean: edit distance and the choice of the closest name.
@Suite struct SuggestionTests {
    static func distance(_ a: String, _ b: String) -> Int {
        Suggestion.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    @Test func editDistance() {
        #expect(Self.distance("", "") == 0)
        #expect(Self.distance("", "abc") == 3)
        #expect(Self.distance("abc", "") == 3)
        #expect(Self.distance("jobcenter", "jobcenter") == 0)
        #expect(Self.distance("kitten", "sitting") == 3)
        #expect(Self.distance("jobcentre", "jobcenter") == 1, "a swap of two letters is one edit")
        #expect(Self.distance("ab", "ba") == 1)
        #expect(Self.distance("ca", "abc") == 3, "optimal string alignment: no edit of a swapped pair")
        #expect(Self.distance("meldebehörde", "meldebehoerde") == 2)
        #expect(Self.distance("landratsamt", "landratsamd") == 1)
    }

    @Test func theClosestCandidateWithinAThirdOfTheWord() {
        let ids = ["jobcenter", "agentur", "landratsamt", "auslaenderamt"]
        #expect(Suggestion.closest(to: "jobcentre", among: ids) == "jobcenter")
        #expect(Suggestion.closest(to: "agenur", among: ids) == "agentur")
        #expect(Suggestion.closest(to: "auslaenderamd", among: ids) == "auslaenderamt")
        #expect(Suggestion.closest(to: "sozialamt", among: ids) == nil)
        #expect(Suggestion.closest(to: "jobcenter", among: ids) == nil, "the word itself is no suggestion")
        #expect(Suggestion.closest(to: "anything", among: [String]()) == nil)
    }

    @Test func caseIsIgnoredForTheDistanceButNotForTheResult() {
        #expect(Suggestion.closest(to: "ZKT", among: ["ge", "zkt"]) == "zkt")
        #expect(Suggestion.closest(to: "Landkreis", among: ["landkreis", "kreisfreie-stadt"]) == "landkreis")
    }

    @Test func theLimitIsTwoEditsOrAThirdOfTheWord() {
        // 12 letters: up to 4 edits.
        #expect(Suggestion.closest(to: "integrationx", among: ["integration"]) == "integration")
        #expect(Suggestion.closest(to: "abcdefghijkl", among: ["abcdefghwxyz"]) == "abcdefghwxyz")
        #expect(Suggestion.closest(to: "abcdefghijkl", among: ["abcdefgvwxyz"]) == nil)
        // Short words: two edits.
        #expect(Suggestion.closest(to: "ge", among: ["zkt"]) == nil)
        #expect(Suggestion.closest(to: "mbf", among: ["mbe"]) == "mbe")
    }

    @Test func tiesGoToTheAlphabeticallyFirstCandidate() {
        #expect(Suggestion.closest(to: "sgb", among: ["sgb3", "sgb2"]) == "sgb2")
        #expect(Suggestion.closest(to: "sgb", among: ["sgb2", "sgb3"]) == "sgb2")
        #expect(Suggestion.closest(to: "sgb2x", among: ["sgb2", "sgb"]) == "sgb2", "the smaller distance wins over the order")
    }
}
