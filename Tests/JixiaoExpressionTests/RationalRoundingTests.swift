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

    @Test func roundedHalfUpToMultipleOfAStep() {
        #expect(r("0.886").roundedHalfUp(toMultipleOf: r("0.01")) == r("0.89"))
        // 0.125 is exactly half of 0.25 between 0 and 0.25: away from zero.
        #expect(r("0.125").roundedHalfUp(toMultipleOf: r("0.25")) == r("0.25"))
        #expect(r("-0.125").roundedHalfUp(toMultipleOf: r("0.25")) == r("-0.25"))
        // 2/3 to thirds is itself; 7 to a step of 5 → 5.
        #expect(fraction(2, 3).roundedHalfUp(toMultipleOf: fraction(1, 3)) == fraction(2, 3))
        #expect(Rational(7).roundedHalfUp(toMultipleOf: 5) == 5)
        // Cross products past Int64 take the exact path: 10^18 + 0.4 to whole numbers → 10^18.
        #expect(r("1000000000000000000.4").roundedHalfUp(toMultipleOf: 1) == r("1000000000000000000"))
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
