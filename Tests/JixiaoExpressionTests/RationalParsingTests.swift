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
}
