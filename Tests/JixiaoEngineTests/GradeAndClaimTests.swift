import Testing
import JixiaoExpression
@testable import JixiaoEngine

/// Grades at their exact boundaries, and the department's own claimed scores.
@Suite("Grades and claimed scores")
struct GradeAndClaimTests {
    /// One 100-point indicator scored straight from the fact `x`.
    static let hundredPoints = """
        id: t
        title: 测试
        total: 100
        facts: {x: amount}
        groups:
          - {id: g, name: 分组, indicators: [{id: A, name: 甲, points: 100, method: {formula: x}}]}
        """

    private func submission(_ facts: String, extra: String = "") -> String {
        """
        department: 测试局
        year: 2023
        facts: \(facts)
        \(extra)
        """
    }

    @Test("default grade bands at their exact boundaries", arguments: [
        // share = score ÷ 100
        ("100", "优"), ("90", "优"), ("89.99", "良"), ("80", "良"), ("79.99", "中"), ("60", "中"), ("59.99", "差"), ("0", "差"),
    ])
    func defaultBoundaries(score x: String, grade: String) throws {
        let result = try score(rubric: Self.hundredPoints, submission: submission("{x: \(x)}"))
        #expect(result.score == r(x))
        #expect(result.grade == grade)
    }

    @Test("the grade is a share of the applicable points, not of the total")
    func gradeOverApplicable() throws {
        let result = try score(rubric: """
            id: t
            title: 测试
            total: 100
            facts: {x: amount, y: amount}
            groups:
              - id: g
                name: 分组
                indicators:
                  - {id: A, name: 甲, points: 50, method: {formula: x}}
                  - {id: B, name: 乙, points: 50, method: {formula: y}}
            """, submission: submission("{x: 45}"))
        // B missing, excluded: 45 of 50 = 90% → 优 (45 of 100 would be 差)
        #expect(result.maxApplicable == r("50"))
        #expect(result.grade == "优")
    }

    @Test("custom grades: percent and bare bounds, and a zero bound naming the lowest grade")
    func customGrades() throws {
        let rubric = """
            id: t
            title: 测试
            total: 100
            grades: {A: 95%, B: 85, C: 0}
            facts: {x: amount}
            groups:
              - {id: g, name: 分组, indicators: [{id: A, name: 甲, points: 100, method: {formula: x}}]}
            """
        #expect(try score(rubric: rubric, submission: submission("{x: 95}")).grade == "A")
        #expect(try score(rubric: rubric, submission: submission("{x: 94.99}")).grade == "B")
        #expect(try score(rubric: rubric, submission: submission("{x: 85}")).grade == "B")
        #expect(try score(rubric: rubric, submission: submission("{x: 84.99}")).grade == "C")
    }

    @Test("two grades with the same bound are rejected")
    func duplicateGradeBound() {
        let diagnostics = rubricDiagnostics("""
            id: t
            title: 测试
            total: 100
            grades: {优: 90, 良: 90%}
            groups:
              - {id: g, name: 分组, indicators: [{id: A, name: 甲, points: 100, method: manual}]}
            """)
        #expect(diagnostics.map(\.path) == ["grades"])
    }

    static let twoIndicators = """
        id: t
        title: 测试
        total: 20
        facts: {x: amount}
        groups:
          - id: g
            name: 分组
            indicators:
              - {id: P1, name: 甲, points: 10, method: {formula: x}}
              - {id: P2, name: 乙, points: 10, method: {formula: x}}
        """

    @Test("claimed scores are carried to each indicator and summed")
    func claimedScores() throws {
        let result = try score(rubric: Self.twoIndicators,
                               submission: submission("{x: 8}", extra: "claimed_scores: {t: {P1: 9, P2: 7.5}}"))
        #expect(result.indicator("P1")?.claimedScore == r("9"))
        #expect(result.indicator("P2")?.claimedScore == r("7.5"))
        // 9 + 7.5 = 16.5 claimed against 8 + 8 = 16 computed
        #expect(result.claimedTotal == r("16.5"))
        #expect(result.score == r("16"))
    }

    @Test("without claimed scores there is no claimed total")
    func noClaims() throws {
        let result = try score(rubric: Self.twoIndicators, submission: submission("{x: 8}"))
        #expect(result.claimedTotal == nil)
        #expect(result.indicator("P1")?.claimedScore == nil)
    }

    @Test("claims for another rubric are not this rubric's business")
    func claimsForOtherRubric() throws {
        let result = try score(rubric: Self.twoIndicators,
                               submission: submission("{x: 8}", extra: "claimed_scores: {other: {Z9: 1}}"))
        #expect(result.claimedTotal == nil)
    }

    @Test("a claimed score for an unknown indicator id is rejected with its location and a hint")
    func unknownClaimedIndicator() throws {
        let diagnostics = try scoringDiagnostics(
            rubric: Self.twoIndicators,
            submission: """
                department: 测试局
                year: 2023
                facts: {x: 8}
                claimed_scores:
                  t:
                    P1: 9
                    P3: 7
                """)
        #expect(diagnostics.count == 1)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.path == "claimed_scores.t.P3")
        // line 7 "    P3: 7": the value is at column 9
        #expect(diagnostic.location == at(7, 9, file: submissionFile))
        #expect(diagnostic.message.contains("规则“t”中没有指标“P3”"))
        #expect(diagnostic.hint != nil)
    }

    @Test("a claimed score that is not a number is rejected when the submission loads")
    func claimedNotANumber() {
        let diagnostics = submissionDiagnostics("""
            department: 测试局
            year: 2023
            claimed_scores: {t: {P1: 九}}
            """)
        #expect(diagnostics.map(\.path) == ["claimed_scores.t.P1"])
    }
}

@Suite("policy.grade_requires")
struct GradeRequiresTests {
    static func rubric(_ requires: String) -> String {
        """
        id: t
        title: 测试
        total: 10
        policy: {grade_requires: \(requires)}
        facts: {a: percent, b: percent}
        groups:
          - id: g
            name: 组
            indicators:
              - {id: A, name: 甲, points: 5, method: {rate_times_points: {rate: a}}}
              - {id: B, name: 乙, points: 5, method: {rate_times_points: {rate: b}}}
        """
    }

    @Test("a grade needs the declared share of the total to be scorable")
    func threshold() throws {
        let halfMissing = "department: 甲\nyear: 2023\nfacts: {a: \"100%\"}\n"
        // Only A (5 of 10 points = 50%) can be scored: 5/5 would be 优, but 50% < 60% → no grade.
        let strict = try score(rubric: Self.rubric("60%"), submission: halfMissing)
        #expect(strict.score == r("5"))
        #expect(strict.maxApplicable == r("5"))
        #expect(strict.grade == nil)
        #expect(strict.rubric.gradeRequires == r("0.6"))
        // At exactly 50% the grade is given: 5/5 = 100% → 优.
        #expect(try score(rubric: Self.rubric("50%"), submission: halfMissing).grade == "优")
        // As in `grades`, a bare number is a percentage: 60 means 60%, so no grade.
        #expect(try score(rubric: Self.rubric("60"), submission: halfMissing).grade == nil)
        #expect(try score(rubric: Self.rubric("50"), submission: halfMissing).grade == "优")
    }

    @Test("grade_requires outside 0–100% is rejected")
    func range() {
        #expect(rubricDiagnostics(Self.rubric("120%")).contains { $0.path == "policy.grade_requires" })
    }
}
