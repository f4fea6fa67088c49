import Testing
@testable import JixiaoEngine

/// A finding template of only text and `{{name}}` tags is filled without the Mustache library
/// (``PlainTemplate``); it must say what the library says. Each template is written twice: as it is, and after a
/// comment tag, which the plain path does not take, so the library fills that one.
@Suite("Plain finding templates")
struct PlainTemplateTests {
    static let names = "{{department}}|{{year}}|{{ t.total }}|{{t.rate}}|{{x}}|{{double_total}}|{{absent.figure}}|{{y}}"
    static let checkNames = "{{check.name}}：{{check.stated}}≠{{check.computed}}，{{check.place}}{{check.where}}"
    /// Sections over a text, an empty text and a figure the submission lacks, plain and inverted, with a check's
    /// label (kept per rubric) inside one.
    static let sections = "{{#x}}有{{x}}{{/x}}{{#empty}}空{{/empty}}{{#absent.figure}}缺{{/absent.figure}}"
        + "{{^absent.figure}}无{{/absent.figure}}{{^x}}否{{/x}}"
        + "{{#check.where}}在{{/check.where}}{{#check.label}}：{{check.label}}{{/check.label}}"

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
          empty: text
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
          - {id: plain-sections, problem: 核对, checks: mismatch, evidence: "\(sections)", measures: [改进]}
          - {id: general-sections, problem: 核对, checks: mismatch, evidence: "{{! 库 }}\(sections)", measures: [改进]}
        """

    static let submission = """
        department: 测试局
        year: 2023
        rubrics: [t]
        facts:
          t: {total: 100, rate: "88.6%", a: 30, b: 60}
          x: 文字
          empty: ""
        """

    @Test("only text and names on one line take the plain path")
    func split() {
        let ab = PlainTemplate.Name("a.b"), a = PlainTemplate.Name("a"), b = PlainTemplate.Name("b")
        #expect(PlainTemplate("甲{{a.b}}乙{{ c }}")?.pieces == [.text("甲"), .name(ab), .text("乙"), .name(.init("c"))])
        #expect(PlainTemplate("{{#a}}有{{b}}{{/a}}")?.pieces == [.section(a, inverted: false, [.text("有"), .name(b)])])
        #expect(PlainTemplate("{{^a.b}}无{{/a.b}}")?.pieces == [.section(ab, inverted: true, [.text("无")])])
        #expect(PlainTemplate("{{#a}}有") == nil)
        #expect(PlainTemplate("{{#a}}有{{/b}}") == nil)
        #expect(PlainTemplate("有{{/a}}") == nil)
        #expect(PlainTemplate("{{{a}}}") == nil)
        #expect(PlainTemplate("{{upper(a)}}") == nil)
        #expect(PlainTemplate("{{.}}") == nil)
        #expect(PlainTemplate("甲\n{{a}}") == nil)
        #expect(PlainTemplate("{{a") == nil)
    }

    @Test("a name's parts and the dotted name up to each")
    func names() {
        let name = PlainTemplate.Name("t01.income.total")
        #expect(name.parts == ["t01", "income", "total"])
        #expect(name.paths == ["t01", "t01.income", "t01.income.total"])
    }

    @Test("the index knows whether a fact is declared above another")
    func factAboveAnother() {
        func index(_ paths: String...) -> TemplateFactIndex {
            TemplateFactIndex(facts: paths.map {
                FactDeclaration(path: $0, kind: .amount, label: $0, unit: nil, required: false, options: [], fields: [],
                                elementKind: nil)
            })
        }
        #expect(index("t.total", "t.rate", "x").hasNoFactAboveAnother)
        #expect(!index("t.total", "t").hasNoFactAboveAnother)
        #expect(!index("a.b", "a.b.c").hasNoFactAboveAnother)
    }

    @Test("the plain path and the library fill a template alike")
    func agree() throws {
        let rubric = try loadRubric(Self.rubric)
        #expect(rubric.findings.map { $0.plainEvidence != nil } == [true, false, true, false, true, false])
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
        // x holds 文字, so its section shows with it and its inverted one does not; empty is a text, if empty, so
        // its section shows too; absent.figure names nothing: only its inverted section shows; the check is placed
        // nowhere (no 在) and its label is its name, 合计.
        let sections = "有文字空无：合计"
        #expect(evidence["plain-sections[c1]"] == sections)
        #expect(evidence["general-sections[c1]"] == sections)
    }

    /// A per-record finding: the record's fields under its variable, a per-record metric taken for the record,
    /// a section over a field.
    static let recordNames = "{{item.name}}：{{item.initial}}→{{item.final}}，{{rate}}{{#item.name}}有{{/item.name}}"

    static let recordRubric = """
        id: t
        title: 测试
        total: 10
        facts:
          items: {kind: list, fields: {code: text, name: text, initial: amount, final: amount}}
        metrics:
          rate: {name: 执行率, value: "ratio(item.final, item.initial)", unit: "%", each: items, as: item, key: code}
        groups:
          - {id: g, name: 分组, indicators: [{id: M, name: 人工, points: 10, method: manual}]}
        findings:
          - {id: plain, problem: 偏离, each: items, as: item, key: code, when: "item.final < item.initial",
             evidence: "\(recordNames)", measures: [改进]}
          - {id: general, problem: 偏离, each: items, as: item, key: code, when: "item.final < item.initial",
             evidence: "{{! 库 }}\(recordNames)", measures: [改进]}
        """

    @Test("the plain path and the library fill a per-record template alike")
    func agreeOnRecords() throws {
        let rubric = try loadRubric(Self.recordRubric)
        #expect(rubric.findings.map { $0.plainEvidence != nil } == [true, false])
        let submission = """
            department: 测试局
            year: 2023
            facts:
              items:
                - {code: "1", name: 甲, initial: 100, final: 90}
                - {code: "2", name: 乙, initial: 50, final: 50}
            """
        let findings = try Scorer(rubric: rubric).score(try loadSubmission(submission)).findings
        let evidence = Dictionary(uniqueKeysWithValues: findings.map { ($0.id, $0.evidence) })
        // Only 甲 fires (90 < 100; 乙 spends its 50): amounts at two places, its rate 90 ÷ 100 = 90.00%, and the
        // section over its name shows.
        let record = "甲：100.00→90.00，90.00%有"
        #expect(evidence == ["plain[1]": record, "general[1]": record])
    }

    /// A fact declared above another (`n.v` beside `n.v.w`): names are then walked part by part, not looked up
    /// whole.
    static let nestedRubric = """
        id: t
        title: 测试
        total: 10
        facts:
          n.v: amount
          n.v.w: amount
          m: amount
        groups:
          - {id: g, name: 分组, indicators: [{id: M, name: 人工, points: 10, method: manual}]}
        findings:
          - {id: plain, problem: 问题, when: "m > 0", evidence: "{{n.v}}|{{m}}", measures: [改进]}
          - {id: general, problem: 问题, when: "m > 0", evidence: "{{! 库 }}{{n.v}}|{{m}}", measures: [改进]}
        """

    @Test("names are walked part by part, as the library walks them, when a fact is declared above another")
    func agreeOnNestedFacts() throws {
        let rubric = try loadRubric(Self.nestedRubric)
        #expect(!rubric.templateFacts.hasNoFactAboveAnother)
        let submission = """
            department: 测试局
            year: 2023
            facts:
              n: {v: 4}
              m: 3
            """
        let findings = try Scorer(rubric: rubric).score(try loadSubmission(submission)).findings
        let evidence = Dictionary(uniqueKeysWithValues: findings.map { ($0.id, $0.evidence) })
        // n.v (a figure, though a fact is declared under it) and m as amounts with two decimals.
        #expect(evidence == ["plain": "4.00|3.00", "general": "4.00|3.00"])
    }
}
