import Testing
@testable import JixiaoExpression

@Suite("Evaluator: values, operators and conditionals")
struct EvaluatorTests {
    @Test func arithmeticIsExact() throws {
        #expect(try evaluate("0.1 + 0.2") == .number(r("0.3")))
        #expect(try evaluate("0.1 + 0.2 == 0.3") == .bool(true))
        // 1 ÷ 3 × 3 = 1 exactly.
        #expect(try evaluate("1 / 3 * 3") == .number(1))
        #expect(try evaluate("1 / 3") == .number(fraction(1, 3)))
    }

    @Test func referencesReadTheEnvironment() throws {
        let data: [String: Value] = ["t01.income.total": .number(r("1938.03")), "收入.合计": .number(10)]
        #expect(try evaluate("t01.income.total - 0.03", data) == .number(1938))
        #expect(try evaluate("收入.合计 * 2", data) == .number(20))
    }

    @Test func ratioComparedWithPercentLiteral() throws {
        // 1717.31 / 1938.03 = 0.886111… < 0.9
        #expect(try evaluate("ratio(1717.31, 1938.03) < 90%") == .bool(true))
        #expect(try evaluate("ratio(1717.31, 1938.03) >= 88.61%") == .bool(true))
        #expect(try evaluate("ratio(1717.31, 1938.03) >= 88.62%") == .bool(false))
        let data: [String: Value] = ["spent": .number(r("1717.31")), "budget": .number(r("1938.03"))]
        let rate = try #require(try evaluate("percent(spent, budget)", data).number)
        #expect(rate.percentText(places: 2) == "88.61%")
    }

    @Test func comparisons() throws {
        #expect(try evaluate("2 <= 2") == .bool(true))
        #expect(try evaluate("2 < 2") == .bool(false))
        #expect(try evaluate("3 ≥ 2.999") == .bool(true))
        #expect(try evaluate("-1 > -2") == .bool(true))
        #expect(try evaluate("90% == 0.9") == .bool(true))
        #expect(try evaluate("\"合格\" == '合格'") == .bool(true))
        #expect(try evaluate("“合格” != \"不合格\"") == .bool(true))
        #expect(try evaluate("true == (1 < 2)") == .bool(true))
    }

    @Test func ifThenElse() throws {
        let source = "if score >= 60 then \"合格\" else \"不合格\""
        #expect(try evaluate(source, ["score": .number(60)]) == .text("合格"))
        #expect(try evaluate(source, ["score": .number(r("59.99"))]) == .text("不合格"))
        #expect(try evaluate(source) == .missing(["score"]))
    }

    @Test func onlyTheChosenBranchIsEvaluated() throws {
        #expect(try evaluate("if true then 1 else absent.value") == .number(1))
        #expect(try evaluate("if false then 1 / 0 else 2") == .number(2))
        #expect(try evaluate("if(x > 0, x, 0)", ["x": .number(-5)]) == .number(0))
    }

    @Test func unaryOperators() throws {
        #expect(try evaluate("-x", ["x": .number(r("2.5"))]) == .number(r("-2.5")))
        #expect(try evaluate("+x", ["x": .number(3)]) == .number(3))
        #expect(try evaluate("not flag", ["flag": .bool(false)]) == .bool(true))
    }
}
