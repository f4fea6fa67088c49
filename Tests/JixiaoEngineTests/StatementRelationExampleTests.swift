import Testing
import JixiaoExpression
@testable import JixiaoEngine

/// The examples each relation documents, run as written: amounts in 万元 unless a statement says otherwise.
@Suite("文字陈述的关系核对：各关系的示例")
struct StatementRelationExampleTests {
    /// The results of one statement's relations; `fields` is the body of one statement (YAML flow mapping).
    func check(_ statements: String, unit: String = "万元") throws -> [CheckResult] {
        let submission = try loadSubmission("""
        department: 测试单位
        year: 2023
        unit: \(unit)
        statements:
        \(statements)
        """)
        return StatementChecker().check(submission.statements)
    }

    func verdict(_ results: [CheckResult], _ id: String) -> CheckResult.Verdict? { results.first { $0.id == id }?.verdict }

    @Test func completion() throws {
        // 26,085.58 ÷ 27,080 = 0.963278… → 96.33%.
        let a = try check("  - {id: s, subject: 三公经费, amount: \"26,085.58\", budget: \"27,080\", completion_rate: 96.33%}", unit: "元")
        #expect(verdict(a, "statement.completion[s]") == .ok)
        // 0 ÷ 0 printed as 0% is the convention.
        let b = try check("  - {id: s, subject: 出国费, amount: 0, budget: 0, completion_rate: 0%}")
        #expect(verdict(b, "statement.completion[s]") == .ok)
        // 4.91 of a zero budget cannot be 0%.
        let c = try check("  - {id: s, subject: 运维费, amount: 4.91, budget: 0, completion_rate: 0%}")
        #expect(verdict(c, "statement.completion[s]") == .mismatch)
        // 281.43 ÷ 572.97 = 49.1178…% printed 48.53%: even 281.435 ÷ 572.965 = 49.119% is far from it.
        let d = try check("  - {id: s, subject: 信访事务, amount: 281.43, budget: 572.97, completion_rate: 48.53%}")
        #expect(verdict(d, "statement.completion[s]") == .mismatch)
    }

    @Test func changeAndGrowth() throws {
        // 7.04 − 4.43 = 2.61; 2.61 ÷ 4.43 = 58.916…% → 58.92%.
        let a = try check("  - {id: s, subject: 三公经费, amount: 7.04, prior: 4.43, change: 增加2.61, growth: 增长58.92%}")
        #expect(verdict(a, "statement.change[s]") == .ok)
        #expect(verdict(a, "statement.growth[s]") == .ok)
        #expect(verdict(a, "statement.direction.change[s]") == .ok)
        #expect(verdict(a, "statement.direction.growth[s]") == .ok)
        // 24.67 − 9.75 = 14.92, printed at one decimal as 14.9.
        let b = try check("  - {id: s, subject: 三公经费, amount: 9.75, prior: 24.67, change: 减少14.9}")
        #expect(verdict(b, "statement.change[s]") == .ok)
        // A prior copied from this year: 4.91 − 4.91 = 0, not 0.88; the rate 0.88 ÷ 4.03 cannot rescue it
        // because the printed prior is used: 0 ÷ 4.91 = 0 ≠ 21.84%.
        let c = try check("  - {id: s, subject: 运维费, amount: 4.91, prior: 4.91, change: 0.88, growth: 21.84%}")
        #expect(verdict(c, "statement.change[s]") == .mismatch)
        #expect(verdict(c, "statement.growth[s]") == .mismatch)
        // No prior: −18,987.42 ÷ (26,085.58 + 18,987.42) = −18,987.42 ÷ 45,073 = −42.126…% → −42.13%.
        let d = try check("  - {id: s, subject: 三公经费, amount: \"26,085.58\", change: \"减少18,987.42\", growth: 下降42.13%}", unit: "元")
        #expect(verdict(d, "statement.growth[s]") == .ok)
        #expect(verdict(d, "statement.direction.growth[s]") == .ok)
    }

