import Testing
@testable import JixiaoEngine

/// "Did you mean …?" hints name a likely typo, never the word itself or a sibling that differs by a number.
@Suite("Suggestions")
struct SuggestionTests {
    @Test func aTypoGetsTheNearestCandidate() {
        #expect(Suggestion.closest(to: "departmant", among: ["department", "year"]) == "department")
    }

    @Test func theWordItselfIsNeverSuggested() {
        #expect(Suggestion.closest(to: "year", among: ["year"]) == nil)
    }

    @Test func aPathIntoAnotherTableIsNotATypo() {
        #expect(Suggestion.closest(to: "t05.total.total", among: ["t01.total.total"]) == nil)
        // Plain ids keep the hint: an unknown P3 beside P1 is more likely a slip than a new indicator.
        #expect(Suggestion.closest(to: "P3", among: ["P1"]) == "P1")
        // A letter typo in the same table is still found.
        #expect(Suggestion.closest(to: "t05.total.totl", among: ["t01.total.total", "t05.total.total"]) == "t05.total.total")
    }

    @Test func aHugeWordGetsNoHint() {
        #expect(Suggestion.closest(to: String(repeating: "a", count: 101), among: [String(repeating: "a", count: 100)]) == nil)
    }
}
