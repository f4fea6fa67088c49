import Testing
@testable import JixiaoExpression

@Suite("Evaluator: missing data, errors and short-circuits")
struct EvaluatorProblemTests {
    @Test func missingPropagatesWithTheUnionOfPaths() throws {
        #expect(try evaluate("a + 1") == .missing(["a"]))
        #expect(try evaluate("a + b * c", ["b": .number(2)]) == .missing(["a", "c"]))
        #expect(try evaluate("-(a) < b") == .missing(["a", "b"]))
        #expect(try evaluate("ratio(a, b)") == .missing(["a", "b"]))
        #expect(try evaluate("not a") == .missing(["a"]))
    }

    @Test func missingWinsOverNotComputableInEitherOrder() throws {
        #expect(try evaluate("1 / 0 + a") == .missing(["a"]))
        #expect(try evaluate("a + 1 / 0") == .missing(["a"]))
    }

    @Test func firstNotComputableFromTheLeftWhenNothingIsMissing() throws {
        let value = try evaluate("1 / 0 + (\"x\" * 2)")
        #expect(isNotComputable(value, containing: "除数为零"))
    }

    @Test func environmentWithoutPathStillNamesIt() throws {
        struct Forgetful: ExpressionEnvironment {
            func value(of path: String) -> Value { .missing([]) }
        }
        let value = try Expression.parse("x.y + 1").evaluate(in: Forgetful())
        #expect(value == .missing(["x.y"]))
    }

    @Test func andShortCircuitsWhenAKnownSideIsFalse() throws {
        #expect(try evaluate("false and x") == .bool(false))
        #expect(try evaluate("x and false") == .bool(false))
        #expect(try evaluate("x and true") == .missing(["x"]))
        #expect(try evaluate("true and x") == .missing(["x"]))
        #expect(try evaluate("x and y") == .missing(["x", "y"]))
        // The right side is not evaluated at all: its division by zero does not surface.
        #expect(try evaluate("false and 1 / 0 > 1") == .bool(false))
        #expect(try evaluate("1 / 0 > 1 and false") == .bool(false))
    }

    @Test func orShortCircuitsWhenAKnownSideIsTrue() throws {
        #expect(try evaluate("true or x") == .bool(true))
        #expect(try evaluate("x or true") == .bool(true))
        #expect(try evaluate("x or false") == .missing(["x"]))
        #expect(try evaluate("false or x") == .missing(["x"]))
        #expect(try evaluate("x || y") == .missing(["x", "y"]))
    }

    @Test func existsTurnsMissingIntoFalse() throws {
        #expect(try evaluate("exists(a)") == .bool(false))
        #expect(try evaluate("exists(a)", ["a": .number(0)]) == .bool(true))
        #expect(try evaluate("exists(a)", ["a": .text("")]) == .bool(true))
        // A guard keeps the missing value from being read at all.
        #expect(try evaluate("exists(a) and a > 0") == .bool(false))
        #expect(try evaluate("not exists(a) or a > 0") == .bool(true))
    }

    @Test func divisionByZeroIsNotComputable() throws {
        #expect(isNotComputable(try evaluate("1 / 0"), containing: "除数为零"))
        #expect(isNotComputable(try evaluate("a / (b - b)", ["a": .number(1), "b": .number(5)]), containing: "“(b - b)”"))
        #expect(try evaluate("ratio(1, 0)") == .notComputable("除数为零（ratio 的第 2 个参数“0”为 0）"))
        #expect(isNotComputable(try evaluate("percent(1, x)", ["x": .number(0)]), containing: "percent 的第 2 个参数“x”为 0"))
        #expect(isNotComputable(try evaluate("growth(5, 0)"), containing: "除数为零"))
        #expect(try evaluate("0 / 5") == .number(0))
    }

    @Test func typeMismatchesAreNotComputable() throws {
        #expect(isNotComputable(try evaluate("\"a\" + 1"), containing: "类型不符"))
        #expect(isNotComputable(try evaluate("true == 1"), containing: "类型不符"))
        #expect(isNotComputable(try evaluate("1 < \"2\""), containing: "类型不符"))
        #expect(isNotComputable(try evaluate("not 1"), containing: "类型不符"))
        #expect(isNotComputable(try evaluate("1 and true"), containing: "类型不符"))
        #expect(isNotComputable(try evaluate("false or 1"), containing: "类型不符"))
        #expect(isNotComputable(try evaluate("if 1 then 2 else 3"), containing: "类型不符"))
        #expect(isNotComputable(try evaluate("-\"x\""), containing: "类型不符"))
        #expect(isNotComputable(try evaluate("items + 1", ["items": .list([.number(1)])]), containing: "列表"))
        // The message names the offending sub-expression.
        #expect(try evaluate("name * 2", ["name": .text("张三")])
            == .notComputable("类型不符：“*”需要数字，而“name”是文字"))
    }

    @Test func typeMismatchOfAShortCircuitedSideDoesNotMatter() throws {
        #expect(try evaluate("false and 1") == .bool(false))
        #expect(try evaluate("true or \"x\"") == .bool(true))
    }
}
