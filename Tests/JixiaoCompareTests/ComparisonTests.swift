import JixiaoCompare
import JixiaoEngine
import JixiaoExpression
import Testing

@Suite("对比：等级计数、指标矩阵、计算项")
struct ComparisonTests {
    @Test("等级按规则顺序计数，包括 0 个的等级")
    func gradeCountsInRubricOrder() {
        let comparison = Comparison(rubricId: "r100", rows: [
            row("甲", score: "95", grade: "优"), row("乙", score: "85", grade: "良"),
            row("丙", score: "92", grade: "优"), row("丁", score: "0", max: "0", grade: nil),
        ], gradeOrder: ["优", "良", "中", "差"])
        #expect(comparison.gradeCounts == [.init(grade: "优", count: 2), .init(grade: "良", count: 1),
                                           .init(grade: "中", count: 0), .init(grade: "差", count: 0)])
        #expect(comparison.ungraded == 1)
    }

    @Test("不知道规则的等级顺序时，按各等级达到的最高得分率排列")
    func gradeOrderInferred() {
        // 良好 reached 85%, 优秀 95%, 一般 65%: best first.
        let comparison = Comparison(rubricId: "r100", rows: [
            row("甲", score: "85", grade: "良好"), row("乙", score: "65", grade: "一般"), row("丙", score: "95", grade: "优秀"),
        ])
        #expect(comparison.gradeCounts.map(\.grade) == ["优秀", "良好", "一般"])
    }

    @Test("矩阵保留缺少数据、待人工评分与规则中没有的指标；统计只计已评分")
    func matrixWithGaps() {
        let comparison = Comparison(rubricId: "r100", rows: [
            row("甲", score: "18", indicators: [scored("A1", points: "10", score: "8"), scored("A2", points: "10", score: "10")]),
            row("乙", score: "7.5", max: "10", indicators: [unscored("A1", points: "10", state: .missingData),
                                                           scored("A2", points: "10", score: "7.5")]),
            row("丙", score: "6", max: "10", indicators: [scored("A1", points: "10", score: "6"),
                                                         unscored("A2", points: "10", state: .manualPending)]),
            row("丁", score: "9", max: "10", indicators: [scored("A1", points: "10", score: "9")]),
        ])
        #expect(comparison.indicators.map(\.id) == ["A1", "A2"])
        let byDepartment = Dictionary(uniqueKeysWithValues: comparison.rows.map { ($0.department, $0) })
        #expect(comparison.cell(byDepartment["乙"]!, "A1")?.state == .missingData)
        #expect(comparison.cell(byDepartment["乙"]!, "A1")?.score == nil)
        #expect(comparison.cell(byDepartment["丙"]!, "A2")?.state == .manualPending)
        #expect(comparison.cell(byDepartment["丁"]!, "A2") == nil)
        #expect(comparison.cell(byDepartment["甲"]!, "A1")?.pointsLost == r("2"))

        // A1: scored 8, 6, 9 → mean 23/3, median 8; 乙 missing → 1 not scored.
        let a1 = comparison.indicators[0].statistics
        #expect(a1.mean == Rational(23).divided(by: 3))
        #expect(a1.median == r("8"))
        #expect(a1.notScored == 1)
        // A2: scored 10 and 7.5 → mean 8.75; 丙 pending and 丁 lacking it → 2 not scored.
        let a2 = comparison.indicators[1].statistics
        #expect(a2.mean == r("8.75"))
        #expect(a2.notScored == 2)
        // Points lost on A2: 0 and 2.5 → mean 1.25.
        #expect(comparison.indicators[1].pointsLostStatistics.mean == r("1.25"))
    }

    @Test("计算项并列：每条记录的计算项不列入")
    func metricsSideBySide() {
        let comparison = Comparison(rubricId: "r100", rows: [
            row("甲", score: "90", metrics: [metric("execution", "96.5"), metric("item[1]", "50")]),
            row("乙", score: "80", metrics: [metric("execution", "88.61")]),
        ])
        #expect(comparison.metrics.map(\.id) == ["execution"])
        // (96.5 + 88.61) / 2 = 185.11 / 2 = 92.555
        #expect(comparison.metrics[0].statistics.mean == r("92.555"))
    }

    @Test("同一部门同一年度重复出现时只保留第一份")
    func duplicatesDropped() {
        let comparison = Comparison(rubricId: "r100", rows: [row("甲", score: "90"), row("甲", score: "50")])
        #expect(comparison.rows.map(\.score) == [r("90")])
        #expect(comparison.duplicates.count == 1)
    }

    @Test("多个规则分别对比，按出现顺序")
    func byRubric() {
        let comparisons = Comparison.byRubric([row("甲", score: "90", rubric: "b"), row("乙", score: "80", rubric: "a"),
                                               row("丙", score: "70", rubric: "b")])
        #expect(comparisons.map(\.rubricId) == ["b", "a"])
        #expect(comparisons[0].rows.map(\.department) == ["甲", "丙"])
    }

    @Test("数据核对不一致按重要性排列：错误在前，金额按差额从大到小，其余按原顺序")
    func mismatchesInOrderOfImportance() {
        func mismatch(_ id: String, _ severity: Check.Severity, size: String?, unit: String) -> ComparisonRow.Mismatch {
            .init(id: id, name: id, explanation: "", severity: severity, size: size.map(r), unit: unit)
        }
        let given = [
            mismatch("A", .warning, size: "5", unit: "万元"), mismatch("B", .error, size: "9", unit: "%"),
            mismatch("C", .error, size: "2", unit: "元"), mismatch("D", .error, size: "7", unit: "万元"),
            mismatch("E", .error, size: nil, unit: "万元"), mismatch("F", .error, size: "7", unit: "元"),
        ]
        let ordered = ComparisonRow(department: "甲", year: 2023, path: "", rubricId: "r100", rubricTitle: "",
                                    totalPoints: r("100"), score: r("90"), maxApplicable: r("100"), grade: nil,
                                    mismatches: given).mismatches
        // Errors first. Among them money with a size, largest difference first (D and F tie at 7: D came first),
        // then C (2); then the errors that are not money or have no size, as given (B, E); the warning A last.
        #expect(ordered.map(\.id) == ["D", "F", "C", "B", "E", "A"])
    }
}
