import JixiaoCompare
import JixiaoEngine
import JixiaoExpression
import JixiaoRender
import Testing

/// A group zeroed by 一票否决 shows as vetoed in every comparison format (issue 11, item 1).
@Suite("对比：一票否决不丢失")
struct VetoDisplayTests {
    /// 甲: 重点任务 vetoed — K1 earned 4 of 15 (lost 11), the group counts 0; 乙: nothing triggered.
    private var comparison: Comparison {
        let veto = { (triggered: Bool) in
            ComparisonRow.IndicatorScore(id: "KV", name: "一票否决", groupId: "key", points: 0, score: nil, state: .scored,
                                         role: .veto, pointsLost: nil, vetoTriggered: triggered)
        }
        let vetoed = row("甲", score: "40", grade: "较差",
                         groups: [.init(id: "key", name: "重点任务", level: 0, points: 70, score: 0, maxApplicable: 70, vetoed: true)],
                         indicators: [scored("K1", points: "15", score: "4", group: "key"), veto(true)])
        let clean = row("乙", score: "90", grade: "优秀",
                        groups: [.init(id: "key", name: "重点任务", level: 0, points: 70, score: 60, maxApplicable: 70)],
                        indicators: [scored("K1", points: "15", score: "15", group: "key"), veto(false)])
        return Comparison(rubricId: "r100", rows: [vetoed, clean])
    }

    @Test("文本：矩阵写明已触发否决与“否决，计 0”，排名下方列出否决")
    func text() {
        let text = CompareTextRenderer().render(comparison)
        #expect(text.contains("已触发否决"))
        #expect(text.contains("4（失 11；否决，计 0）"))
        #expect(text.contains("较差（一票否决）"))
        #expect(text.contains("甲（2023年）一票否决：重点任务得分归零"))
        #expect(text.contains("未触发"))
    }

    @Test("Markdown：同样写明")
    func markdown() {
        let markdown = CompareMarkdownRenderer().render(comparison)
        #expect(markdown.contains("已触发否决"))
        #expect(markdown.contains("4（失 11；否决，计 0）"))
        #expect(markdown.contains("一票否决：重点任务得分归零"))
    }

    @Test("JSON：分组 vetoed 与指标 veto_triggered")
    func json() {
        let json = CompareJSONRenderer(engineVersion: "test").render([comparison])
        #expect(json.contains(#""veto_triggered": true"#))
        #expect(json.contains(#""vetoed": true"#))
    }

    @Test("HTML：热力图有否决列和红框，概况卡片写明否决")
    func html() {
        let html = HTMLReportRenderer(engineVersion: "test").render([comparison])
        #expect(html.contains(#"<td class="cell veto-triggered""#))
        #expect(html.contains(#"<td class="cell vetoed""#))
        #expect(html.contains(#"<p class="veto">一票否决：重点任务得分归零</p>"#))
        #expect(html.contains("0 / 70（一票否决）"))
    }
}