    @Test func directionWords() throws {
        // 124.4 > 113.82 but the text says 下降.
        let a = try check("  - {id: s, subject: 公用经费, amount: 124.4, prior: 113.82, growth: 下降9.3%}")
        #expect(verdict(a, "statement.direction.growth[s]") == .mismatch)
        // 减少-2.56%: a double negative, read as a decrease and listed as a 提示.
        let b = try check("  - {id: s, subject: 收入, amount: 97.44, prior: 100, growth: 减少-2.56%}")
        let doubled = try #require(b.first { $0.id == "statement.direction.growth[s]" })
        #expect(doubled.verdict == .mismatch && doubled.severity == .warning)
        // (97.44 − 100) ÷ 100 = −2.56%: the value is read as a decrease.
        #expect(verdict(b, "statement.growth[s]") == .ok)
        // 增加(减少)0.03: both words printed, only the size 9.75 − 9.78 = −0.03 → 0.03 is compared.
        let c = try check("  - {id: s, subject: 三公经费, amount: 9.75, budget: 9.78, vs_budget: 增加(减少)0.03, vs_budget_rate: (下降)0.3%}")
        #expect(verdict(c, "statement.vs-budget[s]") == .ok)
        // 0.03 ÷ 9.78 = 0.3067…% → 0.3% at one decimal.
        #expect(verdict(c, "statement.vs-budget-rate[s]") == .ok)
        #expect(!c.contains { $0.id == "statement.direction.vs_budget[s]" })
        // 持平 with equal figures.
        let d = try check("  - {id: s, subject: 出国费, amount: 0, prior: 0, change: 持平}")
        #expect(verdict(d, "statement.direction.change[s]") == .ok)
        #expect(verdict(d, "statement.change[s]") == .ok)
    }

    @Test func budgetDifference() throws {
        // 9.07 − 20 = −10.93; −10.93 ÷ 20 = −54.65%.
        let a = try check("  - {id: s, subject: 三公经费, amount: 9.07, budget: 20, vs_budget: 减少10.93, vs_budget_rate: 下降54.65%}")
        #expect(verdict(a, "statement.vs-budget[s]") == .ok)
        #expect(verdict(a, "statement.vs-budget-rate[s]") == .ok)
        // No budget printed: 0.003 ÷ (3.77 ∓ 0.003) = 0.0796…% against a printed 0.07%: not the same at two
        // decimals, but 0.0025 ÷ 3.7725 = 0.0663% lies inside [0.065%, 0.075%]: rounding of the tiny 0.003.
        let b = try check("  - {id: s, subject: 公务接待费, amount: 3.77, vs_budget: 增加(减少)0.003, vs_budget_rate: 增长(下降)0.07%}")
        #expect(verdict(b, "statement.vs-budget-rate[s]") == .rounding)
    }

    @Test func sharesAndItems() throws {
        let results = try check("""
          - id: total
            subject: 三公经费
            amount: 9.75
            budget: 20
            items:
              - {id: abroad, subject: 因公出国（境）费, amount: 0, budget: 0, share: 0%}
              - {id: reception, subject: 公务接待费, amount: 3.77, budget: 9, share: 38.67%}
              - {id: vehicles, subject: 公务用车运行维护费, amount: 5.98, budget: 11, share: 61.33%}
        """)
        // 0 + 3.77 + 5.98 = 9.75; 0 + 9 + 11 = 20.
        #expect(verdict(results, "statement.items-sum[total]") == .ok)
        #expect(verdict(results, "statement.items-sum.budget[total]") == .ok)
        // 3.77 ÷ 9.75 = 38.6667% → 38.67%; 5.98 ÷ 9.75 = 61.3333% → 61.33%; 0 ÷ 9.75 = 0.
        #expect(verdict(results, "statement.share[reception]") == .ok)
        #expect(verdict(results, "statement.share[vehicles]") == .ok)
        #expect(verdict(results, "statement.share[abroad]") == .ok)
        // 上年 1432.02 against 1318.12 + 113.82 = 1431.94: 0.08 apart, far beyond ±0.015.
        let priors = try check("""
          - id: basic
            subject: 基本支出
            prior: 1432.02
            items:
              - {subject: 人员经费, prior: 1318.12}
              - {subject: 公用经费, prior: 113.82}
        """)
        #expect(verdict(priors, "statement.items-sum.prior[basic]") == .mismatch)
        // Only some parts (其中): 5.98 ≤ 9.75.
        let partial = try check("""
          - id: total
            subject: 三公经费
            amount: 9.75
            partial_items: true
            items:
              - {subject: 公务用车运行维护费, amount: 5.98}
        """)
        #expect(verdict(partial, "statement.items-sum[total]") == .ok)
    }

