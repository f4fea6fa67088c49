import Foundation
import JixiaoEngine
import JixiaoExtract
import Testing

/// Real pages of ../shared/corpus/dev read by the extractor and checked, as `jixiao check PAGE` does. Every
/// expected verdict was worked out by hand from the page (arithmetic beside it; Tests/Corpus/EXPECTED.md holds the
/// same pages encoded by hand). Where the extractor does not read a relation the hand encoding has, the test says
/// nothing about it (see docs/extract.md, “Limits”).
@Suite("真实页面：提取后核对", .enabled(if: SharedCorpus.available, SharedCorpus.skipReason))
struct CorpusExtractionTests {
    @Test func shouxianWenwu2023CompletionAndSwappedShares() throws {
        let (_, checks) = try SharedCorpus.check(try SharedCorpus.page("05_"))
        // 1.71 ÷ 3 = 57 %, printed “完成预算的43%” (43 % is the unspent 1.29 ÷ 3)
        #expect(checks.verdicts("completion", "“三公”经费") == [.mismatch])
        // 0.53 ÷ 1 = 53 % (the budget “1” read as [0.995, 1.005]), printed 47 %
        #expect(checks.verdicts("completion", "公务接待费") == [.mismatch])
        // 0.53 ÷ 1.71 = 30.99 % printed 69 %, and 1.18 ÷ 1.71 = 69.01 % printed 31 %: the shares are swapped
        #expect(checks.verdicts("share", "公务接待费") == [.mismatch])
        #expect(checks.verdicts("share", "公务用车购置及运行维护费") == [.mismatch])
        // implied prior 1.71 + 1.29 = 3.00; 1.29 ÷ 3.00 = 43 %
        #expect(checks.verdicts("growth", "“三公”经费") == [.ok])
        #expect(checks.mismatches.count == 4)
    }

    @Test func hefeiLibrary2021() throws {
        let (_, checks) = try SharedCorpus.check(try SharedCorpus.page("02_"))
        // 1.75 ÷ 3.05 = 57.377 % → 57.38 %
        #expect(checks.verdicts("completion", "“三公”经费") == [.ok])
        // 0.39 ÷ 1.75 = 22.29 % vs 22.14 %: [0.385 ÷ 1.755, 0.395 ÷ 1.745] = [21.94 %, 22.64 %] holds it
        #expect(checks.verdicts("share", "公务接待费") == [.rounding])
        // 1.37 ÷ 1.75 = 78.29 % vs 77.86 %: [77.78 %, 78.80 %]
        #expect(checks.verdicts("share", "公务用车购置及运行维护费") == [.rounding])
        #expect(checks.mismatches.isEmpty)
    }

    @Test func xundianWenlvju2022InYuan() throws {
        let (extraction, checks) = try SharedCorpus.check(try SharedCorpus.page("03_"))
        #expect(extraction.unit == "元")
        // 26,085.58 ÷ 27,080 = 96.328 % → 96.33 %
        #expect(checks.verdicts("completion", "“三公”经费") == [.ok])
        // implied prior 26,085.58 + 18,987.42 = 45,073; 18,987.42 ÷ 45,073 = 42.126 % → 42.13 %
        #expect(checks.verdicts("growth", "“三公”经费") == [.ok])
        // 0 + 0 + 23,005.58 + 3,080 = 26,085.58 (the four parts, complete)
        #expect(checks.verdicts("items-sum", "“三公”经费") == [.ok])
        // 3,080 ÷ 26,085.58 = 11.807 % → 11.81 %
        #expect(checks.verdicts("share", "公务接待费") == [.ok])
        #expect(checks.mismatches.isEmpty)
    }

    @Test func luanGongshanglian2021() throws {
        let (_, checks) = try SharedCorpus.check(try SharedCorpus.page("04_"))
        #expect(checks.mismatches.isEmpty)
        #expect(!checks.verdicts("completion", "“三公”经费").isEmpty)
    }

    @Test func tongliangAnjuzhen2021Growth() throws {
        let (_, checks) = try SharedCorpus.check(try SharedCorpus.page("06_"))
        // 9.07, 较上年减少0.71: implied prior 9.78; 0.71 ÷ 9.78 = 7.26 %, printed 下降7.83%
        #expect(checks.verdicts("growth", "“三公”经费") == [.mismatch])
        // 9.07 − 20 = −10.93 (较年初预算数减少10.93万元); 10.93 ÷ 20 = 54.65 %
        #expect(checks.verdicts("vs-budget", "“三公”经费") == [.ok])
        #expect(checks.verdicts("vs-budget-rate", "“三公”经费") == [.ok])
        #expect(checks.mismatches.count == 1)
    }

