import Testing
import JixiaoExpression
@testable import JixiaoEngine

/// What happens to indicators that cannot be scored normally: not applicable, missing data, not computable,
/// manual pending. None is ever silently zero or silently full; the rubric's policy decides and says so.
@Suite("Policy for gaps in scoring")
struct PolicyScoringTests {
    /// Two 10-point indicators; A applies only when `has_cars`, and reads `y` (maybe missing) or `a / b`.
    private func rubric(policy: String, indicatorA: String) -> String {
        """
        id: t
        title: 测试
        total: 20
        policy: \(policy)
        facts:
          has_cars: boolean
          x: percent
          y: percent
          a: amount
          b: amount
        groups:
          - id: g
            name: 分组
            indicators:
              - {id: A, name: 公车管理, points: 10, \(indicatorA)}
              - {id: B, name: 预算执行, points: 10, method: {rate_times_points: {rate: x}}}
        """
    }

    private let notApplicableSubmission = """
        department: 测试局
        year: 2023
        facts: {has_cars: false, x: 80%, y: 50%}
        """

    @Test("not applicable, policy exclude: its points leave the maximum")
    func notApplicableExcluded() throws {
        let result = try score(rubric: rubric(policy: "{not_applicable: exclude}",
                                              indicatorA: "applicable: has_cars, method: {rate_times_points: {rate: y}}"),
                               submission: notApplicableSubmission)
        let a = try #require(result.indicator("A"))
        #expect(a.state == .notApplicable)
        #expect(a.score == nil)
        #expect(a.reason.contains("不适用"))
        // B: 10 × 80% = 8; maximum 20 − 10 = 10
        #expect(result.score == r("8"))
        #expect(result.maxApplicable == r("10"))
        #expect(result.rubric.totalPoints == r("20"))
    }

    @Test("not applicable, policy full: full points, counted in the maximum")
    func notApplicableFull() throws {
        let result = try score(rubric: rubric(policy: "{not_applicable: full}",
                                              indicatorA: "applicable: has_cars, method: {rate_times_points: {rate: y}}"),
                               submission: notApplicableSubmission)
        let a = try #require(result.indicator("A"))
        #expect(a.state == .notApplicable)
        #expect(a.score == r("10"))
        #expect(a.reason.contains("按规则计满分"))
        // 10 + 8 = 18 of 20
        #expect(result.score == r("18"))
        #expect(result.maxApplicable == r("20"))
    }

    @Test("not applicable, policy zero: zero, counted in the maximum")
    func notApplicableZero() throws {
        let result = try score(rubric: rubric(policy: "{not_applicable: zero}",
                                              indicatorA: "applicable: has_cars, method: {rate_times_points: {rate: y}}"),
                               submission: notApplicableSubmission)
        #expect(result.indicator("A")?.score == r("0"))
        // 0 + 8 = 8 of 20
        #expect(result.score == r("8"))
        #expect(result.maxApplicable == r("20"))
    }

    @Test("an applicable condition that holds scores normally")
    func applicableHolds() throws {
        let result = try score(rubric: rubric(policy: "{}",
                                              indicatorA: "applicable: has_cars, method: {rate_times_points: {rate: y}}"),
                               submission: """
                                   department: 测试局
                                   year: 2023
                                   facts: {has_cars: true, x: 80%, y: 50%}
                                   """)
        // A: 10 × 50% = 5; B: 8; 5 + 8 = 13 of 20
        #expect(result.indicator("A")?.state == .scored)
        #expect(result.score == r("13"))
        #expect(result.maxApplicable == r("20"))
    }

    private let missingSubmission = """
        department: 测试局
        year: 2023
        facts: {x: 80%}
        """

    @Test("missing data, policy exclude: scored over 10 of 20 points, and the reason names the fact")
    func missingExcluded() throws {
        let result = try score(rubric: rubric(policy: "{missing_data: exclude}",
                                              indicatorA: "method: {rate_times_points: {rate: y}}"),
                               submission: missingSubmission)
        let a = try #require(result.indicator("A"))
        #expect(a.state == .missingData)
        #expect(a.score == nil)
        #expect(a.countedPoints == r("0"))
        #expect(a.reason.contains("缺少数据"))
        #expect(a.reason.contains("y"))
        #expect(a.reason.contains("不计入可评分值"))
        #expect(result.score == r("8"))
        #expect(result.maxApplicable == r("10"))
        #expect(result.rubric.totalPoints == r("20"))
    }