    @Test func impliedPriorsSumToTheImpliedTotal() throws {
        // Rates only: 35.5 ÷ (1 − 34.26%) = 54.00; 15.5 ÷ (1 − 16.22%) = 18.50; 20 ÷ (1 − 43.66%) = 35.50.
        // 18.50 + 35.50 = 54.00: the parts' implied priors agree with the whole's within the rates' rounding.
        let results = try check("""
          - id: total
            subject: 三公经费
            amount: 35.5
            growth: 下降34.26%
            items:
              - {subject: 公务接待费, amount: 15.5, growth: 下降16.22%}
              - {subject: 公务用车运行维护费, amount: 20, growth: 下降43.66%}
        """)
        let prior = try #require(results.first { $0.id == "statement.items-sum.prior[total]" })
        #expect(prior.verdict == .rounding || prior.verdict == .ok)
    }

    @Test func theSameQuantityStatedTwice() throws {
        let results = try check("""
          - {id: t05, subject: 基本支出, amount: 1435.88, section: 公开05表}
          - {id: annex, subject: 基本支出, amount: 1435.87, section: 自评报告}
          - {id: a, subject: 公务用车运行维护费, amount: 4.91, change: 0.88, growth: 21.84%, counts: {接待人次: 99}}
          - {id: b, subject: 公务用车运行维护费, amount: 4.91, change: 0.88, growth: 21.87%, counts: {接待人次: 160}}
        """)
        // [1435.875, 1435.885] and [1435.865, 1435.875] touch.
        #expect(verdict(results, "statement.same-quantity.amount[annex]") == .rounding)
        // 0.88 ÷ 4.03 = 21.836%: 21.84% is right, 21.87% is not; but 0.885 ÷ 4.025 = 21.99% and 0.875 ÷ 4.035 =
        // 21.69%, so both printed rates lie in what the rounded inputs allow.
        let growth = try #require(results.first { $0.id == "statement.same-quantity.growth[b]" })
        #expect(growth.verdict == .rounding)
        #expect(growth.explanation.contains("两次取舍"))
        // Counts are exact: 160 ≠ 99.
        #expect(verdict(results, "statement.same-quantity.counts.接待人次[b]") == .mismatch)
    }

    @Test func partsOfDifferentWholesAreDifferentQuantities() throws {
        let results = try check("""
          - {id: basic, subject: 基本支出, amount: 100, items: [{id: g1, subject: 商品和服务支出, amount: 20}]}
          - {id: project, subject: 项目支出, amount: 50, items: [{id: g2, subject: 商品和服务支出, amount: 30}]}
          - {id: again, subject: 基本支出, amount: 100, items: [{id: g3, subject: 商品和服务支出, amount: 20}]}
        """)
        // 20 (基本支出's) and 30 (项目支出's) are not one quantity: no comparison between g1 and g2.
        #expect(verdict(results, "statement.same-quantity.amount[g2]") == nil)
        // The 基本支出 stated again carries the same part: 20 = 20.
        #expect(verdict(results, "statement.same-quantity.amount[g3]") == .ok)
    }

