import Testing
@testable import JixiaoExpression

@Suite("Parser precedence and references")
struct ParserTests {
    @Test(arguments: [
        ("1 + 2 * 3", Value.number(7)),
        ("(1 + 2) * 3", .number(9)),
        ("10 - 4 - 3", .number(3)),           // left associative: (10 − 4) − 3
        ("12 / 3 / 2", .number(2)),           // (12 ÷ 3) ÷ 2
        ("-2 * 3 + 10", .number(4)),
        ("- -2", .number(2)),
        ("2 × 3 ÷ 4 − 1", .number(r("0.5"))), // 6 ÷ 4 − 1 = 0.5
        ("（1 + 2）× 3", .number(9)),
        ("1 + 2 > 2", .bool(true)),           // arithmetic binds tighter than comparison
        ("not 1 > 2", .bool(true)),           // not (1 > 2)
        ("not true and false", .bool(false)), // (not true) and false
        ("true or false and false", .bool(true)), // true or (false and false)
        ("!(1 ≠ 1)", .bool(true)),
        ("true && false || true", .bool(true)),
        ("if true then 1 else 2 + 10", .number(1)),
        ("if false then 1 else 2 + 10", .number(12)), // the else branch extends to the end
        ("1 + if false then 1 else 2", .number(3)),
        ("if 1 > 2 then 1 else if 2 > 1 then 2 else 3", .number(2)),
        ("if (1 > 2) then 1 else 2", .number(2)),
        ("if(1 > 2, \"大\", \"小\") == \"小\"", .bool(true)),
        ("if(true, 1, 2) + 1", .number(2)),
        ("0.1 + 0.2 == 0.3", .bool(true)),
    ])
    func precedence(source: String, expected: Value) throws {
        #expect(try evaluate(source) == expected)
    }

    @Test func referencesAreListedInSourceOrderWithOffsets() throws {
        let expression = try Expression.parse("ratio(t01.income.total, t01.budget) >= 90% and exists(items.0.final)")
        // "ratio(" is 6 scalars; t01.income.total (16) spans 6–21; ", " 22–23; t01.budget starts at 24 and
        // ends at 33; ")" 34; " >= 90% and " 35–46; "exists(" 47–53; items.0.final starts at 54.
        #expect(expression.references == [
            Reference(path: "t01.income.total", offset: 6),
            Reference(path: "t01.budget", offset: 24),
            Reference(path: "items.0.final", offset: 54),
        ])
        #expect(expression.description == "ratio(t01.income.total, t01.budget) >= 90% and exists(items.0.final)")
    }

    @Test func referencesRepeatAndIncludeBothBranchesAndChineseOffsets() throws {
        let expression = try Expression.parse("if 得分 > 0 then 得分 else 备用.得分")
        // "if " 0–2, 得分 3–4, " > 0 then " 5–14, 得分 15–16, " else " 17–22, 备用.得分 23.
        #expect(expression.references.map(\.path) == ["得分", "得分", "备用.得分"])
        #expect(expression.references.map(\.offset) == [3, 15, 23])
    }

    @Test func functionFormOfIfListsReferencesOnce() throws {
        // The parser tries the keyword form first and rewinds; the references must not be doubled.
        let expression = try Expression.parse("if(a, b, c)")
        #expect(expression.references.map(\.path) == ["a", "b", "c"])
    }

    @Test func functionNamesAreNotReferences() throws {
        let expression = try Expression.parse("sum(count(x), abs(y))")
        #expect(expression.references.map(\.path) == ["x", "y"])
    }

    @Test func availableFunctionsAreDescribed() {
        let names = Expression.availableFunctions.map(\.name)
        #expect(names.contains("ratio") && names.contains("growth") && names.contains("exists"))
        #expect(Expression.availableFunctions.allSatisfy { !$0.summary.isEmpty })
    }
}
