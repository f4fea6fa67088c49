import Testing
@testable import JixiaoExpression

@Suite("Built-in functions")
struct FunctionTests {
    private let data: [String: Value] = [
        "items": .list([.number(1), .number(2), .number(r("3.5"))]),
        "empty": .list([]),
        "nested": .list([.number(1), .list([.number(2), .number(3)])]),
        "holes": .list([.number(1), .missing(["items.1.score"])]),
        "names": .list([.text("甲"), .text("乙")]),
    ]

    @Test func sumFlattensListsAndNumbers() throws {
        // 1 + 2 + 3.5 = 6.5; plus 10 = 16.5
        #expect(try evaluate("sum(items)", data) == .number(r("6.5")))
        #expect(try evaluate("sum(items, 10)", data) == .number(r("16.5")))
        #expect(try evaluate("sum(1, 2, 3)", data) == .number(6))
        #expect(try evaluate("sum(nested)", data) == .number(6))
        #expect(try evaluate("sum(empty)", data) == .number(0))
    }

    @Test func minMaxAvg() throws {
        #expect(try evaluate("min(items)", data) == .number(1))
        #expect(try evaluate("min(items, 0.5)", data) == .number(r("0.5")))
        #expect(try evaluate("max(items)", data) == .number(r("3.5")))
        #expect(try evaluate("max(-1, -2)", data) == .number(-1))
        // (1 + 2 + 3.5) ÷ 3 = 6.5 ÷ 3 = 13/6
        #expect(try evaluate("avg(items)", data) == .number(fraction(13, 6)))
        #expect(try evaluate("avg(2, nested)", data) == .number(2)) // (2 + 1 + 2 + 3) ÷ 4 = 2
    }

    @Test func emptyMinMaxAvgAreNotComputable() throws {
        #expect(isNotComputable(try evaluate("min(empty)", data), containing: "没有任何数字"))
        #expect(isNotComputable(try evaluate("max(empty)", data), containing: "没有任何数字"))
        #expect(isNotComputable(try evaluate("avg(empty)", data), containing: "没有任何数字"))
    }

    @Test func listElementsPropagateProblems() throws {
        #expect(try evaluate("sum(holes)", data) == .missing(["items.1.score"]))
        #expect(try evaluate("sum(holes, absent)", data) == .missing(["items.1.score", "absent"]))
        #expect(isNotComputable(try evaluate("sum(names)", data), containing: "类型不符"))
        // Missing data wins over a text among the numbers, wherever each is.
        #expect(try evaluate("sum(names, absent)", data) == .missing(["absent"]))
        #expect(try evaluate("sum(absent, names, holes)", data) == .missing(["absent", "items.1.score"]))
    }

    @Test func missingArgumentWinsOverUncomputableOne() throws {
        // Either order: 1 / 0 cannot be computed, but the absent value is what the report must name.
        #expect(try evaluate("ratio(absent, 1 / 0)", data) == .missing(["absent"]))
        #expect(try evaluate("ratio(1 / 0, absent)", data) == .missing(["absent"]))
        #expect(try evaluate("round(absent, other)", data) == .missing(["absent", "other"]))
        #expect(isNotComputable(try evaluate("growth(1 / 0, 2)", data), containing: "除数为零"))
    }

    @Test func count() throws {
        #expect(try evaluate("count(items)", data) == .number(3))
        #expect(try evaluate("count(empty)", data) == .number(0))
        #expect(try evaluate("count(nested)", data) == .number(2)) // top-level elements only
        #expect(isNotComputable(try evaluate("count(5)", data), containing: "列表"))
        #expect(try evaluate("count(absent)", data) == .missing(["absent"]))
    }

    @Test func absAndRound() throws {
        #expect(try evaluate("abs(-3.25)") == .number(r("3.25")))
        #expect(try evaluate("round(2.345, 2)") == .number(r("2.35")))
        #expect(try evaluate("round(-2.345, 2)") == .number(r("-2.35")))
        #expect(try evaluate("round(2.5, 0)") == .number(3))
        // 2/3 = 0.666… → 0.67
        #expect(try evaluate("round(2 / 3, 2)") == .number(r("0.67")))
        #expect(isNotComputable(try evaluate("round(1, 1.5)"), containing: "整数"))
        #expect(isNotComputable(try evaluate("round(1, 5000)"), containing: "整数"))
    }

    @Test func ratioPercentGrowth() throws {
        #expect(try evaluate("ratio(1, 4)") == .number(r("0.25")))
        #expect(try evaluate("percent(1, 4)") == .number(r("0.25")))
        // (120 − 100) ÷ 100 = 0.2 and (80 − 100) ÷ 100 = −0.2
        #expect(try evaluate("growth(120, 100)") == .number(r("0.2")))
        #expect(try evaluate("growth(80, 100)") == .number(r("-0.2")))
        #expect(try evaluate("growth(cur, prev)", ["cur": .number(1)]) == .missing(["prev"]))
        #expect(isNotComputable(try evaluate("ratio(\"a\", 2)"), containing: "ratio 的第 1 个参数"))
    }
}

@Suite("contains")
struct ContainsFunctionTests {
    let environment = DictionaryEnvironment([
        "honours": .list([.text("全国先进集体"), .text("2023年度人民网网上群众工作实干担当单位")]),
        "codes": .list([.number(Rational(201)), .number(Rational(20103))]),
        "title": .text("部门整体支出绩效自评报告"),
    ])

    func evaluate(_ source: String) throws -> Value {
        try Expression.parse(source).evaluate(in: environment)
    }

    @Test func listOfTextsMatchesAPart() throws {
        #expect(try evaluate("contains(honours, \"网上群众工作\")") == .bool(true))
        #expect(try evaluate("contains(honours, \"省级\")") == .bool(false))
    }

    @Test func listOfNumbersMatchesEqualElements() throws {
        #expect(try evaluate("contains(codes, 20103)") == .bool(true))
        #expect(try evaluate("contains(codes, 2010301)") == .bool(false))
    }

    @Test func textContainsText() throws {
        #expect(try evaluate("contains(title, \"自评\")") == .bool(true))
    }

    @Test func wrongKindsAreNotComputable() throws {
        guard case .notComputable = try evaluate("contains(title, 3)") else {
            Issue.record("contains(text, number) should be a type error")
            return
        }
        guard case .notComputable = try evaluate("contains(5, 3)") else {
            Issue.record("contains(number, number) should be a type error")
            return
        }
    }

    @Test func missingListPropagates() throws {
        #expect(try evaluate("contains(nothing, \"x\")") == .missing(["nothing"]))
    }
}