    @Test("missing data, policy zero: zero, counted in the maximum")
    func missingZero() throws {
        let result = try score(rubric: rubric(policy: "{missing_data: zero}",
                                              indicatorA: "method: {rate_times_points: {rate: y}}"),
                               submission: missingSubmission)
        let a = try #require(result.indicator("A"))
        #expect(a.state == .missingData)
        #expect(a.score == r("0"))
        #expect(a.reason.contains("按规则计 0 分"))
        #expect(result.score == r("8"))
        #expect(result.maxApplicable == r("20"))
    }

    @Test("the default policy excludes missing data")
    func missingDefault() throws {
        let result = try score(rubric: rubric(policy: "{}", indicatorA: "method: {rate_times_points: {rate: y}}"),
                               submission: missingSubmission)
        #expect(result.maxApplicable == r("10"))
    }

    @Test("an applicable condition with missing data is missing data, not 'not applicable'")
    func applicabilityUndecidable() throws {
        let result = try score(rubric: rubric(policy: "{}",
                                              indicatorA: "applicable: has_cars, method: {rate_times_points: {rate: y}}"),
                               submission: missingSubmission)
        #expect(result.indicator("A")?.state == .missingData)
    }

    private let divisionByZeroSubmission = """
        department: 测试局
        year: 2023
        facts: {x: 80%, a: 5, b: 0}
        """

    @Test("division by zero is not computable: state error, no crash, excluded by default")
    func notComputable() throws {
        let result = try score(rubric: rubric(policy: "{}", indicatorA: "method: {formula: \"a / b\"}"),
                               submission: divisionByZeroSubmission)
        let a = try #require(result.indicator("A"))
        #expect(a.state == .error)
        #expect(a.score == nil)
        #expect(a.reason.contains("除数为零"))
        #expect(result.score == r("8"))
        #expect(result.maxApplicable == r("10"))
    }

    @Test("not computable with policy zero counts as zero")
    func notComputableZero() throws {
        let result = try score(rubric: rubric(policy: "{not_computable: zero}", indicatorA: "method: {formula: \"a / b\"}"),
                               submission: divisionByZeroSubmission)
        #expect(result.indicator("A")?.score == r("0"))
        #expect(result.maxApplicable == r("20"))
    }

    @Test("a metric dividing by zero makes the indicator that uses it not computable")
    func notComputableThroughMetric() throws {
        let rubric = """
            id: t
            title: 测试
            total: 10
            facts: {a: amount, b: amount}
            metrics:
              execution_rate: {name: 预算执行率, value: "ratio(a, b)", unit: "%"}
            groups:
              - {id: g, name: 分组, indicators: [{id: A, name: 执行率, points: 10,
                  method: {rate_times_points: {rate: execution_rate}}}]}
            """
        let result = try score(rubric: rubric, submission: divisionByZeroSubmission)
        #expect(result.indicator("A")?.state == .error)
        guard case .notComputable = result.metrics.first?.value else {
            Issue.record("计算项应为无法计算，实际是 \(String(describing: result.metrics.first?.value))")
            return
        }
        #expect(result.grade == nil, "没有任何可评分值时不给等级")
    }

    @Test("manual pending is left out of the maximum until the assessor scores it")
    func manualPending() throws {
        let rubric = rubric(policy: "{}", indicatorA: "method: {manual: {guidance: 看资料}}")
        let pending = try score(rubric: rubric, submission: """
            department: 测试局
            year: 2023
            facts: {x: 80%}
            """)
        let a = try #require(pending.indicator("A"))
        #expect(a.state == .manualPending)
        #expect(a.score == nil)
        #expect(pending.score == r("8"))
        #expect(pending.maxApplicable == r("10"))

        let given = try score(rubric: rubric, submission: """
            department: 测试局
            year: 2023
            facts: {x: 80%}
            manual_scores: {t: {A: 7.5}}
            """)
        // 7.5 + 8 = 15.5 of 20
        #expect(given.indicator("A")?.score == r("7.5"))
        #expect(given.score == r("15.5"))
        #expect(given.maxApplicable == r("20"))
    }

    @Test("a manual score for an indicator the rubric does not have is rejected")
    func unknownManualScore() throws {
        let diagnostics = try scoringDiagnostics(
            rubric: rubric(policy: "{}", indicatorA: "method: manual"),
            submission: """
                department: 测试局
                year: 2023
                facts: {x: 80%}
                manual_scores: {t: {C: 3}}
                """)
        #expect(diagnostics.map(\.path) == ["manual_scores.t.C"])
    }
}
