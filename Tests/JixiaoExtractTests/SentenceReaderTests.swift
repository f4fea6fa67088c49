@testable import JixiaoExtract
import Testing

/// Sentences as real pages write them, read into statements: the roles of figures, direction words, lists and
/// what is left unread.
@Suite("句子识别")
struct SentenceReaderTests {
    private func extract(_ lines: [String]) -> Extraction {
        Extraction(DocumentText(name: "t.txt", lines: lines, format: "测试"))
    }

    @Test func budgetAmountCompletionChangeGrowth() throws {
        let e = extract(["某局2022年度“三公”经费决算情况说明",
                         "一般公共预算财政拨款“三公”经费支出年初预算为27,080元,支出决算为26,085.58元,完成年初预算的96.33%,比上年减少18,987.42元,下降42.13%。"])
        let s = try #require(e.statements.first)
        #expect(s.subject == "“三公”经费")
        #expect(s.figures[.budget]?.printed == "27,080元")
        #expect(s.budgetKind == "年初预算")
        #expect(s.figures[.amount]?.printed == "26,085.58元")
        #expect(s.figures[.completionRate]?.printed == "96.33%")
        #expect(s.figures[.change]?.printed == "减少18,987.42元")
        #expect(s.figures[.growth]?.printed == "下降42.13%")
        #expect(s.line == 2)
        #expect(e.year == 2022)
        #expect(e.department == "某局")
        #expect(e.notUnderstood.isEmpty)
    }

    @Test func itemListUnderQizhong() throws {
        let e = extract(["2023年度支出合计1717.31万元，其中：基本支出1435.88万元，占83.61%；项目支出281.43万元，占16.39%。"])
        let total = try #require(e.statements.first { $0.subject == "支出合计" })
        #expect(total.items.count == 2)
        // 基本支出 + 项目支出 is the whole of 支出合计: the sum must equal it, not only stay below
        #expect(!total.partialItems)
        let basic = try #require(e.statements.first { $0.subject == "基本支出" })
        #expect(basic.shareOf == total.id)
        #expect(basic.figures[.share]?.printed == "83.61%")
    }

    @Test func levelWordsAndYearComparisons() throws {
        let e = extract(["因公出国（境）费支出决算为0.00万元，与上年相比持平。",
                         "公务接待费较2022年增加1.73万元，增长432.50%。"])
        #expect(e.statements.first { $0.subject == "因公出国（境）费" }?.figures[.change]?.printed == "持平")
        #expect(e.statements.first { $0.subject == "公务接待费" }?.figures[.growth]?.printed == "增长432.50%")
    }

    @Test func priorYearSentence() throws {
        let e = extract(["去年同期因公出国（境）费决算数为0万元，公车运行维护费决算数4.91万元。"])
        #expect(e.statements.first { $0.subject == "公务用车运行维护费" }?.figures[.prior]?.printed == "4.91万元")
    }

    @Test func versusBudget() throws {
        let e = extract(["“三公”经费支出9.75万元,较预算数增加(减少)0.03万元,(下降)0.3%。"])
        let s = try #require(e.statements.first)
        #expect(s.figures[.vsBudget]?.printed == "增加(减少)0.03万元")
        #expect(s.figures[.vsBudgetRate]?.printed == "(下降)0.3%")
    }

    @Test func unreadableWordsAreReportedNotGuessed() throws {
        // 比上年少9.5万元: “少” is no direction word the statement format reads; the figure is listed, not bound
        let e = extract(["“三公”经费支出9.75万元，公务接待费比上年少9.5万元。"])
        #expect(e.notUnderstood.map(\.printed) == ["9.5万元"])
        #expect(e.summary.contains("识别数字 2 个，其中 1 个（50.0%）"))
        #expect(e.summary.contains("第 1 行 “9.5万元”"))
    }

    @Test func sentenceWithNoKnownLineIsReported() throws {
        // no budget line, no role word: both numbers are listed and the sentence is reported whole
        let e = extract(["辖区土地面积12.5平方公里，常住人口3.4万。"])
        #expect(e.notUnderstood.count == 2)
        #expect(!e.notUnderstood.isEmpty)
        #expect(e.unparsedSentences.count == 1)
    }

    @Test func aTitleWithoutYearTakesTheReportedYearMarkedForChecking() throws {
        // 2021年度 twice, 2020年度 once (the comparison): the page reports on 2021
        let e = extract(["一、部门基本情况", "2021年度收入总计100.00万元，较2020年度减少5.00万元。", "2021年度支出总计100.00万元。"])
        #expect(e.year == 2021)
        #expect(e.department == nil)
        let yaml = SubmissionWriter(e).write().yaml
        #expect(yaml.contains("year: 2021   # 待核实"))
        #expect(yaml.contains("department: \"待填写：部门名称\""))
    }

    @Test func writtenSubmissionKeepsEveryFigureAsPrinted() throws {
        let e = extract(["某局2023年度部门决算", "公务接待费预算为1万元,支出决算为0.53万元,完成预算的47%。"])
        let out = SubmissionWriter(e).write()
        #expect(out.yaml.contains("budget: \"1万元\""))
        #expect(out.yaml.contains("completion_rate: \"47%\""))
        #expect(out.yaml.contains("line: 2"))
        #expect(out.yaml.contains("# 识别数字 3 个，其中 3 个（100.0%）"))
        // the YAML line of each figure points back at the document
        #expect(out.places.values.contains { $0.line == 2 })
    }
}
