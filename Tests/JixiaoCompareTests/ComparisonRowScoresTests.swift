import JixiaoCompare
import JixiaoEngine
import JixiaoExpression
import Testing

/// A batch gives its comparison each ranked row's scores in its columns instead of the whole row: the matrix must
/// come out as from the whole rows, and rows with other columns must still be read whole.
@Suite("由各行得分构成的对比矩阵")
struct ComparisonRowScoresTests {
    func group(_ id: String, _ score: String, level: Int = 0) -> ComparisonRow.GroupScore {
        .init(id: id, name: "分组\(id)", level: level, points: r("20"), score: r(score), maxApplicable: r("20"))
    }

    /// 甲 and 乙 have the same columns (A1, A2; G1; execution); 丙 also has B1, so its columns differ.
    var rows: [ComparisonRow] {
        [
            row("甲", score: "18", groups: [group("G1", "18"), group("G1a", "8", level: 1)],
                indicators: [scored("A1", points: "10", score: "8"), scored("A2", points: "10", score: "10")],
                metrics: [metric("execution", "96.5"), metric("item[1]", "50")]),
            row("乙", score: "7.5", groups: [group("G1", "7.5"), group("G1a", "0", level: 1)],
                indicators: [unscored("A1", points: "10", state: .missingData), scored("A2", points: "10", score: "7.5")],
                metrics: [metric("execution", "88.61")]),
            row("丙", score: "6", groups: [group("G1", "6")],
                indicators: [scored("A1", points: "10", score: "6"), unscored("A2", points: "10", state: .manualPending),
                             scored("B1", points: "5", score: "3")]),
        ]
    }

    @Test("同列的行只读得分，列不同的行读完整行，结果与完整行一致")
    func sameAsWholeRows() {
        let full = rows
        var asked: [Int] = []
        let scored = Comparison(rubricId: "r100", rows: full.map { $0.withoutDetails() }, detailedStatistics: false,
                                scores: { ComparisonRowScores(row: full[$0], columns: ComparisonRowColumns(row: full[$0])) }) {
            asked.append($0)
            return full[$0]
        }
        let whole = Comparison(rubricId: "r100", rows: full)

        // Ranked 甲 18, 乙 7.5, 丙 6: 甲 brings the columns, 乙 shares them, 丙 (position 2) has B1 as well.
        #expect(asked == [2])
        #expect(scored.indicators.map(\.id) == ["A1", "A2", "B1"])
        // A1: 8, (乙 missing), 6 → mean 7, 1 not scored.
        #expect(scored.indicators[0].statistics.mean == r("7"))
        #expect(scored.indicators[0].statistics.notScored == 1)
        // A2: 10, 7.5, (丙 pending) → mean 8.75, median 8.75.
        #expect(scored.indicators[1].statistics.mean == r("8.75"))
        #expect(scored.indicators[1].statistics.median == r("8.75"))
        // B1 only with 丙: the two rows read before it count as not scored.
        #expect(scored.indicators[2].statistics.count == 1)
        #expect(scored.indicators[2].statistics.notScored == 2)
        // G1 (top level only): 18, 7.5, 6 → mean 10.5, median 7.5.
        #expect(scored.groups.map(\.id) == ["G1"])
        #expect(scored.groups[0].statistics.mean == r("10.5"))
        #expect(scored.groups[0].statistics.median == r("7.5"))
        #expect(scored.metrics.map(\.id) == ["execution"])
        for (lhs, rhs) in zip(scored.indicators, whole.indicators) {
            #expect((lhs.id, lhs.name, lhs.groupId, lhs.points, lhs.role) == (rhs.id, rhs.name, rhs.groupId, rhs.points, rhs.role))
            #expect(lhs.statistics == rhs.statistics)
        }
        #expect(scored.groups.map(\.statistics) == whole.groups.map(\.statistics))
    }

    @Test("详细统计需要完整行")
    func detailedStatisticsReadWholeRows() {
        let full = rows
        var asked: [Int] = []
        _ = Comparison(rubricId: "r100", rows: full, detailedStatistics: true,
                       scores: { ComparisonRowScores(row: full[$0], columns: ComparisonRowColumns(row: full[$0])) }) {
            asked.append($0)
            return full[$0]
        }
        #expect(asked == [0, 1, 2])
    }

    @Test("行的列：每个标识取首次出现，只含一级分组，不含按记录的计算项；同列时沿用已有的")
    func columns() {
        let full = rows
        let first = ComparisonRowColumns(row: full[0])
        #expect(first.indicators.map(\.id) == ["A1", "A2"])
        #expect(first.groups.map(\.id) == ["G1"])
        #expect(first.metrics.map(\.id) == ["execution"])
        #expect(ComparisonRowColumns(row: full[1], reusing: first) == first)
        #expect(ComparisonRowColumns(row: full[2], reusing: first).indicators.map(\.id) == ["A1", "A2", "B1"])
        // A repeated id is a column once.
        var repeating = full[0]
        repeating.indicators.append(scored("A1", points: "10", score: "1"))
        #expect(ComparisonRowColumns(row: repeating, reusing: first) == first)
        #expect(ComparisonRowColumns(row: repeating) == first)
        // Another name for the same id is another column.
        var renamed = full[0]
        renamed.indicators[1].name = "改名"
        #expect(ComparisonRowColumns(row: renamed, reusing: first).indicators[1].name == "改名")
    }

    @Test("分组列的得分取该标识首次出现的分组，与完整行的对比相同")
    func groupScoreIsTheFirstWithItsId() {
        // A subgroup G2 (score 1) comes before the top-level G2 (score 7): as the comparison of whole rows, the
        // column G2 reads the first group with that id.
        let odd = row("甲", score: "12", groups: [group("G1", "5"), group("G2", "1", level: 1), group("G2", "7")])
        let columns = ComparisonRowColumns(row: odd)
        #expect(columns.groups.map(\.id) == ["G1", "G2"])
        #expect(ComparisonRowScores(row: odd, columns: columns).groups == [r("5"), r("1")])
        #expect(Comparison(rubricId: "r100", rows: [odd]).groups.map(\.statistics.mean) == [r("5"), r("1")])
    }

    @Test("得分写成字节再读回不变；与列不符的字节不读")
    func bytes() {
        let full = rows
        let columns = ComparisonRowColumns(row: full[1])
        let scores = ComparisonRowScores(row: full[1], columns: columns)
        #expect(scores.indicators == [nil, r("7.5")])
        #expect(scores.groups == [r("7.5")])
        #expect(ComparisonRowScores(bytes: scores.bytes, columns: columns) == scores)
        #expect(ComparisonRowScores(bytes: scores.bytes, columns: ComparisonRowColumns(row: full[2])) == nil)
        #expect(ComparisonRowScores(bytes: Array(scores.bytes.dropLast()), columns: columns) == nil)
    }
}
