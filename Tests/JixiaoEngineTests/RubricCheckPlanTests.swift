import Testing
@testable import JixiaoEngine

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
        // c2's inputs: rate as a percent, a and total as amounts in 万元 with two places.
        let inputs = try #require(second.checks.first { $0.id == "c2" }).inputs
        #expect(inputs.map(\.path) == ["rate", "a", "total"])
        #expect(inputs.map(\.shown) == ["30.00%", "30.00万元", "100.00万元"])
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
