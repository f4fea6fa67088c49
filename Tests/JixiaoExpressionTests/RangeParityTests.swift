import Testing
@testable import JixiaoExpression

/// With every range a point, range evaluation must be the ordinary evaluation: same numbers, same problems,
/// same messages.
@Suite("Range evaluation: point ranges agree with the ordinary evaluator")
struct RangeParityTests {
    static let data: [String: Value] = [
        "a": .number(r("1717.31")),
        "b": .number(r("1938.03")),
        "c": .number(r("-2.5")),
        "z": .number(0),
        "flag": .bool(true),
        "name": .text("网上群众工作"),
        "items": .list([.number(1), .number(2), .number(r("3.5"))]),
        "honours": .list([.text("网上群众工作示范单位"), .text("文明单位")]),
        "mixed": .list([.number(1), .text("x")]),
        "empty": .list([]),
    ]

    static let expressions = [
        "a + b",
        "a - b * c",
        "-a / 3",
        "(a - b) / b",
        "1 / 3 * 3 - 1",
        "ratio(a, b)",
        "percent(a, b) * 100",
        "growth(a, b)",
        "growth(c, a)",
        "sum(items, a, 1)",
        "avg(items)",
        "min(items, c)",
        "max(items, -c)",
        "max(a, c) - min(a, c)",
        "abs(c)",
        "abs(c * 3) + abs(a)",
        "round(ratio(a, b), 4)",
        "round(c, 0)",
        "round(a, -2)",
        "if a > b then a else b",
        "if(flag, c, 0)",
        "count(items) * 2",
        "exists(missing.x)",
        "contains(honours, \"网上\")",
        "ratio(a, b) >= 88.61% and not flag",
        "items",
        // Problems: messages and the missing-wins rule must match too.
        "a / z",
        "ratio(a, z)",
        "growth(a, z)",
        "a + missing.x * missing.y",
        "a / z + missing.x",
        "sum(items, missing.q, 1 / 0)",
        "flag + 1",
        "-flag",
        "items + 1",
        "sum(mixed)",
        "sum(empty)",
        "avg(empty)",
        "round(a, 2.5)",
        "round(a, flag)",
        "abs(name)",
        "ratio(name, a)",
        "if c then 1 else 2",
        "if missing.x > 0 then 1 else 1 / 0",
    ]

    @Test(arguments: expressions)
    func pointRangesGiveTheExactValue(source: String) throws {
        let expression = try Expression.parse(source)
        let environment = DictionaryRangeEnvironment(values: Self.data)
        #expect(expression.evaluateRange(in: environment) == RangeResult(expression.evaluate(in: environment)))
    }

    @Test func explicitPointRangesBehaveLikeValues() throws {
        // The same data given as explicit point ranges rather than derived from the values.
        let ranges: [String: RangeResult] = ["a": .number(RationalRange(r("1717.31"))), "b": .number(RationalRange(r("1938.03")))]
        let environment = DictionaryRangeEnvironment(values: Self.data, ranges: ranges)
        let expression = try Expression.parse("growth(a, b) * 100")
        // (1717.31 − 1938.03) / 1938.03 × 100 = −220.72 / 1938.03 × 100 = −22072 / 1938.03
        #expect(expression.evaluateRange(in: environment) == .number(RationalRange(r("-22072").divided(by: r("1938.03"))!)))
        #expect(expression.evaluateRange(in: environment) == RangeResult(expression.evaluate(in: environment)))
    }
}
