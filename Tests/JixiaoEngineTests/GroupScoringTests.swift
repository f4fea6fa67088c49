import Testing
import JixiaoExpression
@testable import JixiaoEngine

/// How indicator scores add up: vetoes, bonuses and caps, nesting, and rounding before summing.
@Suite("Group scoring")
struct GroupScoringTests {
    private let emptySubmission = """
        department: 测试局
        year: 2023
        facts: {}
        """

    private func submission(facts: String) -> String {
        """
        department: 测试局
        year: 2023
        facts: \(facts)
        """
    }

    static let vetoRubric = """
        id: t
        title: 测试
        total: 20
        facts: {incident: boolean}
        groups:
          - id: g1
            name: 安全稳定
            indicators:
              - {id: V, name: 重大事故, points: 0, method: {veto: incident}}
              - {id: A, name: 甲, points: 10, method: {formula: "8"}}
          - id: g2
            name: 业务工作
            indicators:
              - {id: B, name: 乙, points: 10, method: {formula: "7"}}
        """

    @Test("a triggered veto zeroes its own group only")
    func vetoZeroesOwnGroup() throws {
        let result = try score(rubric: Self.vetoRubric, submission: submission(facts: "{incident: true}"))
        let g1 = try #require(result.group("g1")), g2 = try #require(result.group("g2"))
        #expect(g1.vetoed)
        #expect(g1.score == r("0"))
        #expect(!g2.vetoed)
        #expect(g2.score == r("7"))
        // 0 + 7 = 7; the vetoed group's points stay in the maximum: 10 + 10 = 20
        #expect(result.score == r("7"))
        #expect(result.maxApplicable == r("20"))
        #expect(result.indicator("V")?.vetoTriggered == true)
        #expect(result.indicator("V")?.score == nil)
        // The indicator keeps its own score so the report can show what was lost.
        #expect(result.indicator("A")?.score == r("8"))
    }

    @Test("an untriggered veto changes nothing")
    func vetoNotTriggered() throws {
        let result = try score(rubric: Self.vetoRubric, submission: submission(facts: "{incident: false}"))
        #expect(result.group("g1")?.vetoed == false)
        // 8 + 7 = 15
        #expect(result.score == r("15"))
        #expect(result.maxApplicable == r("20"))
    }

    @Test("a veto in a subgroup zeroes the subgroup, not its parent's other children")
    func vetoInSubgroup() throws {
        let result = try score(rubric: """
            id: t
            title: 测试
            total: 20
            facts: {incident: boolean}
            groups:
              - id: top
                name: 一级
                groups:
                  - id: sub
                    name: 二级
                    indicators:
                      - {id: V, name: 否决, points: 0, method: {veto: incident}}
                      - {id: A, name: 甲, points: 10, method: {formula: "8"}}
                indicators:
                  - {id: B, name: 乙, points: 10, method: {formula: "7"}}
            """, submission: submission(facts: "{incident: true}"))
        #expect(result.group("sub")?.score == r("0"))
        // top = sub 0 + B 7 = 7
        #expect(result.group("top")?.score == r("7"))
        #expect(result.group("top")?.vetoed == false)
    }

    @Test("a veto with scope rubric zeroes the whole result")
    func vetoWholeRubric() throws {
        let rubric = Self.vetoRubric.replacingFirst("{veto: incident}", with: "{veto: {when: incident, scope: rubric}}")
        let result = try score(rubric: rubric, submission: submission(facts: "{incident: true}"))
        #expect(result.vetoed)
        #expect(result.score == r("0"))
        #expect(result.maxApplicable == r("20"))
        // 0 of 20 → 差
        #expect(result.grade == "差")
    }

    private func bonusRubric(cap: Bool) -> String {
        """
        id: t
        title: 测试
        total: 10
        facts: {x: amount, award: boolean}
        groups:
          - id: g
            name: 分组
            cap: \(cap)
            indicators:
              - {id: A, name: 甲, points: 10, method: {formula: x}}
              - {id: Bonus, name: 加分, points: 3, method: {bonus: {items: [{name: 表彰, points: 3, when: award}]}}}
        """
    }

    @Test("a bonus adds beyond the group's points when the group is not capped")
    func bonusUncapped() throws {
        let result = try score(rubric: bonusRubric(cap: false), submission: submission(facts: "{x: 9, award: true}"))
        // 9 + 3 = 12 > 10, not capped
        #expect(result.group("g")?.score == r("12"))
        #expect(result.score == r("12"))
        // the bonus is not part of the maximum
        #expect(result.maxApplicable == r("10"))
        #expect(result.group("g")?.points == r("10"))
        #expect(result.indicator("Bonus")?.pointsLost == nil)
    }

