import JixiaoCompare
import JixiaoEngine
import JixiaoExpression
import Testing

/// A batch holds rows without their details and hands them out one at a time: the comparison must come out as
/// from the full rows.
@Suite("由摘要行与逐行取回的明细构成的对比")
struct SpooledComparisonTests {
    func group(_ score: String, vetoed: Bool = false) -> ComparisonRow.GroupScore {
        .init(id: "G1", name: "履职效能", level: 0, points: r("20"), score: r(score), maxApplicable: r("20"), vetoed: vetoed)
    }

    /// 甲 2023 and 乙, 丙 are ranked (2023 is the latest year); 甲 2022 and 丁 2022 are of another year.
    var rows: [ComparisonRow] {
        [
            row("甲", year: 2022, score: "12", groups: [group("12")], indicators: [scored("A1", points: "10", score: "5")]),
            row("乙", score: "7.5", groups: [group("0", vetoed: true)],
                indicators: [unscored("A1", points: "10", state: .missingData), scored("A2", points: "10", score: "7.5")],
                metrics: [metric("execution", "88.61")]),
            row("甲", score: "18", groups: [group("18")],
                indicators: [scored("A1", points: "10", score: "8"), scored("A2", points: "10", score: "10")],
                metrics: [metric("execution", "96.5")]),
            row("丁", year: 2022, score: "50"),
            row("丙", score: "6", groups: [group("6")],
                indicators: [scored("A1", points: "10", score: "6"), unscored("A2", points: "10", state: .manualPending),
                             scored("B1", points: "5", score: "3")]),
        ]
    }

    @Test("排名、矩阵列与统计、同比与由完整行得到的一致")
    func sameAsFullRows() {
        let full = rows
        var asked: [Int] = []
        let spooled = Comparison(rubricId: "r100", rows: full.map { $0.withoutDetails() }, detailedStatistics: false) {
            asked.append($0)
            return full[$0]
        }
        let whole = Comparison(rubricId: "r100", rows: full)

        // Ranked by score: 甲 18, 乙 7.5, 丙 6; then 甲's two years for the year-over-year change; 丁 never.
        #expect(spooled.ranking.map(\.row.department) == ["甲", "乙", "丙"])
        #expect(spooled.ranking.map(\.position) == [2, 1, 4])
        #expect(asked == [2, 1, 4, 0, 2])
        #expect(spooled.excluded.map(\.row.department) == ["甲", "丁"])

        #expect(spooled.indicators.map(\.id) == ["A1", "A2", "B1"])
        // A1: 8 and 6 scored, 乙 missing → mean 7, median 7, 1 not scored.
        #expect(spooled.indicators[0].statistics.mean == r("7"))
        #expect(spooled.indicators[0].statistics.median == r("7"))
        #expect(spooled.indicators[0].statistics.notScored == 1)
        // A2: 10 and 7.5 → mean 8.75; 丙 pending.
        #expect(spooled.indicators[1].statistics.mean == r("8.75"))
        #expect(spooled.indicators[1].statistics.notScored == 1)
        // B1 appears only with 丙, the third row read: the two rows before it count as not scored.
        #expect(spooled.indicators[2].statistics.count == 1)
        #expect(spooled.indicators[2].statistics.notScored == 2)
        // G1: 18, 0 (vetoed), 6 → mean 8, median 6.
        #expect(spooled.groups.map(\.statistics.mean) == [r("8")])
        #expect(spooled.groups.map(\.statistics.median) == [r("6")])
        for (lhs, rhs) in zip(spooled.indicators, whole.indicators) { #expect(lhs.statistics == rhs.statistics) }
        #expect(spooled.groups.map(\.statistics) == whole.groups.map(\.statistics))
        #expect(spooled.totalStatistics == whole.totalStatistics)

        // Metric columns are listed, but their statistics are left out without detailedStatistics.
        #expect(spooled.metrics.map(\.id) == ["execution"])
        #expect(spooled.metrics[0].statistics.count == 0)
        #expect(whole.metrics[0].statistics.count == 2)

        // 甲 2022 → 2023: total 12 → 18; both years scored enough to be compared.
        #expect(spooled.yearOverYear.map(\.department) == ["甲"])
        #expect(spooled.yearOverYear[0].total == whole.yearOverYear[0].total)
        #expect(spooled.yearOverYear[0].indicators == whole.yearOverYear[0].indicators)
        #expect(spooled.yearOverYear[0].total.delta == r("6"))
    }

    @Test("摘要行保留一票否决的分组，否决说明不变")
    func vetoKept() {
        let vetoed = rows[1]
        let summary = vetoed.withoutDetails()
        #expect(summary.indicators.isEmpty && summary.metrics.isEmpty)
        #expect(summary.anyVeto)
        #expect(summary.vetoSummary == "一票否决：履职效能得分归零")
        #expect(summary.vetoSummary == vetoed.vetoSummary)
        #expect(rows[2].withoutDetails().groups.isEmpty)
    }
}
