import BigInt
import Testing
@testable import JixiaoExpression

@Suite("Rational parsing")
struct RationalParsingTests {
    @Test(arguments: [
        ("1717.31", 171731, 100),
        ("-0.5", -1, 2),
        ("+3", 3, 1),
        ("1,717.31", 171731, 100),
        ("1,234,567", 1234567, 1),
        ("-12,345.5", -24691, 2),
        (".5", 1, 2),
        ("5.", 5, 1),
        ("1e3", 1000, 1),
        ("1.5E-2", 3, 200),     // 0.015 = 15/1000 = 3/200
        ("2.5e+1", 25, 1),
        ("88.61%", 8861, 10000),
        ("50 %", 1, 2),
        ("  12\t", 12, 1),
        ("\u{3000}7\u{3000}", 7, 1), // ideographic spaces
        ("１２３．５", 247, 2),          // full-width digits and point: 123.5
        ("５０％", 1, 2),               // full-width percent
        ("−3", -3, 1),                 // U+2212 minus sign
        ("0.000", 0, 1),
        ("-0", 0, 1),
    ])
    func parsesDocumentNumbers(text: String, numerator: Int, denominator: Int) {
        #expect(Rational(decimalText: text) == fraction(numerator, denominator))
    }

    @Test(arguments: [
        "", "   ", "nan", "NaN", "inf", "-inf", "1,71,7", "1,7171", "1717,31", ",123", "1,", "1234,567",
        "12a", "1e", "e3", "--1", "+-1", "1.2.3", ".", "-", "%", "5%%", "%5", "1 2", "0x10", "1e99999", "1_000",
    ])
    func rejectsEverythingElse(text: String) {
        #expect(Rational(decimalText: text) == nil)
    }

    /// Past 18 significant digits the mantissa no longer fits the scanner's Int64 sum and is read as a BigInt.
    @Test func longMantissasAreReadExactly() {
        // 18 digits: the largest read through Int64; 19 and 20 digits, with commas, a point, sign and percent.
        #expect(Rational(decimalText: "999999999999999999") == Rational(numerator: BigInt("999999999999999999"), denominator: 1))
        #expect(Rational(decimalText: "-1,234,567,890,123,456,789.5")
                == Rational(numerator: BigInt("-12345678901234567895"), denominator: 10))
        // 0.00…01 with 19 fraction digits, as a percent: 10^-19 / 100 = 10^-21.
        #expect(Rational(decimalText: "0.0000000000000000001%") == Rational(numerator: 1, denominator: BigInt(10).power(21)))
        // Leading zeros of the integer part do not push a short number onto the BigInt path.
        #expect(Rational(decimalText: "0000000000000000000012.5") == fraction(25, 2))
    }

    /// Tabs and other whitespace, and non-ASCII forms, are mapped first; a non-ASCII letter is no number.
    @Test func mappedTextsFollowTheSameRules() {
        #expect(Rational(decimalText: "\t1,717.31\n") == fraction(171731, 100))
        #expect(Rational(decimalText: "１，７１７") == fraction(1717, 1))
        #expect(Rational(decimalText: "5元") == nil)
        #expect(Rational.printedHalfUnit(of: "１７．３％") == fraction(1, 2000)) // half of 0.1 percentage points
    }
}