    @Test func xuzhenzhen2020PriorBudgetAndPriorActual() throws {
        let (_, checks) = try SharedCorpus.check(try SharedCorpus.page("07_"))
        // 15.5 + 20 = 35.5
        #expect(checks.verdicts("items-sum", "“三公”经费") == [.ok])
        // 比上年预算数字 and 比上年决算数字 are two quantities: never compared with each other
        #expect(checks.mismatches.isEmpty)
    }

    @Test func hlx2020Changes() throws {
        let (_, checks) = try SharedCorpus.check(try SharedCorpus.page("08_"))
        // 431 − 433 = −2; 2 ÷ 433 = 0.4619 % → 0.46 %
        #expect(checks.verdicts("change", "“三公”经费") == [.ok])
        #expect(checks.verdicts("growth", "“三公”经费") == [.ok])
        // 251 − 285 = −34; 34 ÷ 285 = 11.93 % → 12 %
        #expect(checks.verdicts("change", "公务用车购置及运行维护费") == [.ok])
        #expect(checks.verdicts("growth", "公务用车购置及运行维护费") == [.ok])
        #expect(checks.mismatches.isEmpty)
    }

    @Test func kaizhouDajinzhen2024() throws {
        let (_, checks) = try SharedCorpus.check(try SharedCorpus.page("11_"))
        #expect(checks.verdicts("growth", "支出总计") == [.ok])
        #expect(checks.mismatches.isEmpty)
    }

    @Test func qijiangGonglu2023ReasonFiguresAreNotTheTotal() throws {
        let (extraction, checks) = try SharedCorpus.check(try SharedCorpus.page("12_"))
        // 收入合计 增长22.46%: checked over the implied prior; the figures of the reason given after it
        // (上年年初结转资金1475.63万元 …) are not read as the total's
        #expect(checks.verdicts("growth", "收入合计") == [.ok])
        #expect(checks.mismatches.isEmpty)
        #expect(extraction.notUnderstood.contains { $0.printed.hasPrefix("1475.63") })
    }

    @Test func tongliangXinfangban2020() throws {
        let (_, checks) = try SharedCorpus.check(try SharedCorpus.page("13_"))
        // 支出总计 1315.18, 减少135.91: implied prior 1451.09; 135.91 ÷ 1451.09 = 9.366 % → 9.4 %, printed 9.3 %
        #expect(checks.verdicts("growth", "支出总计") == [.mismatch])
        // 收入合计 1314.00, 减少132.34: implied prior 1446.34; 132.34 ÷ 1446.34 = 9.14999 % → 9.1 %
        #expect(checks.verdicts("growth", "收入合计") == [.ok])
        #expect(checks.verdicts("share", "财政拨款收入") == [.ok])
    }

    @Test func zhongxianZhengxie2021() throws {
        let (_, checks) = try SharedCorpus.check(try SharedCorpus.page("14_"))
        #expect(checks.verdicts("growth", "支出总计") == [.ok])
        #expect(checks.mismatches.isEmpty)
    }

    @Test func lixianYoueryuan2017WholeInsideShare() throws {
        let (_, checks) = try SharedCorpus.check(try SharedCorpus.page("16_"))
        // “占本年财政拨款支出488.80万元的0%”: 488.80 is the whole's amount, not the line's
        #expect(checks.mismatches.isEmpty)
        #expect(checks.verdicts("share", "财政拨款收入") == [.ok])
    }

    @Test func xxquYoueryuan2017() throws {
        let (_, checks) = try SharedCorpus.check(try SharedCorpus.page("17_"))
        // 收入合计 and 支出合计: 252.5 − 231.5 = 21, 增加21万元 as printed
        #expect(checks.verdicts("change", "收入合计") == [.ok])
        #expect(checks.verdicts("change", "支出合计") == [.ok])
        // 其中:基本支出252.5 / 元 (the unit printed on the next line is 元, not 万元): 2,525 元 − 231.5 万元 is a
        // decrease of 231.47 万元, not 增加21万元, and its 增加 points the wrong way
        #expect(checks.verdicts("change", "基本支出") == [.mismatch])
        #expect(checks.verdicts("direction.change", "基本支出") == [.mismatch])
        #expect(checks.mismatches.count == 2)
    }