    @Test("`cap: true` holds a group with a bonus at its points")
    func bonusCapped() throws {
        let result = try score(rubric: bonusRubric(cap: true), submission: submission(facts: "{x: 9, award: true}"))
        // min(9 + 3, 10) = 10
        #expect(result.group("g")?.score == r("10"))
        #expect(result.score == r("10"))
    }

    @Test("a capped group below its points keeps the whole bonus")
    func bonusCappedBelow() throws {
        let result = try score(rubric: bonusRubric(cap: true), submission: submission(facts: "{x: 6, award: true}"))
        // 6 + 3 = 9 ≤ 10
        #expect(result.group("g")?.score == r("9"))
    }

    @Test("nested groups add up at every level")
    func nestedGroups() throws {
        let result = try score(rubric: """
            id: t
            title: 测试
            total: 40
            groups:
              - id: top
                name: 一级
                points: 30
                groups:
                  - id: sub1
                    name: 二级甲
                    points: 20
                    indicators:
                      - {id: A, name: 甲, points: 10, method: {formula: "9.5"}}
                      - {id: B, name: 乙, points: 10, method: {formula: "8"}}
                  - id: sub2
                    name: 二级乙
                    indicators:
                      - {id: C, name: 丙, points: 10, method: {formula: "6.25"}}
              - id: other
                name: 一级乙
                indicators:
                  - {id: D, name: 丁, points: 10, method: {formula: "10"}}
            """, submission: emptySubmission)
        // sub1 = 9.5 + 8 = 17.5; sub2 = 6.25; top = 17.5 + 6.25 = 23.75; total = 23.75 + 10 = 33.75
        #expect(result.group("sub1")?.score == r("17.5"))
        #expect(result.group("sub2")?.score == r("6.25"))
        #expect(result.group("top")?.score == r("23.75"))
        #expect(result.group("top")?.maxApplicable == r("30"))
        #expect(result.score == r("33.75"))
        #expect(result.maxApplicable == r("40"))
        // depth first: top's own indicators (none), then sub1, sub2, then other
        #expect(result.allIndicators.map(\.id) == ["A", "B", "C", "D"])
    }

    @Test("indicator scores are rounded half-up before summing: 3 × 3.33 = 9.99, not 10")
    func roundingBeforeSumming() throws {
        let result = try score(rubric: """
            id: t
            title: 测试
            total: 30
            facts: {one: count, three: count}
            groups:
              - id: g
                name: 分组
                indicators:
                  - {id: A, name: 甲, points: 10, method: {proportional: {actual: one, target: three}}}
                  - {id: B, name: 乙, points: 10, method: {proportional: {actual: one, target: three}}}
                  - {id: C, name: 丙, points: 10, method: {proportional: {actual: one, target: three}}}
            """, submission: submission(facts: "{one: 1, three: 3}"))
        // each 10 × 1 ÷ 3 = 3.333… → 3.33; 3.33 × 3 = 9.99
        for id in ["A", "B", "C"] {
            #expect(result.indicator(id)?.score == r("3.33"))
        }
        #expect(result.score == r("9.99"))
    }

    @Test("rounding is half-up, not half-even: 8.865 → 8.87")
    func halfUp() throws {
        let result = try score(rubric: """
            id: t
            title: 测试
            total: 10
            facts: {rate: percent}
            groups:
              - {id: g, name: 分组, indicators: [{id: A, name: 甲, points: 10, method: {rate_times_points: {rate: rate}}}]}
            """, submission: submission(facts: "{rate: 88.65%}"))
        // 10 × 88.65% = 8.865 → half-up 8.87 (half-even would give 8.86)
        #expect(result.indicator("A")?.score == r("8.87"))
    }

    @Test("the rubric's rounding places apply")
    func roundingPlaces() throws {
        let result = try score(rubric: """
            id: t
            title: 测试
            total: 20
            rounding: 1
            facts: {one: count, three: count}
            groups:
              - id: g
                name: 分组
                indicators:
                  - {id: A, name: 甲, points: 10, method: {proportional: {actual: one, target: three}}}
                  - {id: B, name: 乙, points: 10, method: {proportional: {actual: one, target: three}}}
            """, submission: submission(facts: "{one: 1, three: 3}"))
        // 10 ÷ 3 = 3.333… → 3.3 at one place; 3.3 + 3.3 = 6.6
        #expect(result.indicator("A")?.score == r("3.3"))
        #expect(result.score == r("6.6"))
    }

    @Test("points lost are points minus the rounded score")
    func pointsLost() throws {
        let result = try score(rubric: """
            id: t
            title: 测试
            total: 10
            facts: {rate: percent}
            groups:
              - {id: g, name: 分组, indicators: [{id: A, name: 甲, points: 10, method: {rate_times_points: {rate: rate}}}]}
            """, submission: submission(facts: "{rate: 88.61%}"))
        // 10 × 88.61% = 8.861 → 8.86; lost 10 − 8.86 = 1.14
        #expect(result.indicator("A")?.pointsLost == r("1.14"))
    }
}
