import Testing
@testable import JixiaoExpression

@Suite("Parser errors")
struct ParserErrorTests {
    @Test func missingClosingParenthesis() throws {
        // "(1 + 2" has 6 scalars; the ")" is expected at the end.
        let error = try #require(parseError("(1 + 2"))
        #expect(error.offset == 6)
        #expect(error.message.hasPrefix("缺少右括号“)”"))
        #expect(error.message.contains("第 1 个字符"))
    }

    @Test func missingClosingParenthesisOfCall() throws {
        let error = try #require(parseError("max(1, 2"))
        #expect(error.offset == 8)
        #expect(error.message.hasPrefix("缺少右括号“)”"))
    }

    @Test func trailingOperator() throws {
        let error = try #require(parseError("1 +"))
        #expect(error.offset == 3)
        #expect(error.message == "表达式不完整：“+”后面缺少内容")
    }

    @Test func unknownFunctionWithHint() throws {
        let error = try #require(parseError("sume(a)"))
        #expect(error.offset == 0)
        #expect(error.message == "未知函数“sume”，是否想用“sum”？")
        // Case mistakes are typos too.
        #expect(parseError("x + Ratio(a, b)")?.message == "未知函数“Ratio”，是否想用“ratio”？")
        #expect(parseError("x + Ratio(a, b)")?.offset == 4)
    }

    @Test func unknownFunctionWithoutCloseMatchListsFunctions() throws {
        let error = try #require(parseError("frobnicate(1)"))
        #expect(error.message.hasPrefix("未知函数“frobnicate”。可用的函数："))
        #expect(error.message.contains("growth"))
    }

    @Test func wrongArgumentCount() throws {
        // "x + " is 4 scalars, so "round" starts at offset 4.
        let error = try #require(parseError("x + round(a)"))
        #expect(error.offset == 4)
        #expect(error.message == "“round”需要 2 个参数，实际 1 个")
        #expect(parseError("sum()")?.message == "“sum”至少需要 1 个参数，实际 0 个")
        #expect(parseError("ratio(1, 2, 3)")?.message == "“ratio”需要 2 个参数，实际 3 个")
        #expect(parseError("if(a, 1)")?.message == "“if”需要 3 个参数，实际 2 个")
    }

    @Test func emptyExpression() {
        #expect(parseError("") == ExpressionError(offset: 0, message: "表达式为空"))
        #expect(parseError("   ") == ExpressionError(offset: 0, message: "表达式为空"))
    }

    @Test func chainedComparison() throws {
        // "1 < 2 " is 6 scalars; the second "<" is at offset 6.
        let error = try #require(parseError("1 < 2 < 3"))
        #expect(error.offset == 6)
        #expect(error.message.contains("and"))
    }

    @Test func missingOperatorAndStrayTokens() {
        #expect(parseError("1 2") == ExpressionError(offset: 2, message: "“2”前面缺少运算符"))
        #expect(parseError("1)")?.offset == 1)
        #expect(parseError("1)")?.message == "多余的右括号“)”")
        #expect(parseError("1,717.31")?.offset == 1)
        #expect(parseError("a AND b")?.message == "不认识的“AND”，是否想用“and”？（关键字要小写）")
        #expect(parseError("a then b")?.offset == 2)
        #expect(parseError("max(1 2)")?.offset == 6)
        #expect(parseError("* 2")?.offset == 0)
        #expect(parseError("max(, 1)")?.offset == 4)
        #expect(parseError("max(1, )")?.offset == 7)
    }

    @Test func dottedPathIsNotAFunction() {
        #expect(parseError("a.b(1)")?.offset == 0)
    }

    @Test func ifNeedsThenAndElse() throws {
        // "if a then 1" is 11 scalars: "else" is expected at the end.
        let missingElse = try #require(parseError("if a then 1"))
        #expect(missingElse.offset == 11)
        #expect(missingElse.message.hasPrefix("缺少“else”"))
        // "if (a > b) " is 11 scalars: "then" is expected where "1" stands.
        let missingThen = try #require(parseError("if (a > b) 1 else 2"))
        #expect(missingThen.offset == 11)
        #expect(missingThen.message.contains("then"))
        // An error inside the then-branch of a parenthesised condition is reported as such.
        #expect(parseError("if (a) then 1 +")?.message == "表达式不完整：“+”后面缺少内容")
    }

    @Test func offsetsCountUnicodeScalars() throws {
        // 收 入 . 合 计 space + → 7 scalars; the operand is missing at offset 7.
        let error = try #require(parseError("收入.合计 +"))
        #expect(error.offset == 7)
        #expect(error.description == "第 8 个字符处：表达式不完整：“+”后面缺少内容")
    }
}
