import Testing
@testable import JixiaoExpression

@Suite("Rational formatting")
struct RationalFormattingTests {
    @Test func decimalTextRoundsHalfUpToFixedPlaces() {
        #expect(r("1717.31").decimalText(places: 2) == "1717.31")
        #expect(fraction(2, 3).decimalText(places: 2) == "0.67")
        #expect(r("-0.005").decimalText(places: 2) == "-0.01")
        #expect(r("0.005").decimalText(places: 2) == "0.01")
        #expect(Rational(5).decimalText(places: 2) == "5.00")
        #expect(r("0.05").decimalText(places: 1) == "0.1")
        #expect(r("0.001").decimalText(places: 3) == "0.001")
        #expect(Rational(123).decimalText(places: 0) == "123")
        // Zeros padded before and after the digits, the sign kept.
        #expect(r("-0.05").decimalText(places: 4) == "-0.0500")
        #expect(r("-1234567.891").decimalText(places: 5) == "-1234567.89100")
        // 1/2 → 1 and −1/2 → −1 (half away from zero); 1/8 → 0
        #expect(fraction(1, 2).decimalText(places: 0) == "1")
        #expect(fraction(-1, 2).decimalText(places: 0) == "-1")
        #expect(fraction(1, 8).decimalText(places: 0) == "0")
    }

    @Test func neverWritesNegativeZero() {
        #expect(r("-0.004").decimalText(places: 2) == "0.00")
        #expect(r("-0.4").decimalText(places: 0) == "0")
        #expect(r("-0.00004").percentText(places: 2) == "0.00%")
    }

    @Test func roundedScaledIntegerRoundsHalfUpInMachineIntegers() {
        // 2/3 × 100 = 66.67 → 67; −0.005 × 100 = −0.5 → −1 (halves away from zero); 0.0049 × 100 → 0.
        #expect(fraction(2, 3).roundedScaledInteger(places: 2) == 67)
        #expect(r("-0.005").roundedScaledInteger(places: 2) == -1)
        #expect(r("0.0049").roundedScaledInteger(places: 2) == 0)
        #expect(Rational(123).roundedScaledInteger(places: 0) == 123)
        // 10^18 × 10^2 does not fit in Int64: left to the exact path.
        #expect(r("1000000000000000000").roundedScaledInteger(places: 2) == nil)
    }

    @Test func textOfValuesTooLargeForMachineIntegers() {
        // The same text through the exact path as the machine-integer one would give.
        #expect(r("1000000000000000000").decimalText(places: 2) == "1000000000000000000.00")
        #expect(r("100000000000000000.005").percentText(places: 1) == "10000000000000000000.5%")
    }

    @Test func exactDecimalText() {
        #expect(r("88.61").exactDecimalText() == "88.61")
        #expect(fraction(1, 2).exactDecimalText() == "0.5")
        #expect(Rational(3).exactDecimalText() == "3")
        #expect(r("3.000").exactDecimalText() == "3")
        #expect(fraction(-1, 8).exactDecimalText() == "-0.125")
        #expect(r("-0.05").exactDecimalText() == "-0.05")
        #expect(fraction(1, 3).exactDecimalText() == nil)
        // 1/40 = 0.025 needs 3 places.
        #expect(fraction(1, 40).exactDecimalText(maxPlaces: 2) == nil)
        #expect(fraction(1, 40).exactDecimalText(maxPlaces: 3) == "0.025")
        // 1/2^20 needs 20 decimals, past what Int64 scales to: the exact path writes it.
        #expect(fraction(1, 1_048_576).exactDecimalText() == "0.00000095367431640625")
        #expect(fraction(-3, 1024).exactDecimalText() == "-0.0029296875")
    }

    @Test func exactDecimalTextRespectsTheDefaultLimit() throws {
        // 1/2^50 = 5^50/10^50 needs 50 places: more than the default 40.
        let tiny = try #require(Rational(1).divided(by: Rational(1 << 50)))
        #expect(tiny.exactDecimalText() == nil)
        // 2^50 ≈ 1.126 × 10^15, so 1/2^50 ≈ 8.88 × 10^−16: fifteen zeros after the point, then 8…, ending in 5.
        let text = try #require(tiny.exactDecimalText(maxPlaces: 50))
        #expect(text.count == 52)
        #expect(text.hasPrefix("0.0000000000000008"))
        #expect(text.hasSuffix("5"))
    }

