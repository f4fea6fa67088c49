import JixiaoEngine
import JixiaoExpression
import Testing

/// The seed document's arithmetic, checked: every real error is a mismatch, every unit-conversion tail
/// is rounding, and nothing else is flagged. Each expectation is worked out by hand from the document.
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
            // 五（三） 信访事务 "完成年初预算的48.53%": 281.43 ÷ 572.97 = 0.491178… → 49.12%; even with every
            // input ±0.005 the rate stays in [49.1165%, 49.1191%].
            "s05-3-item-completion-rates[2]",
            // 五（三） 行政运行 says "完成全年预算的105.19%" but 1435.88 ÷ 1365.06 uses the 年初预算 (warning).
            "s05-3-item-basis[1]",
            // 七（一） 出国 and 公车购置 "完成预算的0.00%" against a 0.00 budget: 0 ÷ 0 has no value (warnings).
            "s07-1-abroad-completion-rate", "s07-1-vehicle-purchase-completion-rate",
            // 十二: 6.75 × 96.8% + 0 × 0% + 21.78 × 91.2% = 6.534 + 19.86336 = 26.39736 ≠ 26.28.
            "s12-sme-by-kind",
            // 自评 一（二） 1958.89 and 523.02 against 05表 1717.31 and 281.43: another scope (warnings).
            "annex-total-equals-t05", "annex-project-equals-t05",
            // 自评 十一 calls 1958.89 "一般公共预算当年拨款"; 04表 gives 1717.31.
            "annex-general-budget-current-year",
            // 自评 二（一）2 上年基本支出 1432.02 vs 上年人员经费 1318.12 + 上年公用经费 113.82 = 1431.94.
            "annex-basic-prior-sum",
            // 自评 "去年同期" 公车运维 4.91 and 接待 2.13 repeat this year's; 4.91 − 0.88 = 4.03, 2.13 − 1.73 = 0.40.
            "annex-prior-vehicle-operation", "annex-prior-reception",
            // Same quantities printed twice: 21.87% vs 说明七 21.84% (0.88 ÷ 4.03 = 21.836%),
            // 435.11% vs 432.50% (1.73 ÷ 0.40 = 432.5%).
            "annex-vehicle-operation-growth-vs-s07", "annex-reception-growth-vs-s07",
            // 接待人数 160 (自评) vs 来宾 99 人次 (说明七（二）); counts are exact.
            "annex-reception-people-vs-s07",
            // 说明十四 gives 1969 visits for all leaders; 自评八 gives 107 + 97 + 1969 = 2173 (warning).
            "s14-leader-visits-sum",
        ])
    }

    @Test func unitConversionTailsAreRoundingNotErrors() {
        // 06表 302: 16.00 + 4.31 + 5.07 + 5.00 + 94.03 = 124.41 vs printed 124.40; 303: 91.99 + 13.53 + 0.04
        // + 11.40 = 116.96 vs 116.95. Each row carries ±0.005 of 元→万元 conversion (本套报表金额单位转换时可能存在尾数误差).
        #expect(verdict("t06-302-subtotal") == .rounding)
        #expect(verdict("t06-303-subtotal") == .rounding)
        // 自评 基本支出 1435.87 vs the tables' 1435.88: ranges [1435.865, 1435.875] and [1435.875, 1435.885] touch.
        #expect(verdict("annex-basic-equals-t05") == .rounding)
        // 自评 growth rates against their own small inputs: 0.88 ÷ (4.91 − 0.88) with ±0.005 spans 21.66%–22.01%.
        #expect(verdict("annex-vehicle-operation-growth-own") == .rounding)
    }

    @Test func correctFiguresAreOk() {
        // 五（三）: 1717.31 ÷ 1938.03 = 88.6111% → 88.61%; 行政运行 1435.88 ÷ 1365.06 = 105.1881% → 105.19%.
        #expect(checks.contains { $0.verdict == .ok && $0.name.contains("完成") })
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
    }
}
