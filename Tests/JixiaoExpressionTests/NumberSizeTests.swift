import Testing
@testable import JixiaoExpression

/// Numbers with too many digits or too large an exponent are refused with a reason, not computed slowly.
@Suite("Number size limits")
struct NumberSizeTests {
    @Test func fortyDigitsAreAcceptedFortyOneAreNot() throws {
        let forty = String(repeating: "9", count: 40)
        #expect(Rational(decimalText: forty) != nil)
        #expect(Rational(decimalText: forty + "9") == nil)
        #expect(Rational.sizeProblem(ofDecimalText: forty + "9") == "数字位数过多（41 位），最多 40 位")
        // Leading zeros of the integer part are not digits of the value; fraction digits are.
        #expect(Rational(decimalText: String(repeating: "0", count: 60) + "1.5") == fraction(3, 2))
        #expect(Rational.sizeProblem(ofDecimalText: "0." + String(repeating: "0", count: 40) + "1") == "数字位数过多（41 位），最多 40 位")
    }

    @Test func exponentsBeyondOneHundredAreRefused() throws {
        #expect(Rational(decimalText: "1e100") == Rational.powerOfTen(100))
        #expect(Rational(decimalText: "1e-100") == Rational.powerOfTen(-100))
        #expect(Rational(decimalText: "1e101") == nil)
        #expect(Rational.sizeProblem(ofDecimalText: "1e10000") == "指数过大（10000），指数最多为 ±100")
        #expect(Rational.sizeProblem(ofDecimalText: "1e-999999999999") == "指数过大（-999999…），指数最多为 ±100")
    }

    @Test func textsThatAreNotNumbersHaveNoSizeProblem() {
        #expect(Rational.sizeProblem(ofDecimalText: String(repeating: "9", count: 50) + "x") == nil)
        #expect(Rational.sizeProblem(ofDecimalText: "12") == nil)
    }

    @Test func aLargerLimitCanBeAskedFor() {
        let hundred = String(repeating: "7", count: 100)
        #expect(Rational(decimalText: hundred, maximumDigits: 100) != nil)
        #expect(Rational(decimalText: hundred) == nil)
    }

    @Test func expressionLiteralsTooLargeSayWhy() throws {
        do {
            _ = try Expression.parse("x + 1e10000")
            Issue.record("1e10000 was accepted")
        } catch {
            // "x + " is 4 characters: the literal starts at offset 4.
            #expect(error == ExpressionError(offset: 4, message: "指数过大（10000），指数最多为 ±100"))
        }
    }
}
