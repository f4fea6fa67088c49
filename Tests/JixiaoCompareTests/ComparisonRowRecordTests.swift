import JixiaoCompare
import JixiaoEngine
import JixiaoExpression
import JixiaoRender
import Testing

@Suite("对比行的临时记录（批量评分写 report.html 时逐行取回）")
struct ComparisonRowRecordTests {
    /// A row using every field: a vetoed group, an unscored indicator, each kind of metric, a rational too large
    /// for machine integers, mismatches and findings compacted to one each.
    var fullRow: ComparisonRow {
        var row = ComparisonRow(
            department: "浏阳市信访局 · 专项", year: 2023, path: "in/浏阳.yaml", rubricId: "r100", rubricTitle: "测试规则",
            rubricVersion: "2023.1", totalPoints: 100, score: r("61.5"), maxApplicable: r("90"), grade: nil, vetoed: false,
            scoredEnough: true, gradeRequires: r("0.6"),
            groups: [.init(id: "G1", name: "履职", level: 0, points: 60, score: r("0"), maxApplicable: 60, vetoed: true),
                     .init(id: "G1.1", name: "办理", level: 1, points: 20, score: r("12.25"), maxApplicable: 20)],
            indicators: [scored("A1", points: "10", score: "7.5", group: "G1.1"),
                         unscored("A2", points: "5", state: .manualPending, group: "G1.1"),
                         .init(id: "V1", name: "否决项", groupId: "G1", points: 0, score: nil, state: .scored, role: .veto,
                               pointsLost: nil, vetoTriggered: true)],
            metrics: [.init(id: "rate", name: "执行率", quantity: .number(Rational(2).divided(by: 3)!), unit: "%",
                            shown: "66.67%", better: .higher),
                      .init(id: "note", name: "说明", quantity: .text("无"), unit: "", shown: "无"),
                      .init(id: "flag", name: "是否公开", quantity: .bool(true), unit: "", shown: "是", better: .lower),
                      .init(id: "gap", name: "缺口", quantity: .unavailable, unit: "万元", shown: "缺少数据")],
            mismatches: [.init(id: "C1", name: "合计", explanation: "相差 1", severity: .warning, size: nil, unit: "人"),
                         .init(id: "C2", name: "支出", explanation: "相差 2.5 万元", severity: .error, size: r("2.5"), unit: "万元")],
            findings: [.init(id: "F1", problem: "目标不明确", pointsAtStake: r("2")),
                       .init(id: "F2", problem: "未公开", pointsAtStake: r("5"))])
        row.rubricSha256 = String(repeating: "ab", count: 32)
        // 10^30 / 7 does not fit in 64-bit integers.
        row.groups[1].points = Rational(decimalText: "1000000000000000000000000000000")!.divided(by: 7)!
        return row.compacted(keeping: 1)
    }

    @Test("借用前一行的相同文字读回，与单独读回相同")
    func readBackLikeAnEarlierRow() throws {
        let original = fullRow
        let bytes = ComparisonRowRecord.bytes(original)
        // An earlier row sharing some texts (the rubric, the first indicator), differing in others (a longer and
        // a shorter name, a text of the same length, one indicator fewer).
        var earlier = original
        earlier.indicators[1].name = earlier.indicators[1].name + "（旧）"
        earlier.groups[0].name = "履"
        earlier.metrics[0].unit = "#"
        earlier.indicators.removeLast()
        let back = try #require(ComparisonRowRecord.row(bytes, like: earlier))
        #expect(ComparisonRowRecord.bytes(back) == bytes)
        #expect(back.indicators.map(\.name) == original.indicators.map(\.name))
        #expect(back.groups[0].name == "履职")
        #expect(back.metrics[0].unit == "%")
        #expect(back.rubricTitle == "测试规则")
    }

    @Test("写出再读回，每个字段都相同")
    func roundTrip() throws {
        let original = fullRow
        let bytes = ComparisonRowRecord.bytes(original)
        let back = try #require(ComparisonRowRecord.row(bytes))
        #expect(ComparisonRowRecord.bytes(back) == bytes)

        #expect(back.department == "浏阳市信访局 · 专项")
        #expect(back.rubricSha256 == String(repeating: "ab", count: 32))
        #expect(back.grade == nil)
        #expect(back.gradeRequires == r("0.6"))
        #expect(back.groups[1].points == Rational(decimalText: "1000000000000000000000000000000")!.divided(by: 7))
        #expect(back.indicators.map(\.score) == [r("7.5"), nil, nil])
        #expect(back.indicators[2].role == .veto && back.indicators[2].vetoTriggered)
        #expect(back.metrics.map(\.quantity) == [.number(Rational(2).divided(by: 3)!), .text("无"), .bool(true), .unavailable])
        #expect(back.metrics.map(\.better) == [.higher, .neither, .lower, .neither])
        // Compacted to one each, most important first (the error; the larger stake), counts still whole.
        #expect(back.mismatches.map(\.id) == ["C2"])
        #expect(back.findings.map(\.id) == ["F2"])
        #expect(back.mismatchCount == 2)
        #expect(back.findingCount == 2)
        #expect(back.vetoSummary == "一票否决：履职得分归零")
    }

    @Test("截断或多出字节的记录读不出")
    func damaged() {
        let bytes = ComparisonRowRecord.bytes(fullRow)
        #expect(ComparisonRowRecord.row(Array(bytes.dropLast())) == nil)
        #expect(ComparisonRowRecord.row(bytes + [0]) == nil)
        #expect(ComparisonRowRecord.row([]) == nil)
    }

    /// Full rows kept as records and fetched by position, the way a batch serves them.
    final class RecordRows: HTMLReportRows {
        let records: [String: [[UInt8]]]
        init(_ rows: [ComparisonRow]) { records = Dictionary(grouping: rows, by: \.rubricId).mapValues { $0.map(ComparisonRowRecord.bytes) } }
        func details(of entry: RankedRow) -> ComparisonRow {
            ComparisonRowRecord.row(records[entry.row.rubricId]![entry.position])!
        }
        func makeColumns(count: Int) -> any HTMLReportColumns { InMemoryReportRows().makeColumns(count: count) }
    }

    @Test("由摘要行与记录写出的 HTML 报告与由完整行得到的逐字节相同")
    func sameReport() throws {
        var second = fullRow
        second.department = "宁乡市信访局"
        second.score = r("70")
        var otherRubric = row("丙", score: "50", indicators: [scored("B1", points: "10", score: "5")], rubric: "r2")
        otherRubric.rubricTitle = "另一规则"
        let rows = [fullRow, otherRubric, second]
        let renderer = HTMLReportRenderer(engineVersion: "test")
        let expected = renderer.render(Comparison.byRubric(rows))

        let byRubric = Dictionary(grouping: rows, by: \.rubricId)
        let recordRows = RecordRows(rows)
        let comparisons = ["r100", "r2"].map { id in
            Comparison(rubricId: id, rows: byRubric[id]!.map { $0.withoutDetails() }, detailedStatistics: false) {
                ComparisonRowRecord.row(recordRows.records[id]![$0])!
            }
        }
        var written = ""
        try renderer.write(comparisons, rows: recordRows) { written += $0 }
        #expect(written == expected)
        #expect(written.contains("宁乡市信访局") && written.contains("另一规则"))
    }
}
