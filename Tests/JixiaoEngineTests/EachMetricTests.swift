import Testing
import JixiaoExpression
@testable import JixiaoEngine

/// `each` metrics: one value per record of a list fact, named `metric[key]` and `名称（label）`.
@Suite("Per-record metrics")
struct EachMetricTests {
    /// `numbered` names its record `variable` but always writes `item.` in its value.
    static func rubric(numberedAs variable: String) -> String {
        """
        id: t
        title: 测试
        total: 10
        facts:
          budget.items:
            kind: list
            fields: {code: text, name: text, initial: amount, final: amount}
        metrics:
          item_rate:
            name: 项目执行率
            value: "ratio(item.final, item.initial)"
            unit: "%"
            each: budget.items
            key: code
            label: name
          numbered:
            value: "item.final - item.initial"
            each: budget.items
            as: \(variable)
        groups:
          - {id: g, name: 分组, indicators: [{id: A, name: 平均执行率, points: 10, method: {formula: "10 * avg(item_rate)"}}]}
        """
    }

    static let submission = """
        department: 测试局
        year: 2023
        facts:
          budget:
            items:
              - {code: "2010301", name: 行政运行, initial: 100, final: 90}
              - {code: "2010350", name: 事业运行, initial: 50, final: 50}
        """

    @Test("one result per record, with the key in the id and the label in the name")
    func oneResultPerRecord() throws {
        let result = try score(rubric: Self.rubric(numberedAs: "item"),
                               submission: Self.submission)
        let rates = result.metrics.filter { $0.id.hasPrefix("item_rate") }
        #expect(rates.map(\.id) == ["item_rate[2010301]", "item_rate[2010350]"])
        #expect(rates.map(\.name) == ["项目执行率（行政运行）", "项目执行率（事业运行）"])
        // 90 ÷ 100 = 0.9; 50 ÷ 50 = 1
        #expect(rates.map(\.value) == [.number(r("0.9")), .number(r("1"))])
        #expect(rates.first?.shown == "90.00%")
    }

    @Test("without key and label, records are numbered from 1 and the name is the id")
    func numberedRecords() throws {
        let result = try score(rubric: Self.rubric(numberedAs: "item"),
                               submission: Self.submission)
        let differences = result.metrics.filter { $0.id.hasPrefix("numbered") }
        #expect(differences.map(\.id) == ["numbered[1]", "numbered[2]"])
        #expect(differences.map(\.name) == ["numbered（1）", "numbered（2）"])
        // 90 − 100 = −10; 50 − 50 = 0
        #expect(differences.map(\.value) == [.number(r("-10")), .number(r("0"))])
    }

    @Test("an indicator can aggregate the per-record values")
    func aggregate() throws {
        let result = try score(rubric: Self.rubric(numberedAs: "item"),
                               submission: Self.submission)
        // avg(0.9, 1) = 0.95; 10 × 0.95 = 9.5
        #expect(result.indicator("A")?.score == r("9.5"))
    }

    @Test("`as` renames the record variable; the old name is then unknown")
    func recordVariable() {
        // `numbered` says `as: row` but its value uses `item.` → unknown reference
        let diagnostics = rubricDiagnostics(Self.rubric(numberedAs: "row"))
        #expect(diagnostics.count == 2, "\(DiagnosticError(diagnostics))")
        #expect(diagnostics.allSatisfy { $0.path == "metrics.numbered.value" })
        // line 17 `    value: "item.final - item.initial"`: quote at column 12;
        // item.final at offset 0 → 12 + 1 = 13, item.initial at offset 13 → 12 + 1 + 13 = 26
        #expect(diagnostics.map(\.location) == [at(17, 13), at(17, 26)])
        #expect(diagnostics.last?.hint == "是否想用“row.initial”？")
    }

    @Test("`each` over an empty list gives no per-record results and an empty aggregate")
    func emptyList() throws {
        let result = try score(rubric: Self.rubric(numberedAs: "item"), submission: """
            department: 测试局
            year: 2023
            facts:
              budget:
                items: []
            """)
        #expect(result.metrics.isEmpty)
        // avg of nothing cannot be computed → the indicator is an error, not a crash
        #expect(result.indicator("A")?.state == .error)
    }

    @Test("a record field of the wrong kind is reported with its index")
    func badRecordField() throws {
        let diagnostics = try scoringDiagnostics(
            rubric: Self.rubric(numberedAs: "item"),
            submission: """
                department: 测试局
                year: 2023
                facts:
                  budget:
                    items:
                      - {code: "1", name: 甲, initial: 100, final: 90}
                      - {code: "2", name: 乙, initial: 一百, final: 50}
                """)
        #expect(diagnostics.map(\.path) == ["facts.budget.items[1].initial"])
        #expect(diagnostics.first?.location.line == 7)
    }
}
