import Testing
import JixiaoExpression
@testable import JixiaoEngine

/// The values a finding's template reads, looked up by name: facts at their dotted paths, metrics, the
/// submission's department and year, with the precedence the narrative documents.
@Suite("Finding template values")
struct TemplateContextTests {
    /// The fact `department` loses to the submission's department; the metric `year` wins over the submission's
    /// year; `t` is a level holding figures, `absent` a level holding none.
    static let rubric = """
        id: t
        title: 测试
        total: 5
        facts:
          t.total: amount
          t.rate: percent
          x: text
          department: text
          absent.figure: amount
        metrics:
          double_total: {name: 两倍, value: "t.total * 2"}
          year: {name: 年份指标, value: "t.total + 1"}
        groups:
          - {id: g, name: 分组, indicators: [{id: I1, name: 甲, points: 5, method: manual}]}
        findings:
          - id: f
            problem: 问题
            when: "t.total > 0"
            evidence: "{{department}}|{{year}}|{{t.total}}|{{t.rate}}|{{x}}|{{double_total}}|{{#t}}有{{/t}}|{{#absent}}有{{/absent}}{{^absent}}无{{/absent}}"
            measures: [改进]
        """

    static let submission = """
        department: 测试局
        year: 2023
        rubrics: [t]
        facts:
          t: {total: 12.5, rate: "88.6%"}
          x: 文字
          department: 事实里的部门
        """

    @Test("names resolve by the documented precedence and formats")
    func precedence() throws {
        let result = try score(rubric: Self.rubric, submission: Self.submission)
        let finding = try #require(result.findings.first)
        // department: the submission's; year: the metric 12.5 + 1 = 13.5 at its default places; t.total 12.50;
        // t.rate 88.60%; x the text; 12.5 × 2 = 25.00; `t` holds figures, so its section
        // writes 有; nothing under `absent` is held, so the inverted section writes 无.
        #expect(finding.evidence == "测试局|13.50|12.50|88.60%|文字|25.00|有|无")
    }
}
