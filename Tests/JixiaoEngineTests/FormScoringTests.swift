import Testing
import JixiaoExpression
import JixiaoYAML
@testable import JixiaoEngine

/// Self-assessment forms scored by form rules written inline: each row by its target and actual, the checks
/// on the claimed figures, and bad input.
@Suite("自评表计分与核对")
struct FormScoringTests {
    static let rubric = """
        id: forms
        title: 项目支出绩效自评
        total: 100
        form:
          funding_weight: 10
          met_words: [达到, 完成]
          partial_words: {未达到: 0%, 基本达到: 80%, 部分达到: 60%}
          measures: {产出指标: [按计划组织实施。]}
        """

    func score(_ forms: String) throws -> [RubricResult] {
        let rubric = try loadRubric(Self.rubric)
        let submission = try loadSubmission("department: 测试局\nyear: 2022\nforms:\n\(forms)")
        return try FormScorer(rubric: rubric, rules: try #require(rubric.form)).score(submission)
    }

    func verdict(_ result: RubricResult, _ id: String) -> CheckResult.Verdict? { result.checks.first { $0.id == id }?.verdict }

    /// The case: a wrong 执行率 score and an over-claimed row.
    static let overClaimed = """
          - name: 水标尺项目
            funding: {initial: 20, annual: 20, executed: 17, weight: 10, rate: 85.00%, score: 10}
            indicators:
              - {level1: 产出指标, level2: 数量指标, name: 安装水标尺, weight: 30, target: ≥266米, actual: 240米, score: 30}
              - {level1: 产出指标, level2: 质量指标, name: 验收合格率, weight: 20, target: 100%, actual: 100%, score: 20}
              - {level1: 效益指标, name: 生产条件改善, weight: 30, target: 显著提升, actual: 显著提升, score: 30}
              - {level1: 满意度指标, name: 受益户满意度, weight: 10, target: ≥95%, actual: 96%, score: 12}
            total: 102
            grade: 优
        """

    @Test func aWrongExecutionScoreAndAnOverClaimedRowAreExplainedRowByRow() throws {
        let result = try #require(try score(Self.overClaimed).first)
        // F: 17 ÷ 20 = 85%; 10 × 85% = 8.5, claimed 10.
        #expect(result.indicator("F")?.score == r("8.5"))
        #expect(verdict(result, "form.execution-rate") == .ok)
        #expect(verdict(result, "form.execution-score") == .mismatch)
        // R1: 240 ÷ 266 = 0.902255…; 30 × 0.902255… = 27.0676… → 27.07, claimed 30; no 偏差原因 given.
        #expect(result.indicator("R1")?.score == r("27.07"))
        #expect(verdict(result, "form.row-score[R1]") == .mismatch)
        #expect(verdict(result, "form.deviation-reason[R1]") == .mismatch)
        // R3 qualitative, the same words: full 30.
        #expect(result.indicator("R3")?.score == r("30"))
        // R4: 96% ≥ 95%: full 10, yet 12 is claimed, above the 分值.
        #expect(result.indicator("R4")?.score == r("10"))
        #expect(verdict(result, "form.row-score[R4]") == .mismatch)
        #expect(verdict(result, "form.row-over-weight[R4]") == .mismatch)
        // Computed 8.5 + 27.07 + 20 + 30 + 10 = 95.57 against claimed 10 + 30 + 20 + 30 + 12 = 102.
        #expect(result.score == r("95.57"))
        #expect(result.claimedTotal == r("102"))
        // 10 + 30 + 20 + 30 + 10 = 100; 总分 102 = Σ claims; 102 ≥ 90 → 优 as printed.
        #expect(verdict(result, "form.weights-sum") == .ok)
        #expect(verdict(result, "form.total") == .ok)
        #expect(verdict(result, "form.grade") == .ok)
        // The shortfalls become the narrative's problems, with the rubric's measures.
        #expect(result.findings.map(\.id) == ["form-shortfall[F]", "form-shortfall[R1]"])
        #expect(result.findings[1].measures == ["按计划组织实施。"])
        #expect(result.subject == "水标尺项目")
    }

    @Test func aCorrectFormPassesEveryCheck() throws {
        let result = try #require(try score("""
          - name: 正确的项目
            funding: {annual: 50, executed: 45, rate: 90%, score: 9}
            indicators:
              - {level1: 产出指标, name: 完成数量, weight: 50, target: ≥10个, actual: 12个, score: 50}
              - {level1: 效益指标, name: 成本, weight: 30, target: ≤100万元, actual: 95万元, score: 30}
              - {level1: 满意度指标, name: 满意度, weight: 10, target: 达到预期, actual: 达到, score: 10}
            total: 99
            grade: 优
        """).first)
        // 45 ÷ 50 = 90%; 10 × 90% = 9 (分值 10 by the rules, not printed); 12 ≥ 10; 95 ≤ 100; 达到 → met.
        #expect(result.score == r("99"))
        #expect(result.checks.allSatisfy { $0.verdict == .ok }, "\(result.checks.filter { $0.verdict != .ok }.map(\.explanation))")
        // 执行率 and its score 2, per row a score and a weight check 3 × 2 = 6, weights, total, grade 3: 11.
        #expect(result.checks.count == 11)
    }

    @Test func inverseAndPartialRowsAndTargetsInOtherUnits() throws {
        let result = try #require(try score("""
          - name: 项目
            indicators:
              - {name: 反向, weight: 10, target: ≤100天, actual: 125天}
              - {name: 基本, weight: 10, target: 按期完工, actual: 基本达到}
              - {name: 未达, weight: 10, target: 按期完工, actual: 未达到}
              - {name: 单位, weight: 10, target: 20万元, actual: 150000元}
              - {name: 说不清, weight: 10, target: 按期完工, actual: 正在推进}
        """).first)
        // 反向: 100 ÷ 125 = 80% → 8; 基本达到 80% → 8; 未达到 → 0; 15万元 ÷ 20万元 = 75% → 7.5.
        #expect(result.indicator("R1")?.score == r("8"))
        #expect(result.indicator("R2")?.score == r("8"))
        #expect(result.indicator("R3")?.score == r("0"))
        #expect(result.indicator("R4")?.score == r("7.5"))
        // Words that say neither: 待人工评分, left out of the applicable maximum.
        #expect(result.indicator("R5")?.state == .manualPending)
        // No funding block: the execution indicator has no data, the rest is still scored.
        #expect(result.indicator("F")?.state == .missingData)
        #expect(result.maxApplicable == r("40"))
    }

    @Test func badRowsSayWhichRowAndWhatWasExpected() throws {
        let diagnostics = submissionDiagnostics("""
            department: 测试局
            year: 2022
            forms:
              - name: 项目
                indicators:
                  - {name: 甲, weight: 十, target: 5, actual: 5}
                  - {name: 乙, weight: 10, target: [5], actual: 5}
                  - {nmae: 丙, weight: 10}
                grade: 优秀
              - name: 单位写错
                unit: 百万元
            """)
        let paths = diagnostics.map(\.path)
        #expect(paths.contains("forms[0].indicators[0].weight"))
        #expect(diagnostics.first { $0.path == "forms[0].indicators[1].target" }?.message.contains("应为指标值") == true)
        #expect(diagnostics.first { $0.path == "forms[0].indicators[2].nmae" }?.hint == "是否想用“name”？")
        #expect(diagnostics.first { $0.path == "forms[0].grade" }?.hint == "是否想用“优”？")
        // A form's own unit is one of the four, like the file's: 百万元 is not silently read as 万元.
        #expect(diagnostics.contains { $0.path == "forms[1].unit" && $0.message.contains("百万元") })
        // The weight's line: line 6 is the first row.
        #expect(diagnostics.first { $0.path == "forms[0].indicators[0].weight" }?.location.line == 6)
    }

    @Test func aRowsCheckNamesTheDocumentLineTheRowStandsOn() throws {
        // `line:` of the funding block and of each row (as `jixiao extract` writes them) is where their checks point.
        let result = try #require(try score("""
          - name: 项目
            section: 项目支出绩效自评表
            line: 3
            funding: {annual: 20, executed: 17, rate: 85%, score: 10, line: 9}
            indicators:
              - {name: 甲, weight: 10, target: 10个, actual: 10个, score: 12, line: 15}
              - {name: 乙, weight: 10, target: 10个, actual: 10个, score: 10}
        """).first)
        func place(_ id: String) -> String? { result.checks.first { $0.id == id }?.whereInDocument }
        #expect(place("form.execution-score") == "项目支出绩效自评表，第 9 行")
        #expect(place("form.row-over-weight[R1]") == "项目支出绩效自评表，第 15 行")
        // A row without its own line is placed at the form's.
        #expect(place("form.row-score[R2]") == "项目支出绩效自评表，第 3 行")
        #expect(place("form.weights-sum") == "项目支出绩效自评表，第 3 行")
    }

    @Test func aFormRubricOnAFileWithoutFormsIsAClearError() throws {
        let rubric = try loadRubric(Self.rubric)
        let submission = try loadSubmission("department: 测试局\nyear: 2022\n")
        #expect(throws: DiagnosticError.self) { _ = try FormScorer(rubric: rubric, rules: rubric.form!).score(submission) }
    }
}
