import JixiaoCompare
import JixiaoRender
import Testing

@Suite("HTML 对比报告")
struct HTMLReportTests {
    private func report(_ rows: [ComparisonRow]) -> String {
        HTMLReportRenderer(engineVersion: "test").render(Comparison.byRubric(rows, gradeOrders: ["r100": ["优", "良", "中", "差"]]))
    }

    private let rows = [
        row("甲<script>alert(1)</script>", score: "91", grade: "优",
            groups: [.init(id: "G1", name: "投入 & 过程", level: 0, points: 50, score: r("45"), maxApplicable: 50)],
            indicators: [scored("A1", points: "10", score: "9")]),
        row("乙\"局\"", score: "72", grade: "中", indicators: [unscored("A1", points: "10", state: .missingData)]),
    ]

    @Test("自包含：有内联 SVG，没有任何外部引用")
    func selfContained() {
        let html = report(rows)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains(#"<html lang="zh-CN">"#))
        #expect(html.contains(#"<meta charset="utf-8">"#))
        #expect(html.contains("<svg"))
        #expect(html.contains(#"<svg class="ranking""#))
        #expect(!html.contains("http://"))
        #expect(!html.contains("https://"))
        #expect(!html.contains("src="))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
    }

    @Test("部门名称中的 < & \" 被转义")
    func escapesText() {
        let html = report(rows)
        #expect(html.contains("甲&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("乙&quot;局&quot;"))
        #expect(html.contains("投入 &amp; 过程"))
        #expect(!html.contains("甲<script>"))
    }

    @Test("每个部门一个概况图，排名图每个部门一条")
    func oneChartPerDepartment() {
        let html = report(rows)
        #expect(html.components("<svg class=\"profile-bars\"") == 2)
        // Ranking: one bar per department; profiles: one bar per group (甲 has one group, 乙 none).
        #expect(html.components("<rect class=\"bar\"") == 2 + 1)
        #expect(html.contains("缺少数据"))
    }

    @Test("输出确定：两次渲染逐字节相同")
    func deterministic() {
        #expect(report(rows) == report(rows.reversed()))
    }
}

extension String {
    /// How many times `needle` occurs.
    fileprivate func components(_ needle: String) -> Int {
        var count = 0
        var rest = self[...]
        while let range = rest.range(of: needle) {
            count += 1
            rest = rest[range.upperBound...]
        }
        return count
    }
}
