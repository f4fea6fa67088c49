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

    static let findingsRubric = """
        id: t
        title: 测试
        total: 30
        facts: {a: amount, b: amount}
        groups:
          - id: g1
            name: 一
            groups:
              - {id: g1a, name: 一甲, indicators: [{id: A, name: 甲, points: 10, method: {formula: "a"}}]}
            indicators:
              - {id: B, name: 乙, points: 10, method: {formula: "b"}}
          - {id: g2, name: 二, indicators: [{id: C, name: 丙, points: 10, method: {formula: "10"}}]}
        findings:
          - {id: f1, problem: 失分, lost: [A, B, C], evidence: "失分", measures: [改进]}
          - {id: f2, problem: 满分, lost: [C], evidence: "满分", measures: [改进]}
        """

    @Test("a finding's indicators are found where their results are, as walking the results finds them")
    func findingLocations() throws {
        let rubric = try loadRubric(Self.findingsRubric)
        let plan = rubric.scoringPlan.plan(of: rubric).findings
        // A lies in g1's subgroup g1a, B in g1 itself, C in g2.
        #expect(plan[0].triggers.map { $0?.groups } == [[0, 0], [0], [1]])
        #expect(plan[0].triggers.map { $0?.indicator } == [0, 0, 0])

        let result = try score(rubric: Self.findingsRubric, submission: """
            department: 测试局
            year: 2023
            facts: {a: 4, b: 7.5}
            """)
        // A scores 4 of 10, B 7.5 of 10, C 10 of 10: 6, 2.5 and 0 lost, as the walk over the results gives them.
        var walked: [String: Rational] = [:]
        result.forEachIndicator { walked[$0.id] = $0.pointsLost }
        #expect(plan[0].triggers.map { $0?.pointsLost(in: result.groups) } == [r("6"), r("2.5"), r("0")])
        #expect(["A", "B", "C"].map { walked[$0] } == [r("6"), r("2.5"), r("0")])
        // f1 fires with all three at stake (8.5 in all); f2's C lost nothing, so it does not fire.
        #expect(result.findings.map(\.id) == ["f1"])
        #expect(result.findings.first?.pointsAtStake == r("8.5"))
        #expect(result.findings.first?.losses == ["A": r("6"), "B": r("2.5"), "C": r("0")])
    }
}
