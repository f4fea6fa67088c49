import JixiaoEngine
import JixiaoExpression
import Testing

/// The seed document's arithmetic, checked: every real error is a mismatch, every unit-conversion tail
/// is rounding, and nothing else is flagged. Each expectation is worked out by hand from the document.
///
/// The 说明 and 自评 sentences are written as statements (`statements:` in the submission), so most of the
/// document's relations are found by the generic statement relations (`statement.<relation>[<id>]`); the
/// check sets keep the table identities and what is specific to this document.
@Suite("种子文档的数据核对")
struct SeedChecksTests {
    let checks: [CheckResult]

    init() throws {
        let result = try #require(try RepositoryFiles.scoreSeed().result("changsha-xinfang-overall-100"))
        checks = result.checks
    }

    func verdict(_ id: String) -> CheckResult.Verdict? { checks.first { $0.id == id }?.verdict }

    @Test func theMismatchesAreExactlyTheDocumentsErrors() {
        let mismatches = Set(checks.filter { $0.verdict == .mismatch }.map(\.id))
        #expect(mismatches == [
            // 1. 五（三） 信访事务 "完成年初预算的48.53%": 281.43 ÷ 572.97 = 0.491178… → 49.12%; even with every
            // input ±0.005 the rate stays in [49.1165%, 49.1191%]. Found by the 说明 check of the Hunan set and by
            // the statement's own completion relation.
            "s05-3-item-completion-rates[2]", "statement.completion[s05-3-petition]",
            // 五（三） 行政运行 says "完成全年预算的105.19%" but 1435.88 ÷ 1365.06 uses the 年初预算 (warning).
            "s05-3-item-basis[1]",
            // 七（一） 出国 and 公车购置 "完成预算的0.00%" against a 0.00 budget: 0 ÷ 0 has no value (warnings, C17).
            "s07-1-abroad-completion-rate", "s07-1-vehicle-purchase-completion-rate",
            // 2. 十二: 6.75 × 96.8% + 0 × 0% + 21.78 × 91.2% = 6.534 + 19.86336 = 26.39736 ≠ 26.28.
            "s12-sme-by-kind",
            // 自评 一（二） 1958.89 and 523.02 against 05表 1717.31 and 281.43: another scope (warnings).
            "annex-total-equals-t05", "annex-project-equals-t05",
            // 3. 自评 十一 calls 1958.89 "一般公共预算当年拨款"; 04表 gives 1717.31.
            "annex-general-budget-current-year",
            // 4. 自评 二（一）2 上年基本支出 1432.02 vs 上年人员经费 1318.12 + 上年公用经费 113.82 = 1431.94; the
            // same slip shows in the changes: 基本支出 +3.85 (= 1435.87 − 1432.02) vs −6.64 + 10.58 = +3.94.
            "statement.items-sum.prior[annex-basic]", "statement.items-sum.change[annex-basic]",
            // 5, 6. 自评 "去年同期" 公车运维 4.91 and 接待 2.13 repeat this year's figures: 4.91 − 4.91 = 0 is not the
            // printed +0.88, 2.13 − 2.13 = 0 is not +1.73; the rates against the printed 去年同期 are 0 ÷ 4.91 = 0%
            // and 0 ÷ 2.13 = 0%, not 21.87% and 435.11% (a printed prior is never replaced by 本年 − 增减额).
            "statement.change[annex-vehicle-operation]", "statement.growth[annex-vehicle-operation]",
            "statement.change[annex-reception]", "statement.growth[annex-reception]",
            // 7. 接待人数 160 (自评) vs 来宾 99 人次 (说明七（二）); counts are exact.
            "statement.same-quantity.counts.人次[annex-reception-counts]",
            // 说明十四 gives 1969 visits for all leaders; 自评八 gives 107 + 97 + 1969 = 2173 (warning).
            "s14-leader-visits-sum",
        ])
    }

    @Test func errorsAndWarnings() {
        let warnings = Set(checks.filter { $0.verdict == .mismatch && $0.severity == .warning }.map(\.id))
        #expect(warnings == [
            "s05-3-item-basis[1]", "s07-1-abroad-completion-rate", "s07-1-vehicle-purchase-completion-rate",
            "annex-total-equals-t05", "annex-project-equals-t05", "s14-leader-visits-sum",
        ])
    }

    @Test func unitConversionTailsAreRoundingNotErrors() {
        #expect(checks.ids(with: .rounding) == [
            // 06表 302: 16.00 + 4.31 + 5.07 + 5.00 + 94.03 = 124.41 vs printed 124.40; 303: 91.99 + 13.53 + 0.04
            // + 11.40 = 116.96 vs 116.95. Each row carries ±0.005 of 元→万元 conversion (本套报表金额单位转换时可能存在
            // 尾数误差); the general form (类级 + 款级) ÷ 2 gives 1311.49 and 124.41 for the two totals.
            "t06-302-subtotal", "t06-303-subtotal", "t06-personnel-details", "t06-public-details",
            // 自评 基本支出 1435.87 vs 说明六 1435.88: [1435.865, 1435.875] and [1435.875, 1435.885] touch.
            "statement.same-quantity.amount[annex-s1-2-basic]",
            // 自评 1435.87 vs 1311.48 + 124.4 = 1435.88, with 124.4 printed to one decimal (±0.05): the sum may be
            // anything in [1435.825, 1435.935].
            "statement.items-sum[annex-basic]",
            // The rule for one rate stated twice: 21.87% (自评) vs 21.84% (说明七（一）) both lie in what
            // 说明七's own inputs allow, 0.875 ÷ (4.915 − 0.875) = 21.658% to 0.885 ÷ (4.905 − 0.885) = 22.015%;
            // 435.11% vs 432.50% both lie in 1.725 ÷ (2.135 − 1.725) = 420.73% to 1.735 ÷ (2.125 − 1.735) = 444.87%.
            // Each is rounding with a note, no longer an error.
            "statement.same-quantity.growth[annex-vehicle-operation]", "statement.same-quantity.growth[annex-reception]",
            // "增加" against the printed 去年同期: 4.91 − 4.91 and 2.13 − 2.13 are 0 but may be up to +0.01 within the
            // printed precision, so the word is not contradicted beyond rounding (the change itself is the error above).
            "statement.direction.change[annex-vehicle-operation]", "statement.direction.growth[annex-vehicle-operation]",
            "statement.direction.change[annex-reception]", "statement.direction.growth[annex-reception]",
            // 市级信访救助资金 (130.5 − 132) ÷ 132 = −1.1364% → −1.14%, printed −1.13%; with 130.5 ±0.05 and 132 ±0.005
            // the rate may be −1.555 ÷ 131.995 = −1.1781% to −1.445 ÷ 132.005 = −1.0947%.
            "statement.growth[annex-relief-fund]",
        ])
    }

    @Test func correctFiguresAreOk() {
        // 五（三）: 1717.31 ÷ 1938.03 = 88.6111% → 88.61%; 行政运行 1435.88 ÷ 1365.06 = 105.1881% → 105.19%.
        #expect(verdict("statement.completion[s05-3]") == .ok)
        #expect(verdict("statement.completion[s05-3-admin]") == .ok)
        // 十个专项 83.28 + 130.5 + 27.08 + 175.11 + 112 + 15 + 30 + 3 + 3 + 25 = 603.97.
        #expect(verdict("statement.items-sum[annex-special-funds]") == .ok)
        // 七（一） “三公” 2.61 = 0 (持平) + 1.73 + 0 (持平) + 0.88; 7.04 − 2.61 = 4.43 and 2.61 ÷ 4.43 = 58.916% → 58.92%.
        #expect(verdict("statement.items-sum.change[s07-1]") == .ok)
        #expect(verdict("statement.growth[s07-1]") == .ok)
        // 说明十 机关运行经费 124.40 and 自评 公用经费 124.4, 113.82 + 10.58 = 124.40, 10.58 ÷ 113.82 = 9.295% → 9.3%.
        #expect(verdict("statement.same-quantity.amount[annex-public]") == .ok)
        #expect(verdict("statement.growth[annex-public]") == .ok)
        // 自评 培训费 6.1 and 说明十一 6.11: 6.11 at one decimal is 6.1.
        #expect(verdict("statement.same-quantity.amount[annex-training]") == .ok)
        // 说明十四 and 自评 三（一）、八 print the same counts: 13 项考核指标, 1607 批 1934 人次, 8035 人次, 19 个领域中 10 个.
        #expect(verdict("statement.same-quantity.counts.考核指标[annex-assessment]") == .ok)
        #expect(verdict("statement.same-quantity.counts.人次[annex-inspection-support]") == .ok)
        #expect(verdict("statement.same-quantity.counts.人次[annex-leaders]") == .ok)
        #expect(verdict("statement.same-quantity.counts.下降领域[annex-key-areas]") == .ok)
        // The 01表 identities hold exactly: 1717.31 = 1717.31 + 0.00 + 0.00.
        #expect(checks.filter { $0.id.hasPrefix("t01") }.allSatisfy { $0.verdict == .ok })
        // Nothing is missing from the encoded document.
        #expect(!checks.contains { $0.verdict == .insufficientData })
    }

    @Test func everyMismatchSaysWhereAndWhatItFound() {
        for check in checks where check.verdict == .mismatch {
            #expect(check.whereInDocument != nil, "\(check.id) 没有位置")
            #expect(!check.explanation.isEmpty)
            #expect(!check.inputs.isEmpty)
        }
        let rate = checks.first { $0.id == "s05-3-item-completion-rates[2]" }
        #expect(rate?.whereInDocument == "第三部分 五（三）")
        #expect(rate?.explanation.contains("48.53%") == true)
        #expect(rate?.explanation.contains("49.12%") == true)
        let statement = checks.first { $0.id == "statement.completion[s05-3-petition]" }
        #expect(statement?.whereInDocument == "第三部分 五（三）")
        #expect(statement?.explanation.contains("49.12%") == true)
    }
}
