import Testing
import JixiaoExpression
@testable import JixiaoEngine

/// How findings become a report's numbered problems and measures.
@Suite("Narrative composition")
struct NarrativeCompositionTests {
    func finding(_ id: String, _ problem: String, evidence: String, cause: String? = nil,
                 measures: [String], losses: [String: String] = [:]) -> FindingResult {
        let lost = losses.mapValues { r($0) }
        return FindingResult(id: id, problem: problem, evidence: evidence, cause: cause, measures: measures,
                             pointsAtStake: lost.values.reduce(.zero, +), losses: lost)
    }

    @Test("findings with the same problem title become one problem; evidence and measures are not repeated")
    func groupingAndDeduplication() {
        let narrative = Narrative(findings: [
            finding("a", "预算编制不够精准", evidence: "执行率 88.61%", measures: ["加强预算编制"], losses: ["B2": "4"]),
            finding("b[2010308]", "预算编制不够精准", evidence: "信访事务完成 49.12%", measures: ["加强预算编制", "按序时进度执行"]),
            finding("c", "预算编制不够精准", evidence: "执行率 88.61%", measures: ["加强预算编制"], losses: ["B2": "4"]),
        ])
        #expect(narrative.problems.count == 1)
        #expect(narrative.problems[0].evidence == ["执行率 88.61%", "信访事务完成 49.12%"])
        #expect(narrative.problems[0].findingIds == ["a", "b[2010308]", "c"])
        // B2 is counted once although two findings name it.
        #expect(narrative.problems[0].pointsAtStake == r("4"))
        #expect(narrative.measures.map(\.text) == ["加强预算编制", "按序时进度执行"])
        #expect(narrative.measures.map(\.number) == [1, 2])
    }

    @Test("problems are ordered by points at stake, ties by first appearance")
    func ordering() {
        let narrative = Narrative(findings: [
            finding("x", "甲", evidence: "e1", measures: ["m1"], losses: ["A": "1"]),
            finding("y", "乙", evidence: "e2", measures: ["m2"], losses: ["B": "3.5"]),
            finding("z", "丙", evidence: "e3", measures: ["m3"]),
            finding("w", "丁", evidence: "e4", measures: ["m4"], losses: ["C": "1"]),
        ])
        // 乙 3.5 > 甲 1 = 丁 1 (甲 first) > 丙 0.
        #expect(narrative.problems.map(\.title) == ["乙", "甲", "丁", "丙"])
        #expect(narrative.problems.map(\.number) == [1, 2, 3, 4])
        // Measures follow the problems they answer.
        #expect(narrative.measures.map(\.text) == ["m2", "m1", "m4", "m3"])
    }

    @Test("a measure shared by two problems is written once and tied to both")
    func sharedMeasure() {
        let narrative = Narrative(findings: [
            finding("x", "甲", evidence: "e1", measures: ["严格执行预算"], losses: ["A": "2"]),
            finding("y", "乙", evidence: "e2", measures: ["严格执行预算", "完善制度"], losses: ["B": "1"]),
        ])
        #expect(narrative.measures.count == 2)
        #expect(narrative.measures[0].problems == [1, 2])
        #expect(narrative.measures[1].problems == [2])
    }

    @Test("causes the submission gives are kept; without one the cause slot stays open")
    func causes() {
        let narrative = Narrative(findings: [
            finding("x", "甲", evidence: "e1", cause: "年终关账较早", measures: ["m"]),
            finding("y", "乙", evidence: "e2", measures: ["m"]),
        ])
        #expect(narrative.problems[0].causes == ["年终关账较早"])
        #expect(narrative.problems[1].causes.isEmpty)
    }

    @Test("no findings, no problems")
    func empty() {
        #expect(Narrative(findings: []).isEmpty)
        #expect(Narrative(findings: []).measures.isEmpty)
    }

    @Test("Chinese numerals for problem numbers", arguments: [(1, "一"), (9, "九"), (10, "十"), (11, "十一"), (20, "二十"), (23, "二十三")])
    func numerals(number: Int, expected: String) {
        #expect(Narrative.chineseNumeral(number) == expected)
    }
}

/// Triggers and templates of findings, on small inline rubrics.
@Suite("Finding triggers")
struct FindingTriggerTests {
    static let rubric = """
        id: t
        title: 测试
        total: 10
        facts:
          initial: amount
          final: amount
          items: {kind: list, fields: {code: text, name: text, initial: amount, final: amount, reason: text}}
        metrics:
          rate: {name: 执行率, value: "ratio(final, initial)", unit: "%"}
          item_rate: {name: 完成年初预算, each: items, key: code, label: name, value: "ratio(item.final, item.initial)", unit: "%"}
        checks:
          - {id: sum, name: 各项之和 = 决算, stated: final, computed: sum(items.final)}
        groups:
          - id: g
            name: 组
            indicators:
              - {id: E, name: 执行率, points: 10, method: {rate_times_points: {rate: rate}}}
        findings:
          - id: low
            problem: 预算执行率偏低
            when: "rate < 90%"
            indicators: [E]
            evidence: "年初预算{{initial}}万元，支出决算{{final}}万元，执行率{{rate}}。"
            measures: [加强预算执行监控]
          - id: item-off
            problem: 预算编制不够精准
            each: items
            key: code
            when: "abs(item_rate_local - 1) > 10%"
            evidence: "{{item.name}}完成年初预算的{{item_rate}}"
            cause: "{{item.reason}}"
            measures: [提高预算编制精准度]
          - id: lost-e
            problem: 执行率失分
            lost: [E]
            evidence: "执行率指标失分"
            measures: [按序时进度推进]
          - id: data
            problem: 数据存在不一致
            checks: mismatch
            evidence: "{{check.name}}：{{check.explanation}}"
            measures: [加强决算编审]
        """

