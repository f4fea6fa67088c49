import Testing
@testable import JixiaoExpression

@Suite("Rational rounding")
struct RationalRoundingTests {
    @Test func halfUpGoesAwayFromZeroAtExactHalves() {
        #expect(r("2.5").rounded(places: 0) == 3)
        #expect(r("-2.5").rounded(places: 0) == -3)
        #expect(r("2.4999").rounded(places: 0) == 2)
        #expect(r("-2.4999").rounded(places: 0) == -2)
        // 1.005 is exactly representable here, so it rounds up to 1.01 (a Double would give 1.00).
        #expect(r("1.005").rounded(places: 2) == r("1.01"))
        #expect(r("-1.005").rounded(places: 2) == r("-1.01"))
    }

    @Test func downTruncatesTowardZero() {
        #expect(r("2.99").rounded(places: 0, rule: .down) == 2)
        #expect(r("-2.99").rounded(places: 0, rule: .down) == -2)
        #expect(r("1.239").rounded(places: 2, rule: .down) == r("1.23"))
    }

    @Test func upGoesAwayFromZeroUnlessExact() {
        #expect(r("2.01").rounded(places: 0, rule: .up) == 3)
        #expect(r("-2.01").rounded(places: 0, rule: .up) == -3)
        #expect(r("2").rounded(places: 0, rule: .up) == 2)
        #expect(r("1.231").rounded(places: 2, rule: .up) == r("1.24"))
    }

    @Test func halfEvenGoesToTheEvenNeighbour() {
        #expect(r("2.5").rounded(places: 0, rule: .halfEven) == 2)
        #expect(r("3.5").rounded(places: 0, rule: .halfEven) == 4)
        #expect(r("-2.5").rounded(places: 0, rule: .halfEven) == -2)
        #expect(r("2.51").rounded(places: 0, rule: .halfEven) == 3)
        #expect(r("0.125").rounded(places: 2, rule: .halfEven) == r("0.12"))
    }

    @Test func nonTerminatingValues() {
        // 2/3 = 0.6666… → 0.67; −2/3 → −0.67
        #expect(fraction(2, 3).rounded(places: 2) == r("0.67"))
        #expect(fraction(-2, 3).rounded(places: 2) == r("-0.67"))
        // 1/3 = 0.333… → 0.33 half-up, but 0.34 when rounding away from zero
        #expect(fraction(1, 3).rounded(places: 2) == r("0.33"))
        #expect(fraction(1, 3).rounded(places: 2, rule: .up) == r("0.34"))
    }

    @Test func negativePlacesRoundToTensAndHundreds() {
        #expect(Rational(1250).rounded(places: -2) == 1300)
        #expect(Rational(1249).rounded(places: -2) == 1200)
        #expect(Rational(-15).rounded(places: -1) == -20)
    }
}