    @Test func statementsLinkedBySameAsStateOneQuantity() throws {
        let results = try check("""
          - {id: s06-public, subject: 公用经费, amount: 124.40}
          - {id: annex-public, subject: 机关运行经费, amount: 124.4, same_as: [s06-public]}
          - {id: daily, subject: 日常公用经费, amount: 130, same_as: [机关运行经费]}
          - {id: first, subject: 会议费, amount: 5, same_as: [second]}
          - {id: second, subject: 会议开支, amount: 5}
        """)
        // Linked by the earlier statement's id: 124.4 = 124.40.
        #expect(verdict(results, "statement.same-quantity.amount[annex-public]") == .ok)
        // Linked by the earlier statement's subject, and compared with it rather than with 公用经费: 130 ≠ 124.4.
        let daily = try #require(results.first { $0.id == "statement.same-quantity.amount[daily]" })
        #expect(daily.verdict == .mismatch)
        #expect(daily.inputs.map(\.shown) == ["124.4"])
        // The earlier statement names the later one: 5 = 5.
        #expect(verdict(results, "statement.same-quantity.amount[second]") == .ok)
        #expect(verdict(results, "statement.same-quantity.amount[s06-public]") == nil)
    }

    @Test func theFirstEarlierStatementWinsWhetherLinkedOrNamedAlike() throws {
        let results = try check("""
          - {id: a, subject: 培训费, amount: 10}
          - {id: b, subject: 培训支出, amount: 11}
          - {id: c, subject: 培训支出, amount: 10, same_as: [a]}
          - {id: d, subject: 差旅费, amount: 3}
          - {id: e, subject: 差旅费, amount: 4}
          - {id: f, subject: 出差支出, amount: 3, same_as: [e]}
        """)
        // c states 培训支出 like b, but is linked to a, written before b: 10 = 10, not 10 ≠ 11.
        #expect(verdict(results, "statement.same-quantity.amount[c]") == .ok)
        #expect(verdict(results, "statement.same-quantity.amount[b]") == nil)
        // e is compared with d (4 ≠ 3); f is linked to e only, so it is compared with e: 3 ≠ 4.
        #expect(verdict(results, "statement.same-quantity.amount[e]") == .mismatch)
        #expect(verdict(results, "statement.same-quantity.amount[f]") == .mismatch)
    }

    @Test func aWrongPrintedPriorDoesNotHideTheEarlierStatementsEnvelope() throws {
        // The seed's 自评: “去年同期” 4.91 copied from this year, then 增加0.88, 增加21.87%. Its own inputs give
        // (4.91 − 4.91) ÷ 4.91 = 0%, so the change and the rate are errors; but against 说明七's 21.84% the two
        // rates both lie in what 说明七's own inputs allow, 0.875 ÷ 4.04 = 21.658% to 0.885 ÷ 4.02 = 22.015%.
        let results = try check("""
          - {id: a, subject: 公务用车运行维护费, amount: 4.91, change: 增加0.88, growth: 增长21.84%}
          - {id: b, subject: 公务用车运行维护费, amount: 4.91, prior: 4.91, change: 增加0.88, growth: 增加21.87%}
        """)
        #expect(verdict(results, "statement.change[b]") == .mismatch)
        #expect(verdict(results, "statement.growth[b]") == .mismatch)
        #expect(verdict(results, "statement.same-quantity.growth[b]") == .rounding)
    }

    @Test func aRubricCanLeaveStatementChecksToAnother() throws {
        let submission = """
            department: 测试局
            year: 2023
            statements:
              - {subject: 三公经费, amount: 9.75, budget: 9.78, completion_rate: 99.69%}
            """
        func rubric(_ extra: String) -> String {
            "id: r\ntitle: 规则\ntotal: 1\n\(extra)groups: [{id: g, name: 组, indicators: [{id: A, name: 甲, points: 1, method: manual}]}]\n"
        }
        // 9.75 ÷ 9.78 = 99.693…% → 99.69%: checked under a rubric by default …
        let checked = try score(rubric: rubric(""), submission: submission)
        #expect(checked.checks.map(\.id) == ["statement.completion[三公经费]"])
        // … and not under one that says `statement_checks: false`, which then says nothing about coverage.
        let unchecked = try score(rubric: rubric("statement_checks: false\n"), submission: submission)
        #expect(unchecked.checks.isEmpty)
        #expect(unchecked.rubric.checksFigures == false)
    }
}
