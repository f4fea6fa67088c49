import JixiaoCompare
import JixiaoExpression
import JixiaoRender
import Testing

/// Only comparable rows are ranked; the others are listed apart with the reason (issue 11, item 2).
@Suite("对比：只排名可比的记录")
struct ComparabilityTests {
    private func versioned(_ department: String, year: Int = 2023, score: String, max: String = "100",
                           version: String = "2023.1", enough: Bool = true) -> ComparisonRow {
        var made = row(department, year: year, score: score, max: max, grade: enough ? "良" : nil)
        made.rubricVersion = version
        made.scoredEnough = enough
        made.gradeRequires = r("0.6")
        return made
    }

    private var rows: [ComparisonRow] {
        [versioned("甲", score: "90"), versioned("乙", score: "50", max: "53", enough: false),
         versioned("丙", year: 2022, score: "80"), versioned("丁", score: "95", version: "2022.1"),
         versioned("戊", score: "70")]
    }

    @Test("评分不足、其他年度、其他规则版本的记录不参与排名，各写明原因")
    func excludedWithReasons() {
        let comparison = Comparison(rubricId: "r100", rows: rows)
        #expect(comparison.mainYear == 2023)
        // 2023's graded rows: 甲, 戊 on 2023.1 and 丁 on 2022.1 → 2023.1 is the version most used.
        #expect(comparison.mainVersion == "2023.1")
        #expect(comparison.ranking.map(\.row.department) == ["甲", "戊"])
        #expect(comparison.ranking.map(\.rank) == [1, 2])
        #expect(comparison.excluded.map(\.row.department) == ["乙", "丙", "丁"])
        #expect(comparison.excluded.map(\.reasons) == [[.notScoredEnough], [.otherYear(main: 2023)],
                                                       [.otherVersion(main: "2023.1")]])
    }

    @Test("不参与排名的记录不进入均值、中位数、最高、最低和等级计数")
    func excludedOutOfStatistics() {
        let comparison = Comparison(rubricId: "r100", rows: rows, gradeOrder: ["优", "良"])
        // Only 甲 90 and 戊 70: mean (90 + 70) / 2 = 80, median 80, max 90 (not 丁's 95), min 70 (not 乙's 50).
        #expect(comparison.totalStatistics.count == 2)
        #expect(comparison.totalStatistics.mean == r("80"))
        #expect(comparison.totalStatistics.median == r("80"))
        #expect(comparison.totalStatistics.maximum == r("90"))
        #expect(comparison.totalStatistics.minimum == r("70"))
        #expect(comparison.gradeCounts == [.init(grade: "优", count: 0), .init(grade: "良", count: 2)])
    }

    @Test("原因写成读者能懂的话，带上可评分比例")
    func reasonInWords() {
        // Markdown keeps each cell on one line (the text table wraps long reasons).
        let text = CompareMarkdownRenderer().render(Comparison(rubricId: "r100", rows: rows))
        #expect(text.contains("### 不参与排名"))
        // 53 ÷ 100 = 53.00%, below 60.00%.
        #expect(text.contains("可评分值 53 分，仅占满分 100 分的 53.00%，不足评定等级所需的 60.00%"))
        #expect(text.contains("2022 年度的记录；本表排名的是 2023 年度"))
        #expect(text.contains("按规则版本 2022.1 评分；本表排名的版本为 2023.1"))
        #expect(text.contains("共 2 个评价对象参与排名（2023 年度，规则版本 2023.1）；另有 3 个不参与排名"))
    }

    @Test("JSON 列出不参与排名的记录及原因代码")
    func excludedInJSON() {
        let json = CompareJSONRenderer(engineVersion: "test").render([Comparison(rubricId: "r100", rows: rows)])
        #expect(json.contains(#""schema": "jixiao.compare/2""#))
        #expect(json.contains(#""code": "not_scored_enough""#))
        #expect(json.contains(#""code": "other_year""#))
        #expect(json.contains(#""code": "other_version""#))
    }

    @Test("同比只比可比的：一年评分不足时总分不作同比，计算项照常")
    func yearOverYearLikeWithLike() throws {
        var before = versioned("甲", year: 2022, score: "2", max: "2", enough: false)
        before.groups = [.init(id: "G1", name: "过程", level: 0, points: 40, score: r("2"), maxApplicable: 2)]
        before.metrics = [metric("basic_share", "74.4")]
        var after = versioned("甲", score: "65.66", max: "82")
        after.groups = [.init(id: "G1", name: "过程", level: 0, points: 40, score: r("28.9"), maxApplicable: 36)]
        after.metrics = [metric("basic_share", "83.61")]
        let change = try #require(Comparison(rubricId: "r100", rows: [after, before]).yearOverYear.first)
        #expect(change.unlike == [.notScoredEnough(year: 2022)])
        #expect(change.total.delta == nil)
        // The group was scored over 2 points in 2022 and 36 in 2023: not the same basis.
        #expect(change.groups.first?.delta == nil)
        // 83.61 − 74.4 = 9.21 percentage points: figures of the documents still compare.
        #expect(change.metrics.first?.delta == r("9.21"))
        let text = CompareTextRenderer().render(Comparison(rubricId: "r100", rows: [after, before]))
        #expect(text.contains("总分 2 → 65.66（不可比）"))
        #expect(!text.contains("+63.66"))
    }

    @Test("不同规则版本之间，指标不作同比")
    func yearOverYearAcrossVersions() throws {
        var before = versioned("甲", year: 2022, score: "80", version: "2022.1")
        before.indicators = [scored("A1", points: "10", score: "6")]
        var after = versioned("甲", score: "90")
        after.indicators = [scored("A1", points: "10", score: "9")]
        let change = try #require(Comparison(rubricId: "r100", rows: [before, after]).yearOverYear.first)
        #expect(change.unlike == [.versions(before: "2022.1", after: "2023.1")])
        #expect(change.total.delta == nil)
        #expect(change.indicators.first?.delta == nil)
        #expect(change.indicators.first?.comparable == false)
    }

    @Test("百分点变化按显示的两位小数相减：7.95% → 8.67% 为 +0.72")
    func percentagePointsFromPrintedValues() throws {
        // Exact: 8.666 − 7.954 = 0.712 → would print 0.71; printed: 8.67 − 7.95 = 0.72.
        let before = row("甲", year: 2022, score: "80", metrics: [metric("public_share", "7.954")])
        let after = row("甲", score: "90", metrics: [metric("public_share", "8.666")])
        let change = try #require(Comparison(rubricId: "r100", rows: [before, after]).yearOverYear.first)
        #expect(change.metrics.first?.delta == r("0.72"))
    }

    @Test("变化的颜色按方向：得分升高为绿，计算项不着色")
    func changeColoursFollowDirection() {
        let before = row("甲", year: 2022, score: "80", metrics: [metric("public_share", "7.95")])
        let after = row("甲", score: "90", metrics: [metric("public_share", "8.66")])
        let html = HTMLReportRenderer(engineVersion: "test").render([Comparison(rubricId: "r100", rows: [before, after])])
        // 总分 80 → 90: +10, better.
        #expect(html.contains(#"<td class="num better">+10分</td>"#))
        // 公用经费占比 7.95 → 8.66: +0.71 个百分点, no judgement (rising is not good news here).
        #expect(html.contains(#"<td class="num">+0.71个百分点</td>"#))
        #expect(!html.contains("class=\"num up\""))
    }
}
