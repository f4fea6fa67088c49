import Testing
@testable import JixiaoEngine

/// How indicator inputs are shown is worked out once per rubric (``RubricDisplayUnits``); the table must give
/// what the expression's shape gives, and a rubric whose unit changes must not keep the old table.
@Suite("Display units made once per rubric")
struct RubricDisplayUnitsTests {
    static let rubric = """
        id: t
        title: 测试
        total: 15
        facts: {t.a: amount, t.b: amount, t.rate: percent}
        groups:
          - id: g
            name: 分组
            indicators:
              - {id: A, name: 甲, points: 5, method: {formula: "t.a + t.b"}}
              - {id: B, name: 乙, points: 5, method: {formula: "t.rate"}}
              - {id: C, name: 丙, points: 5, method: {formula: "t.a * 2"}}
        """

    @Test("the table gives each expression's unit, and follows a change of the rubric's unit")
    func table() throws {
        var rubric = try loadRubric(Self.rubric)
        let expressions = rubric.groups[0].indicators.flatMap(\.method.expressions)
        let shown = expressions.map { rubric.displayUnits.displayUnit(of: $0, in: rubric) }
        // A sum of amounts is an amount; a single percent fact a percent; a product is a plain number at 4 places.
        #expect(shown.map(\.unit) == [.amount("万元"), .percent, .plain])
        #expect(shown.map(\.places) == [2, 2, 4])
        // The same answers as working each out on the spot.
        let resolver = ReferenceResolver(rubric: rubric)
        #expect(expressions.map { resolver.displayUnit(of: $0).unit } == shown.map(\.unit))

        rubric.unit = "元"
        #expect(rubric.displayUnits.displayUnit(of: expressions[0], in: rubric).unit == .amount("元"))
    }
}
