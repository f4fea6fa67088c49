import Testing
import JixiaoExpression
@testable import JixiaoEngine

/// What scoring needs of a rubric is worked out once (``RubricScoringPlan``): how indicator inputs are shown,
/// where each path is read, which metrics need their ranges. Each must give what working it out on the spot gives.
@Suite("Scoring plan made once per rubric")
struct RubricScoringPlanTests {
    static let rubric = """
        id: t
        title: 测试
        total: 15
        facts: {t.a: amount, t.b: amount, t.rate: percent}
        groups:
          - id: g
            name: 分组
            indicators:
              - {id: A, name: 甲, points: 5, method: {formula: "t.a + t.b"}}
              - {id: B, name: 乙, points: 5, method: {formula: "t.rate"}}
              - {id: C, name: 丙, points: 5, method: {formula: "t.a * 2"}}
        """

    @Test("the plan gives each input's display unit, and follows a change of the rubric's unit")
    func displayUnits() throws {
        var rubric = try loadRubric(Self.rubric)
        let expressions = rubric.groups[0].indicators.flatMap(\.method.expressions)
        let shown = rubric.scoringPlan.plan(of: rubric).indicatorInputs.flatMap { $0.map(\.shown) }
        // A sum of amounts is an amount; a single percent fact a percent; a product is a plain number at 4 places.
        #expect(shown.map(\.unit) == [.amount("万元"), .percent, .plain])
        #expect(shown.map(\.places) == [2, 2, 4])
        // The same answers as working each out on the spot.
        let resolver = ReferenceResolver(rubric: rubric)
        #expect(expressions.map { resolver.displayUnit(of: $0).unit } == shown.map(\.unit))

        rubric.unit = "元"
        #expect(rubric.scoringPlan.plan(of: rubric).indicatorInputs[0][0].shown.unit == .amount("元"))
    }

    static let readsRubric = """
        id: t
        title: 测试
        total: 40
        facts:
          a: amount
          b: amount
          c: amount
          name: text
          items:
            kind: list
            fields: {x: amount}
        metrics:
          both: {value: "a + b", unit: amount}
        groups:
          - id: g
            name: 分组
            indicators:
              - {id: A, name: 甲, points: 10, method: {formula: "a + b"}}
              - {id: B, name: 乙, points: 10, method: {formula: "sum(items.x) + both"}}
              - {id: C, name: 丙, points: 10, method: {formula: "c"}}
              - {id: D, name: 丁, points: 10, method: {formula: "exists(c) or name == \\"测试\\""}}
        """

    static let readsSubmission = """
        department: 测试局
        year: 2023
        facts:
          a: 30
          b: 70
          name: 测试
          items: [{x: 1}, {x: 2.5}]
        """

    @Test("facts are read by position, everything else by path, with the values the general evaluation gives")
    func plannedReads() throws {
        let rubric = try loadRubric(Self.readsRubric)
        let submission = try loadSubmission(Self.readsSubmission)
        var environment = ScoringEnvironment(facts: try FactStore(rubric: rubric, submission: submission))
        _ = MetricEvaluator(rubric: rubric).evaluate(into: &environment)
        let planned = rubric.scoringPlan.plan(of: rubric).indicatorInputs.map { $0[0] }

        // a and b are plain facts (positions 0 and 1); a list's field and a metric go by path.
        #expect(planned[0].reads.map(Self.position) == [0, 1])
        #expect(planned[1].reads.map(Self.position) == [nil, nil])
        #expect(planned[2].isSoleReference)

        // 30 + 70 = 100; 1 + 2.5 + (30 + 70) = 103.5; c is absent; name is 测试 (c absent: exists false).
        let expected: [Value] = [.number(r("100")), .number(r("103.5")), .missing(["c"]), .bool(true)]
        #expect(planned.map { $0.value(in: environment) } == expected)
        #expect(planned.map { environment.evaluate($0.expression) } == expected)
    }

    /// The declaration position a read goes by, nil for a read by path.
    static func position(_ read: RubricScoringPlan.PathRead) -> Int? {
        if case .fact(let positions, _) = read { return positions.first }
        return nil
    }

    static let rangesRubric = """
        id: t
        title: 核对测试
        total: 10
        facts: {a: amount, b: amount, total: amount}
        metrics:
          parts: {value: "a + b", unit: amount}
          doubled: {value: "parts * 2", unit: amount}
          gap: {value: "a - b", unit: amount}
          gap_rate: {value: "gap / total", unit: "%"}
        checks:
          - {id: c1, name: 合计, stated: total, computed: doubled / 2}
        groups:
          - {id: g, name: 分组, indicators: [{id: Q, name: 差额率, points: 10, method: {formula: "10 * gap_rate"}}]}
        """

    @Test("only the metrics a check reads, and those they are made of, get ranges; values are the same either way")
    func metricRanges() throws {
        let rubric = try loadRubric(Self.rangesRubric)
        // c1 reads doubled, which is made of parts; gap and gap_rate only score an indicator.
        #expect(RubricScoringPlan.metricsWhoseRangesChecksRead(in: rubric) == ["doubled", "parts"])
        #expect(rubric.scoringPlan.plan(of: rubric).metrics.map(\.needsRange) == [true, true, false, false])

        let submission = try loadSubmission("""
            department: 测试局
            year: 2023
            facts: {a: 30, b: 70, total: 100}
            """)
        var environment = ScoringEnvironment(facts: try FactStore(rubric: rubric, submission: submission))
        let metrics = MetricEvaluator(rubric: rubric).evaluate(into: &environment)
        // 30 + 70 = 100; 100 × 2 = 200; 30 − 70 = −40; −40 ÷ 100 = −0.4.
        #expect(metrics.map(\.value) == [.number(r("100")), .number(r("200")), .number(r("-40")), .number(r("-0.4"))])
        #expect(Set(environment.metricRanges.keys) == ["parts", "doubled"])
        // Printed as whole numbers, a and b each stand for ±0.5: parts for ±1, doubled (× 2) for ±2.
        #expect(environment.metricRanges["doubled"] == .number(RationalRange(center: r("200"), halfWidth: r("2"))))
        let result = try Scorer(rubric: rubric).score(submission)
        #expect(result.checks.map(\.verdict) == [.ok])
    }
}