    @Test func wuzhouBudget2023() throws {
        let (extraction, checks) = try SharedCorpus.check(try SharedCorpus.page("19_"))
        #expect(extraction.budgetPage)
        // 716,052.51 + 165,247.88 = 881,300.39
        #expect(checks.verdicts("items-sum", "基本支出").contains(.ok))
        // 六: 911,000.39 vs 809,961.19 + 71,339.2 = 881,300.39 (911,000.39 is the whole 一般公共预算)
        #expect(checks.verdicts("items-sum", "基本支出").contains(.mismatch))
        #expect(checks.verdicts("same-quantity.amount", "基本支出") == [.mismatch])
        // the two 商品和服务支出 are told apart: of 基本支出, 165,247.88 ÷ 881,300.39 = 18.75046 % → 18.75 %, printed
        // 18.76 % (the share is printed on the line after its 占); of 项目支出, 29,700 ÷ 29,700 = 100 %
        #expect(checks.verdicts("share", "商品和服务支出") == [.mismatch, .ok])
        // 716,052.51 ÷ 881,300.39 = 81.2495 % → 81.25 %
        #expect(checks.verdicts("share", "工资福利支出") == [.ok])
        #expect(checks.mismatches.count == 3)
    }

    @Test func wuzhouBudget2025() throws {
        let (_, checks) = try SharedCorpus.check(try SharedCorpus.page("20_"))
        #expect(checks.verdicts("growth", "传媒支出") == [.mismatch])
        #expect(checks.verdicts("growth", "社会保障和就业支出") == [.mismatch])
        #expect(checks.verdicts("growth", "卫生健康支出") == [.ok])
        #expect(checks.mismatches.count == 2)
    }
}

@Suite("种子文档：提取后核对", .enabled(if: SharedCorpus.available, SharedCorpus.skipReason))
struct SeedDocumentTests {
    @Test func theSixRealErrorsAndNoFalseOne() throws {
        let (_, checks) = try SharedCorpus.check(SharedCorpus.seed)
        // 281.43 ÷ 572.97 = 49.12 %, printed 48.53 %
        #expect(checks.verdicts("completion", "信访事务") == [.mismatch])
        // 去年同期 1432.02 vs 1318.12 + 113.82 = 1431.94
        #expect(checks.verdicts("items-sum.prior", "基本支出") == [.mismatch])
        // 去年同期 三公 figures copied from this year: 4.91 − 4.91 = 0 ≠ 增加0.88, 2.13 − 2.13 = 0 ≠ 增加1.73
        #expect(checks.verdicts("change", "公务用车运行维护费").contains(.mismatch))
        #expect(checks.verdicts("change", "公务接待费").contains(.mismatch))
        // 来宾99人次 (说明) vs 接待人数160人 (自评)
        #expect(checks.verdicts("same-quantity.counts.人次", "公务接待费") == [.mismatch])
        // 21.84 % vs 21.87 % and 432.50 % vs 435.11 %: the same growth printed twice differently
        #expect(checks.verdicts("same-quantity.growth", "公务用车运行维护费").allSatisfy { $0 != .ok })
        #expect(checks.verdicts("same-quantity.growth", "公务接待费").allSatisfy { $0 != .ok })
        #expect(!checks.verdicts("same-quantity.growth", "公务接待费").isEmpty)
        // “…主要原因是：厉行节约，支出不超预算，与上年相比增加 2.61 万元，增长 58.92%”: the comparison after the reason is
        // the 三公 total's: implied prior 7.04 − 2.61 = 4.43, 2.61 ÷ 4.43 = 58.916 % → 58.92 %; and its parts' changes
        // 0 + 1.73 + 0 + 0.88 = 2.61
        #expect(checks.verdicts("growth", "“三公”经费") == [.ok])
        #expect(checks.verdicts("items-sum.change", "“三公”经费") == [.ok])
        // Nothing else is called an error.
        let subjects = Set(checks.mismatches.map { String($0.name.prefix { $0 != " " }) })
        #expect(subjects.isSubset(of: ["信访事务", "基本支出", "公务用车运行维护费", "公务接待费"]))
    }

    @Test func bindsAtLeastNinetyPercentOfTheExplanationAndSelfAssessment() throws {
        let (extraction, _) = try SharedCorpus.check(SharedCorpus.seed)
        // 第三部分 (the explanations) starts on the line that says only “第三部分”; the self-assessment follows.
        let start = try #require(extraction.document.lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "第三部分" }) + 1
        let records = extraction.records.filter { $0.line >= start }
        let bound = records.filter(\.isBound).count
        #expect(records.count > 100)
        #expect(bound * 10 >= records.count * 9, "已归入 \(bound) / \(records.count)")
        #expect(extraction.department == "长沙市信访局")
        #expect(extraction.year == 2023)
    }
}

@Suite("CI 中必须有 ../shared")
struct SharedCorpusPresenceTests {
    @Test func sharedIsPresentWhenRunningInCI() {
        let inCI = ProcessInfo.processInfo.environment["CI"] != nil
        #expect(!inCI || SharedCorpus.available, "CI 环境中缺少 ../shared，真实页面测试无法运行")
    }
}
