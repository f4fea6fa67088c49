import Testing
import JixiaoYAML
@testable import JixiaoEngine

@Suite("Per-record paths")
struct RecordPathTests {
    let each = Metric.Each(list: "budget.items", variable: "item", key: nil, label: nil,
                           location: SourceLocation(file: "rubric.yaml", line: 1, column: 1))

    @Test func aPathThroughTheRecordVariableNamesTheRecord() {
        #expect(each.recordPath(of: "item.final", index: 3) == "budget.items.3.final")
        #expect(each.recordPath(of: "item.detail.amount", index: 12) == "budget.items.12.detail.amount")
    }

    @Test func otherPathsAreLeftAsTheyAre() {
        #expect(each.recordPath(of: "budget.total", index: 3) == "budget.total")
        // `items.final` only starts with the variable's letters; `item` alone names no field.
        #expect(each.recordPath(of: "items.final", index: 3) == "items.final")
        #expect(each.recordPath(of: "item", index: 3) == "item")
    }

    @Test func aRecordFieldIsWhatFollowsTheVariableAndItsDot() {
        #expect(ScoringEnvironment.field(of: "item.final", inRecordNamed: "item") == "final")
        #expect(ScoringEnvironment.field(of: "item.detail.amount", inRecordNamed: "item") == "detail.amount")
        #expect(ScoringEnvironment.field(of: "项目.金额", inRecordNamed: "项目") == "金额")
        // Only the variable's letters, the variable alone, or another name: no field of the record.
        #expect(ScoringEnvironment.field(of: "items.final", inRecordNamed: "item") == nil)
        #expect(ScoringEnvironment.field(of: "item", inRecordNamed: "item") == nil)
        #expect(ScoringEnvironment.field(of: "budget.total", inRecordNamed: "item") == nil)
    }
}
