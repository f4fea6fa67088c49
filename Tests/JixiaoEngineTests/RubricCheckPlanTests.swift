import Testing
@testable import JixiaoEngine
import JixiaoExpression

/// A rubric's check headings are made once and reused; changing the rubric must not leave the old ones behind.
@Suite("Check headings made once per rubric")
struct RubricCheckPlanTests {
    static let facts = """
        a: amount
        b: amount
        total: amount
        rate: percent
        """
    static let checks = """
        - {id: c1, name: 合计, stated: total, computed: a + b}
        - {id: c2, name: 比例, stated: rate, computed: a / total}
        """
    static let submission = CheckFixture.submission("""
        a: 30
        b: 70
        total: 100
        rate: "30%"
        """)

    @Test("scoring twice on one rubric gives the same headings and inputs")
    func reused() throws {
        let rubric = try loadRubric(CheckFixture.rubric(facts: Self.facts, checks: Self.checks))
        let submission = try loadSubmission(Self.submission)
        let first = try Scorer(rubric: rubric).score(submission)
        let second = try Scorer(rubric: rubric).score(submission)
        #expect(first.checkHeadings.map(\.id) == ["c1", "c2"])
        #expect(second.checkHeadings.map(\.id) == ["c1", "c2"])
        // c1's inputs, then c2's: a and total, shared, are written once and shown alike in both.
        let c1Inputs = try #require(second.checks.first { $0.id == "c1" }).inputs
        #expect(c1Inputs.map(\.shown) == ["100.00万元", "30.00万元", "70.00万元"])
        // c2's inputs: rate as a percent, a and total as amounts in 万元 with two places.
        let inputs = try #require(second.checks.first { $0.id == "c2" }).inputs
        #expect(inputs.map(\.path) == ["rate", "a", "total"])
        #expect(inputs.map(\.shown) == ["30.00%", "30.00万元", "100.00万元"])
    }

    @Test("a figure several checks read has one slot; metrics are marked, a record's own fields have none")
    func figureSlots() throws {
        let rubric = try loadRubric(CheckFixture.rubric(facts: Self.facts, checks: Self.checks))
        let plan = rubric.checkPlan.plan(of: rubric)
        // c1 reads total, a, b (slots 0, 1, 2); c2 reads rate (new: 3), a (1) and total (0).
        #expect(plan.inputSlots == [[0, 1, 2], [3, 1, 0]])
        #expect(plan.slotIsMetric == [false, false, false, false])

        // A per-record check's `row.…` fields are read from each record; the others share t01.total's slot.
        let perRecord = try loadRubric(EachCheckTests.rubric)
        let recordPlan = perRecord.checkPlan.plan(of: perRecord)
        #expect(recordPlan.inputSlots == [[nil, nil, nil], [0, 1], [0, 1]])

        // `parts` is a metric, read before the facts.
        let withMetric = try loadRubric("""
            id: t
            title: 核对测试
            total: 10
            facts: {a: amount, b: amount, total: amount}
            metrics:
              parts: {value: "a + b", unit: amount}
            checks:
              - {id: c1, name: 合计, stated: total, computed: parts}
            groups:
              - {id: g, name: 分组, indicators: [{id: Q, name: 数据质量, points: 10, method: {data_quality: {deduct: 1}}}]}
            """)
        let metricPlan = withMetric.checkPlan.plan(of: withMetric)
        #expect(metricPlan.inputSlots == [[0, 1]])
        #expect(metricPlan.slotIsMetric == [false, true])
        let checked = try Scorer(rubric: withMetric).score(loadSubmission(Self.submission)).checks
        #expect(checked.map(\.verdict) == [.ok])
        #expect(checked.first?.inputs.map(\.shown) == ["100.00万元", "100.00万元"])
    }

    @Test("a figure whose facts the submission lacks is told by the facts read, as looking its path up tells it")
    func absentFigures() throws {
        let rubric = try loadRubric(CheckFixture.rubric(facts: Self.facts, checks: Self.checks))
        let plan = rubric.checkPlan.plan(of: rubric)
        // Facts in written order: a 0, b 1, total 2, rate 3; slots total, a, b, rate (as above).
        #expect(plan.slotDeclarations == [[2], [0], [1], [3]])
        #expect(plan.slotFactsAtPath == [[2], [0], [1], [3]])
        // Both checks state one figure: total's slot and rate's.
        #expect(plan.statedSlots == [0, 3])

        // No b and no rate: c2's stated figure is absent, so c2 is not run; c1 runs and lacks b.
        let partial = try loadSubmission(CheckFixture.submission("a: 30\ntotal: 100"))
        let facts = try FactStore(rubric: rubric, submission: partial)
        #expect(facts.holds == [true, false, true, false])
        // The general lookup agrees: nothing is read at b or rate.
        #expect(facts.value(of: "b") == nil && facts.value(of: "rate") == nil)
        // A figure read by its declaration's position is the one read by its path: total is 100 (万元).
        #expect(facts.value(declaredAt: [2]) == .number(Rational(100)))
        #expect(facts.value(declaredAt: [2]) == facts.value(of: "total"))
        #expect(facts.range(declaredAt: [0]) == facts.range(of: "a"))
        #expect(facts.value(declaredAt: [1]) == nil)
        let checks = try Scorer(rubric: rubric).score(partial).checks
        #expect(checks.map(\.id) == ["c1"])
        #expect(checks.first?.verdict == .insufficientData)
        #expect(checks.first?.explanation == "缺少数据（b），无法核对")
        #expect(checks.first?.inputs.map(\.shown) == ["100.00万元", "30.00万元", "缺少数据（b）"])

        // A list's field is read from the list's declaration (t01.rows, position 0), the list's total from its own.
        let perRecord = try loadRubric(EachCheckTests.rubric)
        let recordPlan = perRecord.checkPlan.plan(of: perRecord)
        #expect(recordPlan.slotDeclarations == [[1], [0]])
        // t01.rows.total is no declared path: it is read from the list's records.
        #expect(recordPlan.slotFactsAtPath == [[1], []])
        // c3's stated figure is each record's own field: no slot; c4 and c5 state t01.total.
        #expect(recordPlan.statedSlots == [nil, 0, 0])
    }

    @Test("a rubric changed after scoring is scored with its new checks, facts and unit")
    func remadeAfterChange() throws {
        var rubric = try loadRubric(CheckFixture.rubric(facts: Self.facts, checks: Self.checks))
        let submission = try loadSubmission(Self.submission)
        _ = try Scorer(rubric: rubric).score(submission)

        rubric.checks.removeLast()
        rubric.checks[0].name = "收入合计"
        let changed = try Scorer(rubric: rubric).score(submission)
        #expect(changed.checkHeadings.map(\.name) == ["收入合计"])
        #expect(changed.checks.map(\.name) == ["收入合计"])

        // The same figures in 元: 30 万元 shows as 300000.00元.
        rubric.unit = "元"
        let inYuan = try Scorer(rubric: rubric).score(submission)
        #expect(try #require(inYuan.checks.first).inputs.map(\.shown) == ["1000000.00元", "300000.00元", "700000.00元"])
    }
}
