import Foundation
import JixiaoCompare
import JixiaoEngine
import JixiaoExpression
import JixiaoRender
import Testing

/// What can be asserted from the HTML about desktop, phone and print (issue 11, item 4); the rendered layout
/// itself is measured by scripts/render-html-check.sh in headless Chromium.
@Suite("HTML 报告：桌面、手机与打印")
struct HTMLLayoutTests {
    private func report(_ rows: [ComparisonRow]) -> String {
        HTMLReportRenderer(engineVersion: "test").render(Comparison.byRubric(rows))
    }

    private var rows: [ComparisonRow] {
        [row("甲", score: "90", groups: [.init(id: "G", name: "投入", level: 0, points: 50, score: 45, maxApplicable: 50)],
             indicators: [scored("A1", points: "10", score: "9")]),
         row("乙", score: "80", indicators: [scored("A1", points: "10", score: "8")])]
    }

    @Test("宽表格与热力图在各自的框内横向滚动，首列固定；图表在各自的框内")
    func scrollBoxesAndStickyColumn() {
        let html = report(rows)
        #expect(html.contains(#"<div class="scroll"><table class="wide">"#))
        #expect(html.contains(#"<div class="scroll">"# + "\n" + #"<table class="heat">"#))
        #expect(html.contains(#"<div class="chart">"# + "\n" + #"<svg class="ranking""#))
        #expect(html.contains(#"<div class="chart">"# + "\n" + #"<svg class="profile-bars""#))
        #expect(html.contains("position: sticky; left: 0"))
    }

    @Test("手机宽度：图表保持可读尺寸，概况卡片不超出屏幕")
    func phoneRules() {
        let html = report(rows)
        #expect(html.contains("@media (max-width: 640px)"))
        // 13 px text × 760 ÷ 970 (the ranking chart's viewBox width) ≈ 10.2 px: still legible.
        #expect(html.contains("svg.ranking { width: 760px; max-width: none; }"))
        #expect(html.contains("minmax(min(560px, 100%), 1fr)"))
    }

    @Test("打印：A4 横向，宽表格按页宽排版，所有列都在纸上")
    func printRules() {
        let html = report(rows)
        #expect(html.contains("@page { size: A4 landscape; margin: 10mm; }"))
        #expect(html.contains("table.wide, table.heat { width: 100%; table-layout: fixed; font-size: 7pt; }"))
        #expect(html.contains(".scroll, .chart { overflow: visible; }"))
    }

    @Test("概况卡片先列错误和金额最大的不一致，再列提示")
    func mismatchesMostImportantFirst() {
        let mismatches: [ComparisonRow.Mismatch] = [
            .init(id: "w", name: "提示项", explanation: "差 5万元", severity: .warning, size: 5, unit: "万元"),
            .init(id: "e-small", name: "小额错误", explanation: "差 0.1万元", severity: .error, size: r("0.1"), unit: "万元"),
            .init(id: "e-rate", name: "比率错误", explanation: "差 3 个百分点", severity: .error, size: 3, unit: "%"),
            .init(id: "e-large", name: "大额错误", explanation: "差 2万元", severity: .error, size: 2, unit: "万元"),
        ]
        let made = ComparisonRow(department: "甲", year: 2023, path: "甲.yaml", rubricId: "r100", rubricTitle: "测试规则",
                                 totalPoints: 100, score: 90, maxApplicable: 100, grade: "优", mismatches: mismatches)
        // Errors first; among them money by size (2 > 0.1), then the rate; the warning last.
        #expect(made.mismatches.map(\.id) == ["e-large", "e-small", "e-rate", "w"])
        // A compacted row (batch's report.html) keeps the three most important.
        #expect(made.compacted(keeping: 3).mismatches.map(\.id) == ["e-large", "e-small", "e-rate"])
        let html = report([made])
        let positions = ["【错误】大额错误", "【错误】小额错误", "【错误】比率错误", "【提示】提示项"].map {
            html.range(of: $0)?.lowerBound
        }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(zip(positions, positions.dropFirst()).allSatisfy { $0! < $1! })
    }

    @Test("主要问题按涉及失分从多到少")
    func findingsByStake() {
        let made = ComparisonRow(department: "甲", year: 2023, path: "甲.yaml", rubricId: "r100", rubricTitle: "测试规则",
                                 totalPoints: 100, score: 90, maxApplicable: 100, grade: "优",
                                 findings: [.init(id: "a", problem: "小问题", pointsAtStake: r("0.5")),
                                            .init(id: "b", problem: "大问题", pointsAtStake: 4)])
        #expect(made.compacted(keeping: 1).findings.map(\.id) == ["b"])
    }
}
