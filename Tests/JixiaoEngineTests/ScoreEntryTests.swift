import Testing
import JixiaoExpression
@testable import JixiaoEngine

/// Manual and claimed scores written in a submission are inputs like any other: checked, with locations.
@Suite("Manual and claimed score entries")
struct ScoreEntryTests {
    static let rubric = """
        id: t
        title: 测试
        total: 10
        facts: {x: percent}
        groups:
          - id: g
            name: 分组
            indicators:
              - {id: M, name: 人工, points: 4, method: manual}
              - {id: R, name: 执行率, points: 6, method: {rate_times_points: {rate: x}}}
        """

    @Test("a manual score above the indicator's points is an input error at its line")
    func manualScoreOutOfRange() throws {
        let diagnostics = try scoringDiagnostics(rubric: Self.rubric, submission: """
            department: 测试局
            year: 2023
            facts: {x: "50%"}
            manual_scores: {t: {M: 4.5}}
            """)
        #expect(diagnostics.count == 1)
        // `manual_scores: {t: {M: 4.5}}`: "manual_scores" 1–13, ":" 14, " " 15, "{" 16, "t" 17, ":" 18,
        // " " 19, "{" 20, "M" 21, ":" 22, " " 23 → 4.5 at column 24.
        #expect(diagnostics.first?.location == at(4, 24, file: submissionFile))
        #expect(diagnostics.first?.path == "manual_scores.t.M")
        #expect(diagnostics.first?.message.contains("超出该指标分值 0–4") == true)
    }

    @Test("a manual score for an indicator scored by formula is rejected, not silently ignored")
    func manualScoreForComputedIndicator() throws {
        let diagnostics = try scoringDiagnostics(rubric: Self.rubric, submission: """
            department: 测试局
            year: 2023
            facts: {x: "50%"}
            manual_scores: {t: {R: 6}}
            """)
        #expect(diagnostics.map(\.path) == ["manual_scores.t.R"])
        #expect(diagnostics.first?.message.contains("不接受人工评分") == true)
    }

    @Test("fact errors and score-entry errors come out in one run")
    func reportedTogether() throws {
        let diagnostics = try scoringDiagnostics(rubric: Self.rubric, submission: """
            department: 测试局
            year: 2023
            facts: {x: 很高}
            manual_scores: {t: {M: 9}}
            claimed_scores: {t: {Q: 1}}
            """)
        #expect(Set(diagnostics.map(\.path)) == ["facts.x", "manual_scores.t.M", "claimed_scores.t.Q"])
    }

    @Test("claims on some indicators are compared with the computed scores of those indicators only")
    func partialClaims() throws {
        let result = try score(rubric: Self.rubric, submission: """
            department: 测试局
            year: 2023
            facts: {x: "50%"}
            claimed_scores: {t: {R: 6}}
            """)
        // Only R is claimed: claimed 6 against computed 6 × 50% = 3 → 3 higher; M (pending) is not part of it.
        #expect(result.claimedTotal == r("6"))
        #expect(result.claimedIndicatorsScore == r("3"))
        #expect(result.claimedCount == 1)
    }

    @Test("a valid manual score counts; the rate indicator says what it lost")
    func validManualScore() throws {
        let result = try score(rubric: Self.rubric, submission: """
            department: 测试局
            year: 2023
            facts: {x: "50%"}
            manual_scores: {t: {M: 3.5}}
            """)
        #expect(result.indicator("M")?.score == r("3.5"))
        // 6 × 50% = 3, so 3 points lost.
        #expect(result.indicator("R")?.score == r("3"))
        #expect(result.indicator("R")?.reason.hasSuffix("失 3 分") == true)
        #expect(result.score == r("6.5"))
    }
}

@Suite("Submission amount units")
struct SubmissionUnitTests {
    static let rubric = """
        id: t
        title: 测试
        total: 1
        facts: {a: amount, b: amount}
        metrics: {s: {value: a + b, unit: 万元}}
        groups: [{id: g, name: 分组, indicators: [{id: A, name: 甲, points: 1, method: {formula: "1"}}]}]
        """

    @Test("千元 and 亿元 convert exactly into the rubric's 万元")
    func thousandsAndHundredMillions() throws {
        let result = try score(rubric: Self.rubric, submission: """
            department: 测试局
            year: 2023
            unit: 千元
            facts: {a: 12345, b: "1.2亿元"}
            """)
        // 12345 千元 = 1234.5 万元; 1.2 亿元 = 12000 万元; sum 13234.5
        #expect(result.metrics.first?.value == .number(r("13234.5")))
    }

    @Test("an unknown unit is an error, not a silent non-conversion")
    func unknownUnit() {
        let diagnostics = submissionDiagnostics("""
            department: 测试局
            year: 2023
            unit: 美元
            """)
        #expect(diagnostics.map(\.path) == ["unit"])
        #expect(diagnostics.first?.location == at(3, 7, file: submissionFile))
    }
}