    func result(final: String, rows: String) throws -> RubricResult {
        let rubric = Self.rubric.replacingOccurrences(of: "item_rate_local", with: "ratio(item.final, item.initial)")
        return try score(rubric: rubric, submission: """
            department: 测试局
            year: 2023
            facts:
              initial: 100.00
              final: \(final)
              items: \(rows)
            """)
    }

    @Test("each trigger fires on its own condition, with the figures filled in")
    func triggers() throws {
        // final 80 of 100 → 80% < 90%; item B 30 of 50 → 60%, off by 40% → fires; item A 50 of 50 → 100% → not.
        let result = try self.result(final: "80.00", rows: """
            [{code: A, name: 甲项, initial: 50.00, final: 50.00}, {code: B, name: 乙项, initial: 50.00, final: 30.00, reason: 年终关账较早}]
            """)
        let ids = result.findings.map(\.id)
        #expect(ids == ["low", "item-off[B]", "lost-e"])
        #expect(result.findings[0].evidence == "年初预算100.00万元，支出决算80.00万元，执行率80.00%。")
        // 10 × 80% = 8, so E lost 2 points.
        #expect(result.findings[0].pointsAtStake == r("2"))
        #expect(result.findings[1].evidence == "乙项完成年初预算的60.00%")
        #expect(result.findings[1].cause == "年终关账较早")
    }

    @Test("a failed check produces a data-quality finding; a cause template that renders empty leaves the slot")
    func checkFinding() throws {
        // items sum to 50 + 40 = 90 but final says 95 → mismatch; A off by 0%, B 40 of 50 = 80% → off by 20%, no reason.
        let result = try self.result(final: "95.00", rows: """
            [{code: A, name: 甲项, initial: 50.00, final: 50.00}, {code: B, name: 乙项, initial: 50.00, final: 40.00}]
            """)
        #expect(result.findings.contains { $0.id == "data[sum]" && $0.evidence.hasPrefix("各项之和 = 决算：文档 95.00") })
        #expect(result.findings.first { $0.id == "item-off[B]" }?.cause == nil)
    }

    @Test("nothing fires when the figures are fine")
    func quiet() throws {
        let result = try self.result(final: "100.00", rows: """
            [{code: A, name: 甲项, initial: 50.00, final: 50.00}, {code: B, name: 乙项, initial: 50.00, final: 50.00}]
            """)
        #expect(result.findings.isEmpty)
        #expect(Narrative(findings: result.findings).isEmpty)
    }

    @Test("a cause the submission states by finding id fills the slot")
    func submissionCause() throws {
        let rubric = Self.rubric.replacingOccurrences(of: "item_rate_local", with: "ratio(item.final, item.initial)")
        let result = try score(rubric: rubric, submission: """
            department: 测试局
            year: 2023
            facts: {initial: 100.00, final: 80.00, items: [{code: A, name: 甲项, initial: 100.00, final: 80.00}]}
            causes: {low: 部分合同尾款未到支付节点}
            """)
        #expect(result.findings.first { $0.id == "low" }?.cause == "部分合同尾款未到支付节点")
    }

    @Test("finding errors: no trigger, two triggers, unknown indicator, bad template")
    func errors() {
        func diagnostics(_ finding: String) -> [Diagnostic] {
            rubricDiagnostics("""
                id: t
                title: 测试
                total: 1
                facts: {x: amount}
                groups: [{id: g, name: 组, indicators: [{id: E, name: 甲, points: 1, method: {formula: "1"}}]}]
                findings:
                  - \(finding)
                """)
        }
        #expect(diagnostics("{id: f, problem: p, evidence: e, measures: [m]}").contains { $0.message.contains("之一触发") })
        #expect(diagnostics("{id: f, problem: p, when: x > 1, lost: [E], evidence: e, measures: [m]}")
            .contains { $0.message.contains("只能给一个") })
        #expect(diagnostics("{id: f, problem: p, lost: [F], evidence: e, measures: [m]}")
            .contains { $0.message.contains("没有标识为“F”的指标") })
        #expect(diagnostics("{id: f, problem: p, when: x > 1, evidence: '{{#a}}', measures: [m]}")
            .contains { $0.path == "findings[0].evidence" })
        #expect(diagnostics("{id: f, problem: p, when: y > 1, evidence: e, measures: [m]}")
            .contains { $0.message.contains("“y”既不是已声明的事实") })
        // A misspelt name in a template would print nothing: it is an error when the rubric loads.
        let misspelt = diagnostics("{id: f, problem: p, when: x > 1, evidence: '金额{{xx}}万元', measures: [m]}")
        #expect(misspelt.contains { $0.path == "findings[0].evidence" && $0.message.contains("{{xx}}") })
        #expect(diagnostics("{id: f, problem: p, when: x > 1, evidence: '{{department}}{{year}}年 {{x}}万元', measures: [m]}").isEmpty)
        // check.* is only there for findings triggered by checks.
        #expect(!diagnostics("{id: f, problem: p, when: x > 1, evidence: '{{check.name}}', measures: [m]}").isEmpty)
    }
}
