import Testing
@testable import JixiaoEngine

/// A finding template of only text and `{{name}}` tags is filled without the Mustache library
/// (``PlainTemplate``); it must say what the library says. Each template is written twice: as it is, and after a
/// comment tag, which the plain path does not take, so the library fills that one.
@Suite("Plain finding templates")
struct PlainTemplateTests {
    static let names = "{{department}}|{{year}}|{{ t.total }}|{{t.rate}}|{{x}}|{{double_total}}|{{absent.figure}}|{{y}}"
    static let checkNames = "{{check.name}}：{{check.stated}}≠{{check.computed}}，{{check.place}}{{check.where}}"

    static let rubric = """
        id: t
        title: 测试
        total: 10
        facts:
          t.total: amount
          t.rate: percent
          t.a: amount
          t.b: amount
          x: text
          y: text
          absent.figure: amount
        metrics:
          double_total: {name: 两倍, value: "t.total * 2"}
        checks:
          - {id: c1, name: 合计, stated: t.total, computed: t.a + t.b}
        groups:
          - {id: g, name: 分组, indicators: [{id: Q, name: 数据质量, points: 10, method: {data_quality: {deduct: 1}}}]}
        findings:
          - {id: plain, problem: 问题, when: "t.total > 0", evidence: "\(names)", measures: [改进]}
          - {id: general, problem: 问题, when: "t.total > 0", evidence: "{{! 库 }}\(names)", measures: [改进]}
          - {id: plain-check, problem: 核对, checks: mismatch, evidence: "\(checkNames)", measures: [改进]}
          - {id: general-check, problem: 核对, checks: mismatch, evidence: "{{! 库 }}\(checkNames)", measures: [改进]}
        """

    static let submission = """
        department: 测试局
        year: 2023
        rubrics: [t]
        facts:
          t: {total: 100, rate: "88.6%", a: 30, b: 60}
          x: 文字
        """

    @Test("only text and names on one line take the plain path")
    func split() {
        #expect(PlainTemplate("甲{{a.b}}乙{{ c }}")?.pieces == [.text("甲"), .name(["a", "b"]), .text("乙"), .name(["c"])])
        #expect(PlainTemplate("{{#a}}有{{/a}}") == nil)
        #expect(PlainTemplate("{{{a}}}") == nil)
        #expect(PlainTemplate("{{upper(a)}}") == nil)
        #expect(PlainTemplate("{{.}}") == nil)
        #expect(PlainTemplate("甲\n{{a}}") == nil)
        #expect(PlainTemplate("{{a") == nil)
    }

    @Test("the plain path and the library fill a template alike")
    func agree() throws {
        let rubric = try loadRubric(Self.rubric)
        #expect(rubric.findings.map { $0.plainEvidence != nil } == [true, false, true, false])
        let findings = try Scorer(rubric: rubric).score(try loadSubmission(Self.submission)).findings
        let evidence = Dictionary(uniqueKeysWithValues: findings.map { ($0.id, $0.evidence) })
        // The submission's department and year; 100 and 88.6% at two places; the text; the metric 100 × 2;
        // nothing for the declared figure and text the submission does not give.
        let names = "测试局|2023|100.00|88.60%|文字|200.00||"
        #expect(evidence["plain"] == names)
        #expect(evidence["general"] == names)
        // c1 states 100 against 30 + 60 = 90, in the rubric's 万元; no section named, so the place is 文件 and
        // `where` is absent.
        let check = "合计：100.00万元≠90.00万元，文件"
        #expect(evidence["plain-check[c1]"] == check)
        #expect(evidence["general-check[c1]"] == check)
    }
}
