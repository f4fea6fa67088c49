import JixiaoCompare
import JixiaoExpression
import Testing

@Suite("同比变化")
struct YearOverYearTests {
    @Test("同一部门两个年度：总分、分组、指标、计算项的变化")
    func twoYears() throws {
        let before = row("甲", year: 2022, score: "80.5", grade: "良",
                         groups: [.init(id: "G1", name: "投入", level: 0, points: 20, score: r("15"), maxApplicable: 20)],
                         indicators: [scored("A1", points: "10", score: "7.25"), unscored("A2", points: "10", state: .missingData)],
                         metrics: [metric("execution", "88.61")])
        let after = row("甲", year: 2023, score: "91.24", grade: "优",
                        groups: [.init(id: "G1", name: "投入", level: 0, points: 20, score: r("18.5"), maxApplicable: 20)],
                        indicators: [scored("A1", points: "10", score: "9"), scored("A2", points: "10", score: "6")],
                        metrics: [metric("execution", "96.08")])
        let comparison = Comparison(rubricId: "r100", rows: [after, row("乙", score: "50"), before])
        #expect(comparison.yearOverYear.count == 1)
        let change = try #require(comparison.yearOverYear.first)
        #expect((change.department, change.fromYear, change.toYear) == ("甲", 2022, 2023))
        // 91.24 − 80.5 = 10.74
        #expect(change.total.delta == r("10.74"))
        #expect((change.gradeBefore, change.gradeAfter) == ("良", "优"))
        // 18.5 − 15 = 3.5
        #expect(change.groups.first?.delta == r("3.5"))
        // A1: 9 − 7.25 = 1.75; A2 had no score in 2022, so no change is computed.
        #expect(change.indicators.map(\.delta) == [r("1.75"), nil])
        // 96.08 − 88.61 = 7.47 percentage points.
        #expect(change.metrics.first?.delta == r("7.47"))
        #expect(change.metrics.first?.unit == "%")
    }

    @Test("三个年度：逐年对比上一年度")
    func threeYears() {
        let comparison = Comparison(rubricId: "r100", rows: [
            row("甲", year: 2024, score: "90"), row("甲", year: 2022, score: "70"), row("甲", year: 2023, score: "85"),
        ])
        #expect(comparison.yearOverYear.map { [$0.fromYear, $0.toYear] } == [[2022, 2023], [2023, 2024]])
        // 85 − 70 = 15; 90 − 85 = 5
        #expect(comparison.yearOverYear.map(\.total.delta) == [r("15"), r("5")])
    }

    @Test("只有一个年度时没有同比")
    func singleYear() {
        #expect(Comparison(rubricId: "r100", rows: [row("甲", score: "90"), row("乙", score: "80")]).yearOverYear.isEmpty)
    }
}

/// A metric's change is judged by the direction its rubric declares (`better:`), and only then.
@Suite("同比变化的好坏方向")
struct MetricDirectionTests {
    func change(_ id: String, better: YearOverYearChange.Better, from old: String, to new: String) throws -> YearOverYearChange.Change {
        var before = metric(id, old), after = metric(id, new)
        before.better = better
        after.better = better
        let change = YearOverYearChange(from: row("甲局", year: 2022, score: "80", metrics: [before]),
                                        to: row("甲局", year: 2023, score: "81", metrics: [after]))
        return try #require(change.metrics.first)
    }

    @Test func aRisingShareOfPublicFundsIsNotGoodNews() throws {
        // 公用经费占比 declared `better: lower`: 8.00% → 8.66% is +0.66 percentage points, a change for the worse.
        let rising = try change("public_share", better: .lower, from: "8.00", to: "8.66")
        #expect(rising.delta == r("0.66"))
        #expect(rising.better == .lower)
        // An execution rate declared `better: higher`: 88.61% → 96.08% is better.
        let execution = try change("execution_rate", better: .higher, from: "88.61", to: "96.08")
        #expect(execution.better == .higher && execution.delta == r("7.47"))
        // Undeclared: shown without a judgement.
        let undeclared = try change("basic_share", better: .neither, from: "83.61", to: "80.00")
        #expect(undeclared.better == .neither)
    }
}