    @Test func percentTextOfDocumentRatios() throws {
        // 1938.03 × 0.8861 = 1717.288383 and 1938.03 × 0.88615 = 1717.385284…,
        // so 1717.31 / 1938.03 = 0.886111… lies in [0.8861, 0.88615) → 88.61%.
        let execution = try #require(r("1717.31").divided(by: r("1938.03")))
        #expect(execution.percentText(places: 2) == "88.61%")
        // 572.97 × 0.49115 = 281.414216 ≤ 281.43 < 572.97 × 0.4912 = 281.442864,
        // so 281.43 / 572.97 = 0.491178… → 49.12%.
        let second = try #require(r("281.43").divided(by: r("572.97")))
        #expect(second.percentText(places: 2) == "49.12%")
        // 9.13 × 0.77105 = 7.0396865 ≤ 7.04 < 9.13 × 0.77115 = 7.0405995,
        // so 7.04 / 9.13 = 0.771084… → 77.11%.
        let third = try #require(r("7.04").divided(by: r("9.13")))
        #expect(third.percentText(places: 2) == "77.11%")
    }

    @Test func percentTextOtherCases() {
        #expect(r("0.88611").percentText(places: 2) == "88.61%")
        #expect(fraction(1, 3).percentText(places: 1) == "33.3%")
        #expect(Rational.one.percentText(places: 0) == "100%")
        // 0.00125 → 0.125% → 0.13% (half-up)
        #expect(r("0.00125").percentText(places: 2) == "0.13%")
    }

    @Test func description() {
        #expect(r("1717.31").description == "1717.31")
        #expect(fraction(2, 3).description == "2/3")
        #expect(fraction(-2, 3).description == "-2/3")
        #expect(Rational.zero.description == "0")
        #expect(Rational(-42).description == "-42")
    }

    @Test func terminatingPlacesCountsTheLargerPowerOfTwoOrFive() {
        // A reduced fraction ends after max(a, b) decimals when its denominator is 2^a × 5^b, and never otherwise.
        #expect(Rational(7).terminatingPlaces() == 0)
        #expect(fraction(1, 8).terminatingPlaces() == 3)        // 0.125
        #expect(fraction(3, 25).terminatingPlaces() == 2)       // 0.12
        #expect(fraction(1, 40).terminatingPlaces() == 3)       // 2^3 × 5 → 0.025
        #expect(fraction(1, 1024).terminatingPlaces() == 10)    // 2^10
        #expect(fraction(-7, 160).terminatingPlaces() == 5)     // 2^5 × 5 → -0.04375
        #expect(fraction(1, 3).terminatingPlaces() == nil)
        #expect(fraction(1, 6).terminatingPlaces() == nil)      // 2 × 3
    }

    @Test func scaledDecimalGivesTheDigitsOfTheExactText() {
        // 88.611 = 88611 / 10^3; as a percent (× 100) of 0.88611 the same digits with 3 places.
        #expect(r("88.611").scaledDecimal(maxPlaces: 6)! == (88611, 3))
        #expect(r("0.88611").scaledDecimal(shift: 2, maxPlaces: 6)! == (88611, 3))
        // 3/8 = 0.375 → 37.5 %; 0.5 → 50 % (digits widened, no places); 7 → 700 %.
        #expect(fraction(3, 8).scaledDecimal(shift: 2, maxPlaces: 6)! == (375, 1))
        #expect(r("0.5").scaledDecimal(shift: 2, maxPlaces: 6)! == (50, 0))
        #expect(Rational(7).scaledDecimal(shift: 2, maxPlaces: 0)! == (700, 0))
        #expect(r("-0.05").scaledDecimal(maxPlaces: 2)! == (-5, 2))
        #expect(Rational.zero.scaledDecimal(maxPlaces: 0)! == (0, 0))
        // More places than allowed, a value that never ends, digits past 64 bits: nil.
        #expect(r("0.1234567").scaledDecimal(maxPlaces: 6) == nil)
        #expect(r("0.0012345").scaledDecimal(shift: 2, maxPlaces: 5) != nil)
        #expect(fraction(1, 3).scaledDecimal(maxPlaces: 40) == nil)
        #expect(Rational(Int.max / 10).scaledDecimal(shift: 2, maxPlaces: 0) == nil)
    }

    @Test func scaledDecimalAgreesWithExactDecimalText() {
        for text in ["0", "1", "-1", "0.5", "88.611", "-0.005", "1717.31", "0.0001", "123456.789", "0.88611631"] {
            for shift in [0, 2] {
                let scaled = shift == 0 ? r(text) : r(text) * .hundred
                // Both nil for 0.88611631 itself (8 places), both 88.611631 as a percent.
                let exact = r(text).scaledDecimal(shift: shift, maxPlaces: 6)
                #expect(exact.map { Rational.decimalText(digits: $0.digits, places: $0.places) }
                        == scaled.exactDecimalText(maxPlaces: 6), "\(text) × 10^\(shift)")
            }
        }
    }
}
