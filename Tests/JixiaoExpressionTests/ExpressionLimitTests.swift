import Testing
@testable import JixiaoExpression

/// Hostile expressions are refused with a message at their place instead of exhausting the stack or the clock.
@Suite("Expression limits")
struct ExpressionLimitTests {
    private func parseError(_ source: String) -> ExpressionError? {
        do {
            _ = try Expression.parse(source)
            return nil
        } catch {
            return error
        }
    }

    @Test func fiveThousandNestedCallsAreRefusedAsTooLong() throws {
        // 5,000 × "min(" (20,000) + "1" + 5,000 × ")" is 25,001 characters, over the 5,000 limit.
        let source = String(repeating: "min(", count: 5_000) + "1" + String(repeating: ")", count: 5_000)
        let error = try #require(parseError(source))
        #expect(error.offset == 0)
        #expect(error.message.hasPrefix("表达式过长：25001 个字符，上限 5000 个"))
    }

    @Test func twentyThousandMinusSignsAndTenThousandTermsAreRefused() throws {
        #expect(parseError(String(repeating: "-", count: 20_000) + "1")?.message.hasPrefix("表达式过长") == true)
        // "1" followed by 9,999 × "+1": 19,999 characters.
        let sum = "1" + String(repeating: "+1", count: 9_999)
        #expect(parseError(sum)?.message.hasPrefix("表达式过长：19999 个字符") == true)
    }

    @Test func nestingDeeperThanTheLimitIsReportedAtTheCallThatCrossesIt() throws {
        // 200 nested calls fit in 1,001 characters; the 101st "min" starts at offset 100 × 4 = 400.
        let source = String(repeating: "min(", count: 200) + "1" + String(repeating: ")", count: 200)
        let error = try #require(parseError(source))
        #expect(error.offset == 400)
        #expect(error.message.hasPrefix("表达式嵌套过深：超过 100 层"))
    }

    @Test func parenthesesCountAsLevels() throws {
        // The 101st "(" is at offset 100.
        let error = try #require(parseError(String(repeating: "(", count: 150) + "1" + String(repeating: ")", count: 150)))
        #expect(error.offset == 100)
        #expect(error.message.hasPrefix("表达式嵌套过深"))
    }

    @Test func aLongChainCountsOneLevelPerOperator() throws {
        // "1" + 150 × "+1": node k (k = 1, 2, …) of the left-leaning chain has height k + 1, so the 100th
        // "+" makes height 101. That "+" stands at offset 1 + 2 × 99 = 199.
        let error = try #require(parseError("1" + String(repeating: "+1", count: 150)))
        #expect(error.offset == 199)
        #expect(error.message.hasPrefix("表达式嵌套过深"))
        // 98 "+" give height 99: accepted, and 99 ones make 99.
        #expect(try Expression.parse("1" + String(repeating: "+1", count: 98)).evaluate(in: DictionaryEnvironment()) == .number(99))
    }

    @Test func unarySignsUpToTheLimitAreAccepted() throws {
        // 99 minus signs over a literal: height 100, the limit. An odd number of negations gives −1.
        let deepest = try Expression.parse(String(repeating: "-", count: 99) + "1")
        #expect(deepest.evaluate(in: DictionaryEnvironment()) == .number(-1))
        // 100 signs make height 101; the outermost sign, at offset 0, is the node that crosses the limit.
        #expect(parseError(String(repeating: "-", count: 100) + "1")?.offset == 0)
        // 101 signs: the parser stops on entering the 101st level, at offset 100.
        #expect(parseError(String(repeating: "-", count: 101) + "1")?.offset == 100)
        #expect(parseError(String(repeating: "not ", count: 120) + "true")?.message.hasPrefix("表达式嵌套过深") == true)
    }

    @Test func nestedIfConditionsParseInLinearTime() throws {
        // if(if(…(1 > 0, 1, 0)… > 0, 1, 0): each "if(" is first read as "if … then" and then as a call.
        // Without remembering parsed ifs, 40 levels would take 2^40 steps. The innermost gives 1 (1 > 0),
        // and every level above it sees 1 > 0 again, so the whole is 1.
        var source = "1"
        for _ in 0..<40 { source = "if(\(source) > 0, 1, 0)" }
        let expression = try Expression.parse(source)
        #expect(expression.evaluate(in: DictionaryEnvironment()) == .number(1))
    }

    @Test func resultsThatGrowPastFourThousandBitsAreNotComputable() throws {
        // a = 10^39. a^k has ⌊39k × log2(10)⌋ + 1 bits: k = 31 gives ⌊4016.2⌋ + 1 = 4017 (kept),
        // k = 32 gives ⌊4145.8⌋ + 1 = 4146, over 4096.
        let a = try #require(Rational(decimalText: "1e39"))
        let environment = DictionaryRangeEnvironment(values: ["a": .number(a)])
        let product = { (count: Int) in try Expression.parse(Array(repeating: "a", count: count).joined(separator: " * ")) }
        #expect(try product(31).evaluate(in: environment) == .number(Rational.powerOfTen(39 * 31)))
        #expect(try product(32).evaluate(in: environment) == .notComputable(Rational.tooLargeReason))
        // The range evaluator refuses the same value.
        #expect(try product(32).evaluateRange(in: environment) == .other(.notComputable(Rational.tooLargeReason)))
    }
}
