import BigInt
import Testing
@testable import JixiaoExpression

@Suite("Rational arithmetic")
struct RationalArithmeticTests {
    @Test func normalizesSignAndCommonFactors() {
        // 6 / −4 = −3/2: gcd 2, sign moved to the numerator.
        let value = Rational(numerator: 6, denominator: -4)
        #expect(value.numerator == -3)
        #expect(value.denominator == 2)
        // 0 / −5 is stored as 0/1, so it equals and hashes like zero.
        let zero = Rational(numerator: 0, denominator: -5)
        #expect(zero.numerator == 0 && zero.denominator == 1)
        #expect(zero == .zero)
        #expect(Set([zero, Rational.zero]).count == 1)
        #expect(Rational(numerator: 2, denominator: 4).hashValue == Rational(numerator: -3, denominator: -6).hashValue)
    }

    @Test func decimalSumsAreExact() {
        // 1/10 + 2/10 = 3/10 exactly; binary floating point would give 0.30000000000000004.
        #expect(r("0.1") + r("0.2") == r("0.3"))
        #expect((r("0.1") + r("0.2")).description == "0.3")
    }

    @Test func basicOperations() {
        // 1/3 + 1/6 = 2/6 + 1/6 = 3/6 = 1/2
        #expect(fraction(1, 3) + fraction(1, 6) == fraction(1, 2))
        // 1/3 − 1/2 = 2/6 − 3/6 = −1/6
        #expect(fraction(1, 3) - fraction(1, 2) == fraction(-1, 6))
        // 2/3 × 9/4 = 18/12 = 3/2
        #expect(fraction(2, 3) * fraction(9, 4) == fraction(3, 2))
        // (2/3) ÷ (4/9) = 2/3 × 9/4 = 3/2
        #expect(fraction(2, 3).divided(by: fraction(4, 9)) == fraction(3, 2))
        #expect(-fraction(1, 2) == fraction(-1, 2))
        var total = Rational(5)
        total += 2
        total -= fraction(1, 2)
        total *= 2
        // (5 + 2 − 1/2) × 2 = 13
        #expect(total == 13)
    }

    @Test func divisionByZeroIsNil() {
        #expect(Rational(7).divided(by: .zero) == nil)
        #expect(Rational.zero.divided(by: Rational(numerator: 0, denominator: 3)) == nil)
    }

    @Test func ordering() {
        #expect(fraction(-1, 2) < fraction(1, 3))
        #expect(fraction(1, 3) < fraction(1, 2))
        #expect(fraction(-1, 2) < fraction(-1, 3))
        #expect(max(r("88.61"), r("88.6")) == r("88.61"))
        #expect(min(fraction(2, 3), r("0.66")) == r("0.66"))
    }

    @Test func properties() {
        #expect(fraction(-3, 4).isNegative)
        #expect(!Rational.zero.isNegative)
        #expect(fraction(-3, 4).magnitude == fraction(3, 4))
        #expect(fraction(8, 4).isInteger)
        #expect(!fraction(1, 4).isInteger)
        #expect(Rational.hundred == 100)
        #expect(Rational.one.isInteger && !Rational.one.isZero)
    }

    /// A value too large for machine integers keeps its parts in a box: two boxes made apart holding the same
    /// value are equal and hash alike, and one that differs is not equal.
    @Test func bigValuesCompareAndHashByValue() {
        // 2^70 / 3 in lowest terms, built twice along different roads.
        let power = BigInt(2).power(70)
        let made = Rational(numerator: power, denominator: 3)
        let computed = Rational(numerator: power * 5, denominator: 15)
        #expect(made == computed)
        #expect(made.hashValue == computed.hashValue)
        #expect(Set([made, computed]).count == 1)
        #expect(made != Rational(numerator: power + 1, denominator: 3))
        #expect(made.numerator == power && made.denominator == 3)
        #expect(-made == Rational(numerator: -power, denominator: 3) && (-made).isNegative)
    }
}
