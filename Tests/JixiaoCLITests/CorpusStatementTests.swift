import JixiaoEngine
import Testing

/// Real disclosure pages (Tests/Corpus, from the development corpus) encoded as statements, every printed
/// figure as printed. Each verdict below was worked out by hand from the page; the arithmetic is beside it and
/// in Tests/Corpus/EXPECTED.md. A printed figure stands for every value that rounds to it.
///
/// Where docs/statements.md leaves a case open (a rate over 0 ÷ 0 outside 完成率, a direction word with nothing
/// to meet, a share whose whole prints no amount), the expectation says only what any reading gives (`oneOf`,
/// `!= .mismatch`); see EXPECTED.md, “Open points”. Direction results are named per field:
/// `statement.direction.<change|growth|vs_budget|vs_budget_rate>[id]`.
@Suite("语料文字陈述核对")
struct CorpusStatementTests {
    private func oneOf(_ verdict: CheckResult.Verdict?, _ allowed: CheckResult.Verdict?...) -> Bool {
        allowed.contains(verdict)
    }

    // MARK: 01 德钦县人大常委会 2018 (万元): 增加(减少) templates, a misprinted 0, a wrong 比上年少

    @Test func deqinRenda2018() throws {
        let checks = try RepositoryFiles.checkStatements("Tests/Corpus/01_deqin_renda_2018.yaml")
        // 9.75 − 9.78 = −0.03; the template 增加(减少) has no sign, so only the size 0.03 = 0.03 is compared
        #expect(checks.verdict("statement.vs-budget[sangong]") == .ok)
        // 0.03 ÷ 9.78 = 0.3067 % → 0.3 % as printed “(下降)0.3%” (the sign, if read, is negative too)
        #expect(checks.verdict("statement.vs-budget-rate[sangong]") == .ok)
        // “(下降)” against 9.75 − 9.78 < 0 (the template 增加(减少) of vs_budget has no sign to check)
        #expect(checks.verdict("statement.direction.vs_budget_rate[sangong]") == .ok)
        // items 0 + 3.77 + 0 = 3.77 ≠ 9.75: the 公务用车购置及运行维护费 is printed 0 though its 运行维护费 is 5.98;
        // with every input ± half a unit (0 → [−0.5, 0.5]) the sum stays in [2.765, 4.775], far from [9.745, 9.755]
        #expect(checks.verdict("statement.items-sum[sangong]") == .mismatch)
        // 0 + 5.98 = 5.98 vs the printed 0: [5.475, 6.485] against [−0.5, 0.5]
        #expect(checks.verdict("statement.items-sum[vehicle]") == .mismatch)
        // 出国 and 公车 rows of the table: 0 − 0 = 0 as printed “增加(减少)0”
        #expect(checks.verdict("statement.vs-budget[abroad]") == .ok)
        #expect(checks.verdict("statement.vs-budget[vehicle]") == .ok)
        // (0 − 0) ÷ 0 printed “增长(下降)0%”: the 0 ÷ 0 convention
        #expect(checks.verdict("statement.vs-budget-rate[abroad]") == .ok)
        // 接待 prints no budget (the table is cut off after row 4): implied 3.77 ∓ 0.003, the sign unknown.
        // Either way 0.003 ÷ 3.767 = 0.0796 % or 0.003 ÷ 3.773 = 0.0795 % → 0.08 % ≠ 0.07 %, while
        // 0.0025…0.0035 ÷ 3.7675…3.7785 = [0.066 %, 0.093 %] reaches [0.065 %, 0.075 %]
        #expect(checks.verdict("statement.vs-budget-rate[reception]") == .rounding)
        // 运维: 0.02 ÷ 6.00 = 0.3333 % → 0.33 % (budget 5.98 + 0.02), or 0.02 ÷ 5.96 = 0.3356 % → 0.34 % with
        // [0.25 %, 0.42 %] around it: ok with the budget that fits, rounding with the other
        #expect(oneOf(checks.verdict("statement.vs-budget-rate[vehicle_op]"), .ok, .rounding))
        // 购置: 0 ÷ (0 − 0): no budget can be implied
        #expect(oneOf(checks.verdict("statement.vs-budget-rate[purchase]"), .ok, .insufficientData, nil))
        // 上年度 paragraph: 9.75 − 24.67 = −14.92 → −14.9 as printed “减少14.9”
        #expect(checks.verdict("statement.change[sangong_yoy]") == .ok)
        #expect(checks.verdict("statement.direction.change[sangong_yoy]") == .ok)
        // 其中 (partial): 5.98 + 3.77 = 9.75 ≤ 9.75; priors 15.48 + 9.18 = 24.66 ≤ 24.67
        #expect(checks.verdict("statement.items-sum[sangong_yoy]") == .ok)
        #expect(checks.verdict("statement.items-sum.prior[sangong_yoy]") == .ok)
        // changes: 运维's is implied 5.98 − 15.48 = −9.50, 接待's printed −9.5: −19.0 ≤ −14.9 (the partial rule)
        #expect(checks.verdict("statement.items-sum.change[sangong_yoy]") == .ok)
        // 公务接待费比上年少9.5: 3.77 − 9.18 = −5.41; interval [−5.42, −5.40] vs [−9.55, −9.45]
        #expect(checks.verdict("statement.change[reception_yoy]") == .mismatch)
        // the second paragraph repeats this year's figures: 9.75 = 9.75, 5.98 = 5.98, 3.77 = 3.77
        #expect(checks.verdict("statement.same-quantity.amount[sangong_yoy]") == .ok)
        #expect(checks.verdict("statement.same-quantity.amount[vehicle_op_yoy]") == .ok)
        #expect(checks.verdict("statement.same-quantity.amount[reception_yoy]") == .ok)
        #expect(checks.ids(with: .mismatch) == [
            "statement.items-sum[sangong]", "statement.items-sum[vehicle]", "statement.change[reception_yoy]",
        ])
    }

    // MARK: 02 合肥市图书馆 2021 (万元): a table stated again in the text

    @Test func hefeiTushuguan2021() throws {
        let checks = try RepositoryFiles.checkStatements("Tests/Corpus/02_hefei_tushuguan_2021.yaml")
        // table: 0.00 + 0.39 + 1.37 = 1.76 vs 总计 1.75; parts span [1.745, 1.775], 1.75 spans [1.745, 1.755]
        #expect(checks.verdict("statement.items-sum[t_total]") == .rounding)
        // budgets 0.00 + 0.95 + 2.10 = 3.05
        #expect(checks.verdict("statement.items-sum.budget[t_total]") == .ok)
        // 1.37 + 0.00 = 1.37; 2.10 + 0.00 = 2.10
        #expect(checks.verdict("statement.items-sum[t_vehicle]") == .ok)
        #expect(checks.verdict("statement.items-sum.budget[t_vehicle]") == .ok)
        // 1.75 ÷ 3.05 = 57.377 % → 57.38 %
        #expect(checks.verdict("statement.completion[total]") == .ok)
        // text: 0 + 0.39 + 1.37 = 1.76 vs 1.75, again within the rounding of the parts
        #expect(checks.verdict("statement.items-sum[total]") == .rounding)
        // 0 ÷ 1.75 = 0 %
        #expect(checks.verdict("statement.share[abroad]") == .ok)
        // 0.39 ÷ 1.75 = 22.29 % ≠ 22.14 %, but 0.385 ÷ 1.755 … 0.395 ÷ 1.745 = [21.94 %, 22.64 %] holds 22.14 %
        #expect(checks.verdict("statement.share[reception]") == .rounding)
        // 1.37 ÷ 1.75 = 78.29 % ≠ 77.86 %; [1.365 ÷ 1.755, 1.375 ÷ 1.745] = [77.78 %, 78.80 %] holds 77.86 %
        #expect(checks.verdict("statement.share[vehicle]") == .rounding)
        // the text repeats the table: 3.05 = 3.05, 1.75 = 1.75, 0 = 0.00, 0.39 = 0.39, 1.37 = 1.37
        #expect(checks.verdict("statement.same-quantity.budget[total]") == .ok)
        #expect(checks.verdict("statement.same-quantity.amount[total]") == .ok)
        #expect(checks.verdict("statement.same-quantity.amount[abroad]") == .ok)
        #expect(checks.verdict("statement.same-quantity.amount[reception]") == .ok)
        #expect(checks.verdict("statement.same-quantity.amount[vehicle]") == .ok)
        // 出国 “与预算相比持平”: the text prints no budget for it
        #expect(oneOf(checks.verdict("statement.vs-budget[abroad]"), .insufficientData, nil))
        #expect(checks.ids(with: .mismatch) == [])
    }

    // MARK: 03 寻甸县文化和旅游局 2022 (元): the spec's example, in full

    @Test func xundianWenlvju2022() throws {
        let checks = try RepositoryFiles.checkStatements("Tests/Corpus/03_xundian_wenlvju_2022.yaml")
        // 26,085.58 ÷ 27,080 = 96.3278 % → 96.33 %
        #expect(checks.verdict("statement.completion[sangong]") == .ok)
        // implied prior 26,085.58 + 18,987.42 = 45,073; 18,987.42 ÷ 45,073 = 42.1259 % → 42.13 %
        #expect(checks.verdict("statement.growth[sangong]") == .ok)
        // 下降 (growth) against 减少 (change); with no printed prior the change word has nothing else to meet
        #expect(checks.verdict("statement.direction.growth[sangong]") == .ok)
        // 0 + 0 + 23,005.58 + 3,080 = 26,085.58
        #expect(checks.verdict("statement.items-sum[sangong]") == .ok)
        // 0 + 0 − 994.42 − 17,993 = −18,987.42
        #expect(checks.verdict("statement.items-sum.change[sangong]") == .ok)
        // implied priors 0 + 0 + 24,000 + 21,073 = 45,073 = the whole's implied prior (if checked at all)
        #expect(oneOf(checks.verdict("statement.items-sum.prior[sangong]"), .ok, nil))
        // 运维: prior 23,005.58 + 994.42 = 24,000; 994.42 ÷ 24,000 = 4.1434 % → 4.14 %
        #expect(checks.verdict("statement.growth[vehicle_op]") == .ok)
        #expect(checks.verdict("statement.direction.growth[vehicle_op]") == .ok)
        // 接待: prior 3,080 + 17,993 = 21,073; 17,993 ÷ 21,073 = 85.3841 % → 85.38 %
        #expect(checks.verdict("statement.growth[reception]") == .ok)
        #expect(checks.verdict("statement.direction.growth[reception]") == .ok)
        // 出国, 购置: “增加0元，增长0%” over an implied prior 0 − 0 = 0: 0 ÷ 0 printed 0 %, the convention
        #expect(checks.verdict("statement.growth[abroad]") == .ok)
        #expect(checks.verdict("statement.growth[purchase]") == .ok)
        // 增长0% against 增加0: the two words agree
        #expect(checks.verdict("statement.direction.growth[abroad]") == .ok)
        #expect(checks.verdict("statement.direction.growth[purchase]") == .ok)
        // 二: 0 ÷ 26,085.58 = 0 %; 3,080 ÷ 26,085.58 = 11.807 % → 11.81 %; 23,005.58 ÷ 26,085.58 = 88.193 % → 88.19 %
        #expect(checks.verdict("statement.share[abroad]") == .ok)
        #expect(checks.verdict("statement.share[reception]") == .ok)
        #expect(checks.verdict("statement.share[vehicle]") == .ok)
        // 购置及运行维护 = 0 + 23,005.58
        #expect(checks.verdict("statement.items-sum[vehicle]") == .ok)
        // the items' budgets are not printed: their completion rates cannot be recomputed
        #expect(oneOf(checks.verdict("statement.completion[vehicle_op]"), .insufficientData, nil))
        #expect(checks.ids(with: .mismatch) == [])
    }

    // MARK: 04 六安市工商业联合会 2021 (万元): completion, shares, change vs budget

    @Test func luanGongshanglian2021() throws {
        let checks = try RepositoryFiles.checkStatements("Tests/Corpus/04_luan_gongshanglian_2021.yaml")
        // table: 合计 = 公务接待费 (the other rows are blank): 1.52 = 1.52, 1.8 = 1.8
        #expect(checks.verdict("statement.items-sum[t_total]") == .ok)
        #expect(checks.verdict("statement.items-sum.budget[t_total]") == .ok)
        // 1.52 ÷ 1.8 = 84.44 % → 84 %
        #expect(checks.verdict("statement.completion[total]") == .ok)
        // 0 + 1.52 + 0 = 1.52
        #expect(checks.verdict("statement.items-sum[total]") == .ok)
        // 0 ÷ 1.52 = 0 %; 1.52 ÷ 1.52 = 100 %; 0 ÷ 1.52 = 0 %
        #expect(checks.verdict("statement.share[abroad]") == .ok)
        #expect(checks.verdict("statement.share[reception]") == .ok)
        #expect(checks.verdict("statement.share[vehicle]") == .ok)
        // 减少0.28 and 下降15% agree
        #expect(checks.verdict("statement.direction.vs_budget_rate[reception]") == .ok)
        // no budget printed beside it; with the implied budget 1.52 + 0.28 = 1.80 (as growth implies its prior):
        // 0.28 ÷ 1.80 = 15.56 % → 16 % ≠ 15 %, but 0.275 ÷ (1.525 + 0.275) … 0.285 ÷ (1.515 + 0.285)
        // = [15.28 %, 15.83 %] reaches [14.5 %, 15.5 %]: rounding
        #expect(checks.verdict("statement.vs-budget-rate[reception]") == .rounding)
        // 出国 增加0, 增长0%, no budget: the implied budget is 0 − 0 = 0, nothing to divide by
        #expect(oneOf(checks.verdict("statement.vs-budget-rate[abroad]"), .ok, .insufficientData, nil))
        // the text repeats the table: 1.52, 1.8 (total); 1.52 (接待)
        #expect(checks.verdict("statement.same-quantity.amount[total]") == .ok)
        #expect(checks.verdict("statement.same-quantity.budget[total]") == .ok)
        #expect(checks.verdict("statement.same-quantity.amount[reception]") == .ok)
        // 增长0% against 增加0: the two words agree
        #expect(checks.verdict("statement.direction.vs_budget_rate[abroad]") == .ok)
        #expect(checks.ids(with: .mismatch) == [])
    }

    // MARK: 05 寿县文物保护中心 2023 (万元): a rate of the unspent part, swapped shares

    @Test func shouxianWenwu2023() throws {
        let checks = try RepositoryFiles.checkStatements("Tests/Corpus/05_shouxian_wenwu_2023.yaml")
        // table: 0.53 + 1.18 = 1.71; 1 + 2 = 3
        #expect(checks.verdict("statement.items-sum[t_total]") == .ok)
        #expect(checks.verdict("statement.items-sum.budget[t_total]") == .ok)
        // 1.71 ÷ 3 = 57 %, not 43 % (43 % = 1.29 ÷ 3, the unspent part); [1.705 ÷ 3.5, 1.715 ÷ 2.5] = [48.7 %, 68.6 %]
        #expect(checks.verdict("statement.completion[total]") == .mismatch)
        // implied prior 1.71 + 1.29 = 3.00; 1.29 ÷ 3.00 = 43 %
        #expect(checks.verdict("statement.growth[total]") == .ok)
        #expect(checks.verdict("statement.direction.growth[total]") == .ok)
        // 0.53 + 1.18 = 1.71
        #expect(checks.verdict("statement.items-sum[total]") == .ok)
        // 接待: 0.53 ÷ 1 = 53 % ≠ 47 % (47 % is 1 − 53 %). A budget printed whole is read to the cent,
        // [0.995, 1.005], so 0.525…0.535 ÷ 0.995…1.005 = [52.2 %, 53.8 %] cannot reach [46.5 %, 47.5 %]
        #expect(checks.verdict("statement.completion[reception]") == .mismatch)
        // implied prior 0.53 + 0.47 = 1.00; 0.47 ÷ 1.00 = 47 %
        #expect(checks.verdict("statement.growth[reception]") == .ok)
        #expect(checks.verdict("statement.direction.growth[reception]") == .ok)
        // shares swapped: 0.53 ÷ 1.71 = 30.99 % printed 69 %; 1.18 ÷ 1.71 = 69.01 % printed 31 %
        // ([30.6 %, 31.4 %] and [68.5 %, 69.5 %])
        #expect(checks.verdict("statement.share[reception]") == .mismatch)
        #expect(checks.verdict("statement.share[vehicle]") == .mismatch)
        // the text repeats the table: 3, 1.71; 1, 0.53; 1.18
        #expect(checks.verdict("statement.same-quantity.budget[total]") == .ok)
        #expect(checks.verdict("statement.same-quantity.amount[total]") == .ok)
        #expect(checks.verdict("statement.same-quantity.budget[reception]") == .ok)
        #expect(checks.verdict("statement.same-quantity.amount[reception]") == .ok)
        #expect(checks.verdict("statement.same-quantity.amount[vehicle]") == .ok)
        #expect(checks.ids(with: .mismatch) == [
            "statement.completion[total]", "statement.completion[reception]",
            "statement.share[reception]", "statement.share[vehicle]",
        ])
    }

    // MARK: 06 铜梁区安居镇 2021 (万元): budget split, vs budget, a growth over the wrong base

    @Test func tongliangAnjuzhen2021() throws {
        let checks = try RepositoryFiles.checkStatements("Tests/Corpus/06_tongliang_anjuzhen_2021.yaml")
        // 9.07 − 20 = −10.93
        #expect(checks.verdict("statement.vs-budget[sangong]") == .ok)
        // −10.93 ÷ 20 = −54.65 %
        #expect(checks.verdict("statement.vs-budget-rate[sangong]") == .ok)
        // implied prior 9.07 + 0.71 = 9.78; 0.71 ÷ 9.78 = 7.26 % ≠ 7.83 % (= 0.71 ÷ 9.07, over this year);
        // [0.705 ÷ (9.075 + 0.705), 0.715 ÷ (9.065 + 0.715)] = [7.21 %, 7.31 %]
        #expect(checks.verdict("statement.growth[sangong]") == .mismatch)
        // 减少/下降 against 9.07 − 20 < 0; 下降 (growth) against 减少 (change)
        #expect(checks.verdict("statement.direction.vs_budget[sangong]") == .ok)
        #expect(checks.verdict("statement.direction.vs_budget_rate[sangong]") == .ok)
        #expect(checks.verdict("statement.direction.growth[sangong]") == .ok)
        // budgets 0 + 9 + 11 + 0 = 20
        #expect(checks.verdict("statement.items-sum.budget[sangong]") == .ok)
        #expect(checks.ids(with: .mismatch) == ["statement.growth[sangong]"])
    }

    // MARK: 07 南陵县许镇镇 2020 (万元): rates over priors that are never printed

    @Test func nlxXuzhenzhen2020() throws {
        let checks = try RepositoryFiles.checkStatements("Tests/Corpus/07_nlx_xuzhenzhen_2020.yaml")
        // 15.5 + 20 = 35.5 (both statements)
        #expect(checks.verdict("statement.items-sum[total]") == .ok)
        #expect(checks.verdict("statement.items-sum[total_b]") == .ok)
        // the same amounts under the 上年预算 comparison: 35.5, 15.5, 20 (if statements that differ only in
        // prior_measure are paired at all)
        #expect(oneOf(checks.verdict("statement.same-quantity.amount[total_b]"), .ok, nil))
        #expect(oneOf(checks.verdict("statement.same-quantity.amount[reception_b]"), .ok, nil))
        #expect(oneOf(checks.verdict("statement.same-quantity.amount[vehicle_op_b]"), .ok, nil))
        // a growth over 上年预算 and one over 上年决算 are not the same figure: never compared
        #expect(checks.verdict("statement.same-quantity.growth[total_b]") == nil)
        #expect(checks.verdict("statement.same-quantity.growth[reception_b]") == nil)
        #expect(checks.verdict("statement.same-quantity.growth[vehicle_op_b]") == nil)
        // no prior and no change: the growth cannot be recomputed
        #expect(oneOf(checks.verdict("statement.growth[total]"), .insufficientData, nil))
        // priors implied by the rates alone: 15.5 ÷ 0.8378 + 20 ÷ 0.5634 = 18.5008 + 35.4988 = 53.9996 vs
        // 35.5 ÷ 0.6574 = 54.0006; by 上年预算 18.9998 + 35.9971 = 54.9969 vs 54.9961: never an error
        #expect(checks.verdict("statement.items-sum.prior[total]") != .mismatch)
        #expect(checks.verdict("statement.items-sum.prior[total_b]") != .mismatch)
        #expect(checks.ids(with: .mismatch) == [])
    }

    // MARK: 08 hlx.gov.cn 2020 (万元): priors and changes, an implied prior of 0

    @Test func hlx2020() throws {
        let checks = try RepositoryFiles.checkStatements("Tests/Corpus/08_hlx_2020.yaml")
        // 431 − 433 = −2; −2 ÷ 433 = −0.4619 % → −0.46 %
        #expect(checks.verdict("statement.change[sangong]") == .ok)
        #expect(checks.verdict("statement.growth[sangong]") == .ok)
        // 减少/下降 against 431 − 433 < 0
        #expect(checks.verdict("statement.direction.change[sangong]") == .ok)
        #expect(checks.verdict("statement.direction.growth[sangong]") == .ok)
        // 251 − 285 = −34; −34 ÷ 285 = −11.93 % → −12 %
        #expect(checks.verdict("statement.change[vehicle_op]") == .ok)
        #expect(checks.verdict("statement.growth[vehicle_op]") == .ok)
        #expect(checks.verdict("statement.direction.change[vehicle_op]") == .ok)
        #expect(checks.verdict("statement.direction.growth[vehicle_op]") == .ok)
        // 124 − 148 = −24; −24 ÷ 148 = −16.22 % → −16 %
        #expect(checks.verdict("statement.change[reception]") == .ok)
        #expect(checks.verdict("statement.growth[reception]") == .ok)
        #expect(checks.verdict("statement.direction.change[reception]") == .ok)
        #expect(checks.verdict("statement.direction.growth[reception]") == .ok)
        // 增加56 with neither a printed prior nor a rate: nothing but its own implied prior (56 − 56 = 0) to meet
        #expect(checks.verdict("statement.direction.change[purchase]") != .mismatch)
        // 251 + 56 + 124 = 431; priors 285 + (implied) 0 + 148 = 433; changes −34 + 56 − 24 = −2
        #expect(checks.verdict("statement.items-sum[sangong]") == .ok)
        #expect(checks.verdict("statement.items-sum.prior[sangong]") == .ok)
        #expect(checks.verdict("statement.items-sum.change[sangong]") == .ok)
        #expect(checks.ids(with: .mismatch) == [])
    }

    // MARK: 11 开州区大进镇 2024 (万元): 收支总计 year on year

    @Test func kaizhouDajinzhen2024() throws {
        let checks = try RepositoryFiles.checkStatements("Tests/Corpus/11_kaizhou_dajinzhen_2024.yaml")
        // implied prior 4697.76 + 956.31 = 5654.07; 956.31 ÷ 5654.07 = 16.914 % → 16.9 % (all three)
        #expect(checks.verdict("statement.growth[income_total]") == .ok)
        #expect(checks.verdict("statement.growth[expend_total]") == .ok)
        #expect(checks.verdict("statement.growth[income_sum]") == .ok)
        #expect(checks.verdict("statement.direction.growth[income_total]") == .ok)
        #expect(checks.verdict("statement.direction.growth[expend_total]") == .ok)
        #expect(checks.verdict("statement.direction.growth[income_sum]") == .ok)
        #expect(checks.ids(with: .mismatch) == [])
    }

    // MARK: 12 綦江区公路事务中心 2023 (万元): a change decomposed into its parts

    @Test func qijiangGonglu2023() throws {
        let checks = try RepositoryFiles.checkStatements("Tests/Corpus/12_qijiang_gonglu_shiwu_2023.yaml")
        // implied prior 10328.56 − 418.97 = 9909.59; 418.97 ÷ 9909.59 = 4.2279 % → 4.23 %
        #expect(checks.verdict("statement.growth[income_total]") == .ok)
        #expect(checks.verdict("statement.growth[expend_total]") == .ok)
        // implied prior 10328.56 − 1894.61 = 8433.95; 1894.61 ÷ 8433.95 = 22.464 % → 22.46 %
        #expect(checks.verdict("statement.growth[income_sum]") == .ok)
        // 2296.45 − 401.85 − 1475.63 = 418.97
        #expect(checks.verdict("statement.items-sum.change[income_total]") == .ok)
        #expect(checks.verdict("statement.direction.growth[income_total]") == .ok)
        #expect(checks.verdict("statement.direction.growth[income_sum]") == .ok)
        #expect(checks.ids(with: .mismatch) == [])
    }

    // MARK: 13 铜梁区信访办公室 2020 (万元): a growth that is no quotient of its figures

    @Test func tongliangXinfangban2020() throws {
        let checks = try RepositoryFiles.checkStatements("Tests/Corpus/13_tongliang_xinfangban_2020.yaml")
        // implied prior 1315.18 + 135.91 = 1451.09; 135.91 ÷ 1451.09 = 9.366 % → 9.4 % ≠ 9.3 %;
        // [9.3657 %, 9.3664 %] vs [9.25 %, 9.35 %]
        #expect(checks.verdict("statement.growth[income_total]") == .mismatch)
        #expect(checks.verdict("statement.growth[expend_total]") == .mismatch)
        // implied prior 1314.00 + 132.34 = 1446.34; 132.34 ÷ 1446.34 = 9.14999 % → 9.1 % (just below 9.15)
        #expect(checks.verdict("statement.growth[income_sum]") == .ok)
        #expect(checks.verdict("statement.direction.growth[income_total]") == .ok)
        #expect(checks.verdict("statement.direction.growth[income_sum]") == .ok)
        // 收入合计 1314.00 + 年初结转和结余 1.18 = 1315.18
        #expect(checks.verdict("statement.items-sum[income_total]") == .ok)
        // 其中 财政拨款收入 1314.00 ≤ 1314.00; 1314.00 ÷ 1314.00 = 100.0 %
        #expect(checks.verdict("statement.items-sum[income_sum]") == .ok)
        #expect(checks.verdict("statement.share[fiscal]") == .ok)
        #expect(checks.verdict("statement.direction.change[expend_sum]") != .mismatch)
        #expect(checks.ids(with: .mismatch) == [
            "statement.growth[income_total]", "statement.growth[expend_total]",
        ])
    }

    // MARK: 15 梧州 军休类单位 2021 (万元): income by type, year on year

    @Test func wuzhouBA376D442021() throws {
        let checks = try RepositoryFiles.checkStatements("Tests/Corpus/15_wuzhou_BA376D44_2021.yaml")
        // 本年收入 390.55 + 上年结转和结余 190.89 = 581.44 vs 总收入 581.45; [581.43, 581.45] touches [581.445, 581.455]
        #expect(checks.verdict("statement.items-sum[income_all]") == .rounding)
        // 382.17 + 8.38 = 390.55; changes −157.86 − 17.40 = −175.26
        #expect(checks.verdict("statement.items-sum[income_year]") == .ok)
        #expect(checks.verdict("statement.items-sum.change[income_year]") == .ok)
        // 175.26 ÷ (390.55 + 175.26 = 565.81) = 30.98 % → 31 %
        #expect(checks.verdict("statement.growth[income_year]") == .ok)
        // 157.86 ÷ 540.03 = 29.23 % → 29.2 %; 17.40 ÷ 25.78 = 67.49 % → 67.5 %; 7.63 ÷ 198.52 = 3.84 % → 3.8 %
        #expect(checks.verdict("statement.growth[general_budget]") == .ok)
        #expect(checks.verdict("statement.growth[superior]") == .ok)
        #expect(checks.verdict("statement.growth[carryover]") == .ok)
        // 90.49 ÷ 571.20 = 15.84 % → 15.8 %; 91.91 ÷ 559.90 = 16.42 % → 16.4 %
        #expect(checks.verdict("statement.growth[expend_year]") == .ok)
        #expect(checks.verdict("statement.growth[social]") == .ok)
        #expect(checks.verdict("statement.direction.growth[income_year]") == .ok)
        #expect(checks.verdict("statement.direction.growth[social]") == .ok)
        // 其中: 480.71 ≤ 581.45; 467.99 ≤ 480.71
        #expect(checks.verdict("statement.items-sum[expend_all]") == .ok)
        #expect(checks.verdict("statement.items-sum[expend_year]") == .ok)
        // a partial list's changes: −91.91 ≤ −90.49, so Σ ≤ whole holds
        #expect(checks.verdict("statement.items-sum.change[expend_year]") == .ok)
        #expect(checks.ids(with: .mismatch) == [])
    }

    // MARK: 16 澧县澧州幼儿园 2017 (万元): shares in whole percent

    @Test func lixianLizhouYoueryuan2017() throws {
        let checks = try RepositoryFiles.checkStatements("Tests/Corpus/16_lixian_lizhou_youeryuan_2017.yaml")
        // 488.93 ÷ 488.93 = 100 %; 0 ÷ 488.93 = 0 %; 488.80 ÷ 488.80 = 100 %
        #expect(checks.verdict("statement.share[fiscal_income]") == .ok)
        #expect(checks.verdict("statement.share[business_income]") == .ok)
        #expect(checks.verdict("statement.share[fiscal_expend]") == .ok)
        // 其中: 488.93 + 0 ≤ 488.93; 488.80 ≤ 488.80
        #expect(checks.verdict("statement.items-sum[income_year]") == .ok)
        #expect(checks.verdict("statement.items-sum[expend_year]") == .ok)
        // 488.93 + 0 = 488.93; 488.80 + 0 = 488.80
        #expect(checks.verdict("statement.items-sum[fiscal_income_4]") == .ok)
        #expect(checks.verdict("statement.items-sum[fiscal_expend_4]") == .ok)
        // “488.8.” then 488.80: 488.8 → 488.80
        #expect(checks.verdict("statement.same-quantity.amount[fiscal_year_5_2]") == .ok)
        // 0 + 374.89 + 60.44 + 18.51 + 34.96 = 488.80
        #expect(checks.verdict("statement.items-sum[fiscal_year_5_2]") == .ok)
        // ÷ 488.80: 0 → 0 %; 374.89 → 76.70 % → 77 %; 60.44 → 12.36 % → 12 %; 18.51 → 3.79 % → 4 %; 34.96 → 7.15 % → 7 %
        #expect(checks.verdict("statement.share[general_public]") == .ok)
        #expect(checks.verdict("statement.share[education]") == .ok)
        #expect(checks.verdict("statement.share[social]") == .ok)
        #expect(checks.verdict("statement.share[health]") == .ok)
        #expect(checks.verdict("statement.share[housing]") == .ok)
        // 增长33% with neither prior nor change
        #expect(oneOf(checks.verdict("statement.growth[income_all]"), .insufficientData, nil))
        #expect(checks.ids(with: .mismatch) == [])
    }

    // MARK: 17 XX区第二幼儿园 2017 (万元): a unit dropped, a rate one hundredth off

    @Test func xxquDierYoueryuan2017() throws {
        let checks = try RepositoryFiles.checkStatements("Tests/Corpus/17_xxqu_dier_youeryuan_2017.yaml")
        // 252.5 − 231.5 = 21 (收入合计 and 支出合计)
        #expect(checks.verdict("statement.change[income_sum]") == .ok)
        #expect(checks.verdict("statement.change[expend_sum]") == .ok)
        #expect(checks.verdict("statement.direction.change[income_sum]") == .ok)
        #expect(checks.verdict("statement.direction.change[expend_sum]") == .ok)
        // 其中 252.5 + 0 + 0 ≤ 252.5
        #expect(checks.verdict("statement.items-sum[income_sum]") == .ok)
        // 247.95 + 4.55 = 252.5; priors 227.42 + 4.08 = 231.5; changes 20.53 + 0.47 = 21
        #expect(checks.verdict("statement.items-sum[expend_sum]") == .ok)
        #expect(checks.verdict("statement.items-sum.prior[expend_sum]") == .ok)
        #expect(checks.verdict("statement.items-sum.change[expend_sum]") == .ok)
        // 基本支出 printed “252.5元” = 0.02525 万元: 0.02525 − 231.5 = −231.47 against 增加21, and the word is wrong too
        #expect(checks.verdict("statement.change[basic]") == .mismatch)
        #expect(checks.verdict("statement.direction.change[basic]") == .mismatch)
        // 247.95 − 227.42 = 20.53
        #expect(checks.verdict("statement.change[education]") == .ok)
        // 20.53 ÷ 227.42 = 9.0274 % → 9.03 % ≠ 9.02 %; [20.52 ÷ 227.425, 20.54 ÷ 227.415] = [9.0227 %, 9.0319 %]
        // reaches [9.015 %, 9.025 %]
        #expect(checks.verdict("statement.growth[education]") == .rounding)
        #expect(checks.verdict("statement.direction.change[education]") == .ok)
        #expect(checks.verdict("statement.direction.growth[education]") == .ok)
        // 4.55 − 4.08 = 0.47; 0.47 ÷ 4.08 = 11.5196 % → 11.52 %
        #expect(checks.verdict("statement.change[housing]") == .ok)
        #expect(checks.verdict("statement.growth[housing]") == .ok)
        #expect(checks.verdict("statement.direction.change[housing]") == .ok)
        #expect(checks.verdict("statement.direction.growth[housing]") == .ok)
        #expect(checks.ids(with: .mismatch) == ["statement.change[basic]", "statement.direction.change[basic]"])
    }

    // MARK: 18 南县人民政府办公室 2020 (万元): 减幅 rates, a partial list of classes

    @Test func nanxianZhengfuban2020() throws {
        let checks = try RepositoryFiles.checkStatements("Tests/Corpus/18_nanxian_zhengfuban_2020.yaml")
        // implied prior 842.26 + 103.22 = 945.48; 103.22 ÷ 945.48 = 10.917 % → 10.92 %
        #expect(checks.verdict("statement.growth[income]") == .ok)
        // implied prior 806.17 + 104.71 = 910.88; 104.71 ÷ 910.88 = 11.4955 % → 11.50 %
        #expect(checks.verdict("statement.growth[expend]") == .ok)
        // the rates carry a minus sign, no word; 减少 has no printed prior to meet
        #expect(checks.verdict("statement.direction.change[income]") != .mismatch)
        #expect(checks.verdict("statement.direction.change[expend]") != .mismatch)
        // 452.93 + 297.93 + 52.54 = 803.40 ≤ 806.17
        #expect(checks.verdict("statement.items-sum[expend]") == .ok)
        #expect(checks.ids(with: .mismatch) == [])
    }

    // MARK: 19 梧州 单位预算 2023 (元, measure 预算): a share off by 0.01, a 基本支出 that is the total

    @Test func wuzhouF81E71B92023() throws {
        let checks = try RepositoryFiles.checkStatements("Tests/Corpus/19_wuzhou_F81E71B9_2023.yaml")
        // implied prior 881300.39 + 166271.4 = 1047571.79; 166271.4 ÷ 1047571.79 = 15.872 % → 15.87 %
        #expect(checks.verdict("statement.growth[basic]") == .ok)
        #expect(checks.verdict("statement.direction.growth[basic]") == .ok)
        // 716052.51 + 165247.88 = 881300.39; −148979.48 − 17291.92 = −166271.40
        #expect(checks.verdict("statement.items-sum[basic]") == .ok)
        #expect(checks.verdict("statement.items-sum.change[basic]") == .ok)
        // 716052.51 ÷ 881300.39 = 81.24954 % → 81.25 %
        #expect(checks.verdict("statement.share[wages]") == .ok)
        // 165247.88 ÷ 881300.39 = 18.75046 % → 18.75 % ≠ 18.76 % (the two were forced to add up to 100.01 %);
        // the inputs are printed to the 分: [18.750460 %, 18.750461 %]
        #expect(checks.verdict("statement.share[goods_basic]") == .mismatch)
        // 148979.48 ÷ 865031.99 = 17.2224 % → 17.22 %; 17291.92 ÷ 182539.80 = 9.4730 % → 9.47 %
        #expect(checks.verdict("statement.growth[wages]") == .ok)
        #expect(checks.verdict("statement.growth[goods_basic]") == .ok)
        // 13900 ÷ 43600 = 31.8807 % → 31.88 % (项目支出 and its only class)
        #expect(checks.verdict("statement.growth[project]") == .ok)
        #expect(checks.verdict("statement.growth[goods_project]") == .ok)
        // 29700 = 29700; −13900 = −13900; 29700 ÷ 29700 = 100 %
        #expect(checks.verdict("statement.items-sum[project]") == .ok)
        #expect(checks.verdict("statement.items-sum.change[project]") == .ok)
        #expect(checks.verdict("statement.share[goods_project]") == .ok)
        // 六: 人员经费 809961.19 + 公用经费 71339.2 = 881300.39 ≠ 911000.39 (the 一般公共预算 total, 881300.39 + 29700)
        #expect(checks.verdict("statement.items-sum[basic_6]") == .mismatch)
        // 基本支出 911000.39 in 六 against 881300.39 in 五
        #expect(checks.verdict("statement.same-quantity.amount[basic_6]") == .mismatch)
        // the whole 一般公共预算支出 prints no amount in the excerpt
        #expect(oneOf(checks.verdict("statement.share[basic]"), .insufficientData, nil))
        #expect(oneOf(checks.verdict("statement.share[project]"), .insufficientData, nil))
        #expect(checks.verdict("statement.direction.change[sangong]") != .mismatch)
        #expect(checks.ids(with: .mismatch) == [
            "statement.share[goods_basic]", "statement.items-sum[basic_6]", "statement.same-quantity.amount[basic_6]",
        ])
    }

    // MARK: 20 梧州 文旅类单位预算 2025 (元, measure 预算): growths over the wrong base

    @Test func wuzhou34D5FC872025() throws {
        let checks = try RepositoryFiles.checkStatements("Tests/Corpus/20_wuzhou_34D5FC87_2025.yaml")
        // 文旅: implied prior 850088.3 + 54357.12 = 904445.42; 54357.12 ÷ 904445.42 = 6.00999 % → 6.01 % ≠ 6.00 %
        #expect(checks.verdict("statement.growth[culture_3]") == .mismatch)
        // 社保: implied prior 116433.12 − 16803.36 = 99629.76; 16803.36 ÷ 99629.76 = 16.87 %, printed 14.43 %
        // (= 16803.36 ÷ 116433.12, over this year)
        #expect(checks.verdict("statement.growth[social_3]") == .mismatch)
        // 卫生: 6014.46 ÷ 49912.19 = 12.0501 % → 12.05 %; 住房: 62.16 ÷ 74722.32 = 0.08319 % → 0.083 %
        #expect(checks.verdict("statement.growth[health_3]") == .ok)
        #expect(checks.verdict("statement.growth[housing_3]") == .ok)
        #expect(checks.verdict("statement.direction.growth[culture_3]") == .ok)
        #expect(checks.verdict("statement.direction.growth[social_3]") == .ok)
        // 四: 850088.3 + 116433.12 + 43897.73 + 74784.48 = 1085203.63
        #expect(checks.verdict("statement.items-sum[fiscal_4]") == .ok)
        // 五: implied prior 1085203.63 + 43506.06 = 1128709.69; 43506.06 ÷ 1128709.69 = 3.8545 % → 3.85 %
        #expect(checks.verdict("statement.growth[general_5]") == .ok)
        #expect(checks.verdict("statement.direction.growth[general_5]") == .ok)
        // 1037103.63 + 48100 = 1085203.63
        #expect(checks.verdict("statement.items-sum[general_5]") == .ok)
        // 支出总预算 prints no amount in the excerpt: the shares of 三 have no whole
        #expect(oneOf(checks.verdict("statement.share[health_3]"), .insufficientData, nil))
        #expect(oneOf(checks.verdict("statement.share[project_3]"), .insufficientData, nil))
        #expect(checks.verdict("statement.direction.change[project_3]") != .mismatch)
        #expect(checks.ids(with: .mismatch) == ["statement.growth[culture_3]", "statement.growth[social_3]"])
    }
}
