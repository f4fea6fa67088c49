import JixiaoEngine
import JixiaoExpression
import Testing

/// The seed document scored against the reconstructed 130-point annual assessment.
/// Every expected value is worked out by hand from the seed document's figures.
@Suite("种子文档 × 年度考核 130 分")
struct SeedAnnualRubricTests {
    let result: RubricResult

    init() throws {
        result = try #require(try RepositoryFiles.scoreSeed().result("changsha-annual-130"))
    }

    @Test func hasThirteenRegularIndicatorsTotalling130() {
        let regular = result.allIndicators.filter { $0.role == .regular }
        #expect(regular.count == 13)
        #expect(regular.reduce(Rational.zero) { $0 + $1.points } == Rational(130))
        #expect(result.groups.map(\.name) == ["重点任务", "工作职能"])
        // Every indicator has a reason a person can read.
        #expect(result.allIndicators.allSatisfy { !$0.reason.isEmpty })
    }

    @Test func keyAreaShareScoredProportionally() throws {
        // 10 of 19 domains fell by ≥10%: 10/19 = 52.63%; target 60%:
        // 10 × (10/19) ÷ 0.6 = 500/57 = 8.7719… → 8.77
        let k3 = try #require(result.indicator("K3"))
        #expect(k3.score == Rational(decimalText: "8.77"))
        #expect(result.metric("key_area_decline_share")?.shown == "52.63%")
    }

    @Test func sourceGovernanceFormula() throws {
        // 乡镇 88% of target 90% → 5 × 88/90 = 4.8889; 村 95% of 95% → 5; 89/9 = 9.888… → 9.89
        #expect(result.indicator("K4")?.score == Rational(decimalText: "9.89"))
    }

    @Test func leaderVisitsDeduction() throws {
        // 107 visits, 13 short of 120: 13/10 × 1 = 1.3 lost → 8.7
        #expect(result.indicator("K6")?.score == Rational(decimalText: "8.7"))
    }

    @Test func provincialIndicatorsRateTimesPoints() throws {
        // 10 of 11 indicators improved: 10 × 10/11 = 9.0909… → 9.09
        #expect(result.indicator("F7")?.score == Rational(decimalText: "9.09"))
    }

    @Test func everyIndicatorIsScoredFromTheDocument() {
        // The done-when of the scoring-engine issue: all 13 annual indicators have a score and a reason.
        let regular = result.allIndicators.filter { $0.role == .regular }
        #expect(regular.allSatisfy { $0.state == .scored && $0.score != nil })
    }

    @Test func onlineWorkLosesTheDataItem() throws {
        // The 人民网 honour earns 5; no 网上信访及时受理率 is given, so the 3-point data item is not met → 5.
        let f3 = try #require(result.indicator("F3"))
        #expect(f3.score == Rational(5))
        #expect(f3.reason.contains("提供网上信访及时受理率数据"))
    }

    @Test func totalsCappedAndScoredOverApplicablePoints() throws {
        // 重点任务: 15 + 15 + 8.77 + 9.89 + 10 + 8.70 = 67.36, bonus +5 = 72.36, capped at 70.
        #expect(result.group("key_tasks")?.score == Rational(70))
        // 工作职能: 8 + 8 + 5 + 8 + 8 + 10 + 9.09 = 56.09.
        #expect(result.group("functions")?.score == Rational(decimalText: "56.09"))
        // 70 + 56.09 = 126.09 over all 130 points; 126.09/130 = 96.99% → 优秀.
        #expect(result.score == Rational(decimalText: "126.09"))
        #expect(result.maxApplicable == Rational(130))
        #expect(result.grade == "优秀")
        #expect(result.score >= .zero && result.score <= Rational(130))
    }
}
