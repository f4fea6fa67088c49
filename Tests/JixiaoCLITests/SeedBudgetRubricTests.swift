import JixiaoEngine
import JixiaoExpression
import Testing

/// The seed document scored against the 100-point whole-department expenditure rubric.
/// Expected figures are the ones a finance officer gets by hand from the document's tables.
@Suite("种子文档 × 部门整体支出绩效评价 100 分")
struct SeedBudgetRubricTests {
    let result: RubricResult

    init() throws {
        result = try #require(try RepositoryFiles.scoreSeed().result("changsha-xinfang-overall-100"))
    }

    /// A metric's exact value and its two-decimal display.
    func expectMetric(_ id: String, exact: Rational, shown: String,
                      sourceLocation: SourceLocation = #_sourceLocation) {
        let metric = result.metric(id)
        #expect(metric?.value == .number(exact), sourceLocation: sourceLocation)
        #expect(metric?.shown == shown, sourceLocation: sourceLocation)
    }

    func fraction(_ numerator: String, _ denominator: String) -> Rational {
        Rational(decimalText: numerator)!.divided(by: Rational(decimalText: denominator)!)!
    }

    @Test func executionRateAgainstInitialBudget() {
        // 第三部分 五（三）: 支出决算 1717.31 ÷ 年初预算 1938.03 = 0.886111… → 88.61%
        expectMetric("execution_rate_initial", exact: fraction("1717.31", "1938.03"), shown: "88.61%")
    }

    @Test func executionRateAgainstAdjustedBudget() {
        // 自评报告 一（二）: 实际支出 1958.89 ÷ 总预算 2038.77 = 0.960820… → 96.08%
        expectMetric("execution_rate_adjusted", exact: fraction("1958.89", "2038.77"), shown: "96.08%")
    }

    @Test func eachItemsCompletionOfItsInitialBudget() {
        // 行政运行 1435.88 ÷ 1365.06 = 1.051880… → 105.19%
        expectMetric("item_completion[2010301]", exact: fraction("1435.88", "1365.06"), shown: "105.19%")
        // 信访事务 281.43 ÷ 572.97 = 0.491178… → 49.12% (the document prints 48.53%)
        expectMetric("item_completion[2010308]", exact: fraction("281.43", "572.97"), shown: "49.12%")
        #expect(result.metric("item_completion[2010308]")?.name == "完成年初预算（信访事务）")
    }

    @Test func adjustmentAndSanGong() {
        // 预算调整率 (2038.77 − 1938.03) ÷ 1938.03 = 100.74 ÷ 1938.03 = 0.051981… → 5.20%
        expectMetric("budget_adjustment_rate", exact: fraction("100.74", "1938.03"), shown: "5.20%")
        // 三公 control 7.04 ÷ 9.13 = 0.771084… → 77.11%
        expectMetric("san_gong_control_rate", exact: fraction("7.04", "9.13"), shown: "77.11%")
        // 三公 change: prior 7.04 − 2.61 = 4.43; 2.61 ÷ 4.43 = 0.589165… → 58.92%
        expectMetric("san_gong_growth", exact: fraction("2.61", "4.43"), shown: "58.92%")
    }

    @Test func publicFundsProcurementAndShares() {
        // 机关运行经费 (124.40 − 113.82) ÷ 113.82 = 10.58 ÷ 113.82 = 0.092954… → 9.30%
        expectMetric("public_funds_growth", exact: fraction("10.58", "113.82"), shown: "9.30%")
        // 中小企业 26.28 ÷ 28.53 = 0.921136… → 92.11%
        expectMetric("procurement_sme_share", exact: fraction("26.28", "28.53"), shown: "92.11%")
        // 基本支出 1435.88 ÷ 1717.31 = 0.836122… → 83.61%; 人员经费 1311.48 ÷ 1435.88 = 0.913363… → 91.34%
        expectMetric("basic_share", exact: fraction("1435.88", "1717.31"), shown: "83.61%")
        expectMetric("personnel_share", exact: fraction("1311.48", "1435.88"), shown: "91.34%")
        // 结转结余率 0.00 ÷ 1717.31 = 0
        expectMetric("carryover_rate", exact: .zero, shown: "0.00%")
    }

    @Test func metricsWithoutDataSayWhichFactsAreMissing() {
        // The document gives no 公用经费 budget and no 编制数.
        guard case .missing(let paths) = result.metric("public_funds_control_rate")?.value else {
            Issue.record("公用经费控制率 should be missing data")
            return
        }
        #expect(paths.contains("public_funds.budget"))
        guard case .missing = result.metric("staff_control_rate")?.value else {
            Issue.record("在职人员控制率 should be missing data")
            return
        }
    }

    @Test func indicatorScores() {
        // B1: 6 × 1958.89/2038.77 = 5.764917… → 5.76
        #expect(result.indicator("B1")?.score == Rational(decimalText: "5.76"))
        // B2: 88.61% is 11.3889 points below 100% = 2.28 steps of 5% → 2 whole steps × 2 = 4 lost → 2
        #expect(result.indicator("B2")?.score == Rational(2))
        // B3: 5.20% lies in (0, 10%] → 4
        #expect(result.indicator("B3")?.score == Rational(4))
        // A4: 三公 up 58.9165 points × 0.5 = 29.46 lost > 5 → floor 0
        #expect(result.indicator("A4")?.score == Rational(0))
        // A5: deviation 220.72 ÷ 1938.03 = 11.3889%, 1.3889 points over the 10% tolerance × 0.5 = 0.6944 → 4.31
        #expect(result.indicator("A5")?.score == Rational(decimalText: "4.31"))
        // B7: 9.2954 points × 0.2 = 1.8591 lost → 2 − 1.8591 = 0.1409 → 0.14
        #expect(result.indicator("B7")?.score == Rational(decimalText: "0.14"))
    }

    @Test func totalGradeAndApplicablePoints() {
        // Not scored: A2 manual (3), A3 no 编制数 (5), B6 no 公用经费 budget (2), G3 no 满意度 (8) → 100 − 18 = 82.
        #expect(result.maxApplicable == Rational(82))
        // 投入 2 + 0 + 4.31 = 6.31; 过程 5.76 + 2 + 4 + 2 + 2 + 0.14 + (3 + 4 + 2 + 0) + 4 = 28.9
        // (C4 基础信息完善性 loses its 1 point: 11 error-level mismatches × 0.5 = 5.5 > 1, as the 9 before the statements did);
        // 产出 6 + 4 + 4 + 5.45 = 19.45; 效果 8 + 3 = 11; total 65.66.
        #expect(result.score == Rational(decimalText: "65.66"))
        #expect(result.indicator("C4")?.score == Rational(0))
        // 65.66 ÷ 82 = 80.07% → 良
        #expect(result.grade == "良")
        #expect(result.allIndicators.first { $0.id == "A3" }?.state == .missingData)
    }
}
