import Testing
@testable import JixiaoExpression

@Suite("Rational.printedHalfUnit: the precision of a printed figure")
struct PrintedHalfUnitTests {
    @Test(arguments: [
        // Two decimals: the last place is 0.01, half of it 0.005.
        ("1717.31", "0.005"),
        ("1,717.31", "0.005"),
        ("-0.5", "0.05"),
        ("6.1", "0.05"),
        // Trailing zeros were printed, so they count.
        ("6.10", "0.005"),
        ("132", "0.5"),
        ("5.", "0.5"),
        (".25", "0.005"),
        // 88.61% = 0.8861; the last place is 0.01 percentage points = 0.0001, half of it 0.00005.
        ("88.61%", "0.00005"),
        ("88.61 %", "0.00005"),
        // 12% = 0.12; one percentage point is 0.01, half of it 0.005.
        ("12%", "0.005"),
        // 1.5E-2 = 0.015; the last place is 0.001, half of it 0.0005.
        ("1.5E-2", "0.0005"),
        // 1e3 = 1000 written with one significant digit: the unit is 1000, half of it 500.
        ("1e3", "500"),
        // Full-width digits and point: １２３．４ → last place 0.1.
        ("１２３．４", "0.05"),
    ])
    func halfUnitOfTheLastPrintedPlace(text: String, expected: String) {
        #expect(Rational.printedHalfUnit(of: text) == r(expected))
    }

    @Test(arguments: ["", "abc", "1,71,7", "1.2.3", "%", "1e", "nan"])
    func textThatIsNotANumberHasNone(text: String) {
        #expect(Rational.printedHalfUnit(of: text) == nil)
    }

    @Test func buildsTheRangeOfAPrintedFigure() throws {
        let text = "1717.31"
        let halfUnit = try #require(Rational.printedHalfUnit(of: text))
        let range = RationalRange(center: try #require(Rational(decimalText: text)), halfWidth: halfUnit)
        #expect(range == span("1717.305", "1717.315"))
    }

    /// One reading gives both: 88.61% is 0.8861 with half of 0.0001 (0.01 percentage points); 1,717.31 is
    /// 1717.31 with 0.005; -0.5 is -0.5 with 0.05.
    @Test(arguments: [("88.61%", "0.8861", "0.00005"), ("1,717.31", "1717.31", "0.005"), ("-0.5", "-0.5", "0.05")])
    func valueAndHalfUnitFromOneReading(text: String, value: String, halfUnit: String) throws {
        let parsed = try #require(Rational.parsingDecimalText(text))
        #expect(parsed.value == r(value))
        #expect(parsed.printedHalfUnit == r(halfUnit))
    }

    @Test(arguments: ["", "abc", "1.2.3", "1e"])
    func textThatIsNotANumberIsNotRead(text: String) {
        #expect(Rational.parsingDecimalText(text) == nil)
    }

    /// Half a unit of a place, written down directly, by hand: 10^−2 → 0.005 = 1/200, 10^0 → 1/2, 10^3 → 500.
    @Test(arguments: [(-2, "0.005"), (-4, "0.00005"), (0, "0.5"), (1, "5"), (3, "500"), (-17, "0.000000000000000005")])
    func halfUnitOfAPlaceByHand(exponent: Int, expected: String) {
        // Equal stored parts, since Rational compares them: the direct form is the reduced, canonical one.
        #expect(Rational.halfUnit(ofPlace: exponent) == r(expected))
    }

    /// The direct form and the general product 5 × 10^(e − 1) agree, on both sides of where the direct form stops.
    @Test func halfUnitOfAPlaceAgreesWithTheProduct() {
        for exponent in -40...40 {
            #expect(Rational.halfUnit(ofPlace: exponent) == Rational(5) * Rational.powerOfTen(exponent - 1), "10^\(exponent)")
        }
    }
}
