import Testing
@testable import JixiaoExpression

@Suite("RationalRange: intervals and their arithmetic")
struct RationalRangeTests {
    @Test func constructionAndDescription() {
        // 1717.31 ± 0.005 = [1717.305, 1717.315]
        let amount = RationalRange(center: r("1717.31"), halfWidth: r("0.005"))
        #expect(amount.lower == r("1717.305"))
        #expect(amount.upper == r("1717.315"))
        #expect(amount.description == "[1717.305, 1717.315]")
        #expect(!amount.isPoint)

        let third = RationalRange(fraction(1, 3))
        #expect(third.isPoint)
        #expect(third.description == "[1/3, 1/3]")
        #expect(RationalRange(center: 5, halfWidth: .zero) == RationalRange(5))
        #expect(span("-1.5", "2").description == "[-1.5, 2]")
    }

    @Test func containsIncludesTheBounds() {
        let range = span("1717.305", "1717.315")
        #expect(range.contains(r("1717.305")))
        #expect(range.contains(r("1717.315")))
        #expect(range.contains(r("1717.31")))
        #expect(!range.contains(r("1717.3049")))
        #expect(!range.contains(r("1717.3151")))
    }

    @Test func overlapsCountsTouchingBounds() {
        #expect(span("1", "2").overlaps(span("2", "3")))
        #expect(span("2", "3").overlaps(span("1", "2")))
        #expect(span("1", "5").overlaps(span("2", "3")))
        #expect(!span("1", "2").overlaps(span("2.001", "3")))
        #expect(!span("2.001", "3").overlaps(span("1", "2")))
    }

    @Test func additionSubtractionAndNegation() {
        // [-1, 2] + [3, 5] = [-1 + 3, 2 + 5] = [2, 7]
        #expect(span("-1", "2") + span("3", "5") == span("2", "7"))
        // [-1, 2] − [3, 5] = [-1 − 5, 2 − 3] = [-6, -1]
        #expect(span("-1", "2") - span("3", "5") == span("-6", "-1"))
        // −[-1, 2] = [-2, 1]
        #expect(-span("-1", "2") == span("-2", "1"))
    }

    @Test func multiplicationWithMixedSigns() {
        // [-1, 2] × [-3, 4]: products 3, -4, -6, 8 → [-6, 8]
        #expect(span("-1", "2") * span("-3", "4") == span("-6", "8"))
        // [-2, -1] × [3, 5]: products -6, -10, -3, -5 → [-10, -3]
        #expect(span("-2", "-1") * span("3", "5") == span("-10", "-3"))
        // [-2, -1] × [-5, -3]: products 10, 6, 5, 3 → [3, 10]
        #expect(span("-2", "-1") * span("-5", "-3") == span("3", "10"))
    }

    @Test func divisionWithMixedSigns() {
        // [1, 2] ÷ [-4, -2]: quotients -0.25, -0.5, -0.5, -1 → [-1, -0.25]
        #expect(span("1", "2").divided(by: span("-4", "-2")) == span("-1", "-0.25"))
        // [-3, 6] ÷ [2, 3]: quotients -1.5, -1, 3, 2 → [-1.5, 3]
        #expect(span("-3", "6").divided(by: span("2", "3")) == span("-1.5", "3"))
        // [1, 1] ÷ [3, 3] = 1/3 exactly.
        #expect(RationalRange(1).divided(by: RationalRange(3)) == RationalRange(fraction(1, 3)))
    }

    @Test func divisionByARangeContainingZeroIsUndefined() {
        #expect(span("1", "2").divided(by: span("-1", "1")) == nil)
        #expect(span("1", "2").divided(by: span("0", "1")) == nil)
        #expect(span("1", "2").divided(by: span("-1", "0")) == nil)
        #expect(span("1", "2").divided(by: RationalRange(.zero)) == nil)
    }

    @Test func magnitude() {
        // Straddling 0: the smallest |x| is 0, the largest max(|-2|, |1|) = 2.
        #expect(span("-2", "1").magnitude == span("0", "2"))
        #expect(span("-1", "3").magnitude == span("0", "3"))
        #expect(span("-3", "-1").magnitude == span("1", "3"))
        #expect(span("1", "4").magnitude == span("1", "4"))
        #expect(span("-2", "0").magnitude == span("0", "2"))
    }

    @Test func roundingRoundsBothBounds() {
        // 1.234 → 1.23, 1.236 → 1.24
        #expect(span("1.234", "1.236").rounded(places: 2) == span("1.23", "1.24"))
        // Half-up goes away from zero: -1.005 → -1.01, -0.995 → -1.00
        #expect(span("-1.005", "-0.995").rounded(places: 2) == span("-1.01", "-1"))
    }
}
