import Testing
import JixiaoExpression
@testable import JixiaoEngine

/// `kind: list, of: KIND`: a list of plain values such as the names of honours.
@Suite("Lists of plain values")
struct ValueListFactTests {
    static let rubric = """
        id: t
        title: 测试
        total: 4
        facts:
          honours: {kind: list, of: text, label: 所获荣誉}
          amounts: {kind: list, of: amount}
        metrics: {amount_total: {value: sum(amounts), unit: 万元}}
        groups:
          - id: g
            name: 分组
            indicators:
              - id: A
                name: 荣誉
                points: 4
                method: {checklist: {items: [{name: 国家级荣誉, points: 4, when: "contains(honours, '全国')"}]}}
        """

    @Test("texts are searched and amounts summed exactly")
    func readsAndUsesValues() throws {
        let result = try score(rubric: Self.rubric, submission: """
            department: 测试局
            year: 2023
            facts:
              honours: [全国信访系统先进集体, 省级文明单位]
              amounts: [0.1, "0.2", "1000元"]
            """)
        #expect(result.indicator("A")?.score == r("4"))
        // 0.1 + 0.2 + 1000元 (= 0.1 万元) = 0.4 exactly
        #expect(result.metrics.first?.value == .number(r("0.4")))
    }

    @Test("an element of the wrong kind is reported with its index")
    func badElement() throws {
        let diagnostics = try scoringDiagnostics(rubric: Self.rubric, submission: """
            department: 测试局
            year: 2023
            facts: {honours: [a], amounts: [1, 很多]}
            """)
        #expect(diagnostics.map(\.path) == ["facts.amounts[1]"])
    }

    @Test("of and fields belong to lists only")
    func ofOnNonList() {
        let diagnostics = rubricDiagnostics(Self.rubric.replacingOccurrences(
            of: "amounts: {kind: list, of: amount}", with: "amounts: {kind: amount, of: amount}"))
        #expect(diagnostics.contains { $0.path == "facts.amounts.of" && $0.message.contains("只用于 list") })
    }

    @Test("a list needs either fields or of, not both")
    func fieldsOrOf() {
        let diagnostics = rubricDiagnostics(Self.rubric.replacingOccurrences(
            of: "amounts: {kind: list, of: amount}", with: "amounts: {kind: list, of: amount, fields: {a: text}}"))
        #expect(diagnostics.contains { $0.message.contains("只能给一个") })
    }
}
