import Testing
@testable import JixiaoExpression

@Suite("Lexer")
struct LexerTests {
    private func kinds(_ source: String) throws -> [Token.Kind] {
        try Lexer.tokenize(source).map(\.kind)
    }

    @Test func pathsOperatorsAndPercentLiterals() throws {
        #expect(try kinds("t01.income.total >= 90%") == [
            .path("t01.income.total"), .operator(.greaterEqual), .number(r("0.9")), .end,
        ])
        #expect(try kinds("items.0.final") == [.path("items.0.final"), .end])
        // Only whole words are keywords; a path segment may be spelt like one.
        #expect(try kinds("item.and") == [.path("item.and"), .end])
        #expect(try kinds("_x1") == [.path("_x1"), .end])
    }

    @Test func numbers() throws {
        #expect(try kinds("12 1717.31 .5 1.5e2 2E-1 7.5%") == [
            .number(12), .number(r("1717.31")), .number(r("0.5")), .number(150), .number(r("0.2")),
            .number(r("0.075")), .end,
        ])
    }

    @Test func keywordsAndCStyleAliases() throws {
        #expect(try kinds("a&&b || !c") == [
            .path("a"), .keyword(.and), .path("b"), .keyword(.or), .keyword(.not), .path("c"), .end,
        ])
        #expect(try kinds("if x then true else false") == [
            .keyword(.if), .path("x"), .keyword(.then), .keyword(.true), .keyword(.else), .keyword(.false), .end,
        ])
        #expect(try kinds("a != b") == [.path("a"), .operator(.notEqual), .path("b"), .end])
    }

    @Test func unicodeAliases() throws {
        #expect(try kinds("×÷−≤≥≠（），") == [
            .operator(.times), .operator(.divide), .operator(.minus), .operator(.lessEqual),
            .operator(.greaterEqual), .operator(.notEqual), .leftParen, .rightParen, .comma, .end,
        ])
    }

    @Test func strings() throws {
        #expect(try kinds(#""合格" 'A' “优秀” "a\"b\\c""#) == [
            .text("合格"), .text("A"), .text("优秀"), .text(#"a"b\c"#), .end,
        ])
    }

    @Test func chineseIdentifiersAndScalarOffsets() throws {
        let tokens = try Lexer.tokenize("收入.合计 ≥ 90%")
        #expect(tokens.map(\.kind) == [.path("收入.合计"), .operator(.greaterEqual), .number(r("0.9")), .end])
        // 收 入 . 合 计 = 5 scalars (0–4), space 5, ≥ 6, space 7, "90%" 8–10, end 11.
        #expect(tokens.map(\.offset) == [0, 6, 8, 11])
        #expect(tokens[2].text == "90%")
    }

    @Test func lexicalErrorsCarryOffsets() {
        #expect(parseError("a = 1")?.offset == 2)
        #expect(parseError("a = 1")?.message.contains("==") == true)
        #expect(parseError("a & b")?.offset == 2)
        #expect(parseError("50 %")?.offset == 3)
        #expect(parseError("50 %")?.message.contains("百分数") == true)
        #expect(parseError("12abc")?.offset == 2)
        #expect(parseError("a.")?.offset == 1)
        #expect(parseError("a.0b")?.offset == 2)
        #expect(parseError("1 # 2")?.offset == 2)
        // The string opens at offset 5 and never closes.
        let unterminated = parseError(#"a == "abc"#)
        #expect(unterminated?.offset == 5)
        #expect(unterminated?.message.contains("字符串没有结束") == true)
    }
}
