@testable import JixiaoExtract
import Foundation
import JixiaoEngine
import Testing

/// The standard 公开 tables read from tab-separated rows, into the fact names the rubrics use.
@Suite("公开表识别")
struct TableReaderTests {
    private func yaml(_ lines: [String]) -> String {
        SubmissionWriter(Extraction(DocumentText(name: "t.txt", lines: lines, format: "测试"))).write().yaml
    }

    /// A 公开05表 as a site prints it: title, mark, header rows, 栏次, 合计 and coded rows.
    static let table05 = [
        "某局2023年度部门决算", "一般公共预算财政拨款支出决算表", "公开 05 表", "单位：万元",
        "项目\t\t本年支出\t\t", "科目代码\t科目名称\t小计\t基本支出\t项目支出", "栏次\t\t1\t2\t3",
        "合计\t\t1,717.31\t1,435.88\t281.43", "2010301\t行政运行\t1,435.88\t1,435.88\t0.00",
        "2010308\t信访事务\t281.43\t0.00\t281.43", "注：本表反映部门本年度一般公共预算财政拨款支出情况。",
    ]

    @Test func codedRowsWithColumnsAndColumnNumbers() {
        let text = yaml(Self.table05)
        #expect(text.contains("  t05:"))
        #expect(text.contains("column_numbers: \"1 2 3\""))
        #expect(text.contains("total: {total: \"1,717.31\", basic: \"1,435.88\", project: \"281.43\"}"))
        #expect(text.contains("- {code: \"2010308\", name: \"信访事务\", total: \"281.43\", basic: \"0.00\", project: \"281.43\"}"))
        // every number of the table is a table cell; 栏次 included
        #expect(text.contains("# 识别数字 12 个，其中 12 个（100.0%）"))
    }

    @Test func aTableLaidOutOtherwiseSaysWhereItStopped() {
        var lines = Self.table05
        lines.insert("2010399\t其他\t5.00", at: 8)
        let text = yaml(lines)
        #expect(text.contains("# 公开05表 读到第 9 行为止：这一行有 1 个数字，本表应为 3 栏"))
        #expect(!text.contains("信访事务"))
    }

    @Test func sangongTableBudgetAndActual() {
        let text = yaml(["财政拨款“三公”经费支出决算表", "公开 09 表", "预算数\t\t\t\t\t\t决算数",
                         "1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12",
                         "9.13\t0.00\t7.00\t0.00\t7.00\t2.13\t7.04\t0.00\t4.91\t0.00\t4.91\t2.13"])
        #expect(text.contains("actual: {total: \"7.04\", abroad: \"0.00\", vehicles: \"4.91\", vehicle_purchase: \"0.00\", vehicle_operation: \"4.91\", reception: \"2.13\"}"))
        #expect(text.contains("budget: {total: \"9.13\""))
    }

    @Test(.enabled(if: SharedCorpus.available, SharedCorpus.skipReason))
    func theSeedsTablesGoWhereTheRubricReadsThem() throws {
        let extraction = Extraction(try DocumentLoader.load(path: SharedCorpus.seed))
        #expect(Set(extraction.tables.map(\.key)) == ["t01", "t02", "t03", "t04", "t05", "t06", "t07", "t08", "t09"])
        let yaml = SubmissionWriter(extraction).write().yaml
        // 公开01表 本年收入合计 行27 = 1,717.31; 公开09表 决算 公务接待费 2.13 (read off the page)
        #expect(yaml.contains("total: \"1,717.31\", use_non_fiscal_balance: \"0.00\""))
        #expect(yaml.contains("reception: \"2.13\"}"))
        // 公开04表 本年支出合计 行59: 1,717.31 in 合计 and in 一般公共预算财政拨款; 公开06表 人员经费合计 1,311.48, 公用经费合计 124.40
        #expect(yaml.contains("total: {total: \"1,717.31\", general_budget: \"1,717.31\", gov_fund: \"0.00\", state_capital: \"0.00\"}"))
        #expect(yaml.contains("total: \"1,311.48\""))
        #expect(yaml.contains("total: \"124.40\""))
        #expect(!yaml.contains("读到第"))
    }
}

@Suite("公开表：核对")
struct TableCheckTests {
    @Test(.enabled(if: SharedCorpus.available, SharedCorpus.skipReason))
    func everyTableIdentityOfTheSeedFindsItsFigures() throws {
        let extraction = Extraction(try DocumentLoader.load(path: SharedCorpus.seed))
        let yaml = SubmissionWriter(extraction).write().yaml
        let scorer = SubmissionScorer(catalog: RubricCatalog(searchDirectories: [SharedCorpus.repositoryRoot.appendingPathComponent("rubrics").path]))
        let result = try scorer.score(bytes: Array(yaml.utf8), file: "seed.txt", rubrics: [Rubric.checksOnlyId])
        let tableChecks = result.results.flatMap(\.checks).filter { $0.name.contains("表") && !$0.id.hasPrefix("statement.") }
        #expect(tableChecks.count > 30)
        // every identity between the nine tables finds its figures, and none fails. 06's two 合计 are one cent off the
        // half-sum of their class and item rows: 303's items add to 116.96 against its 116.95, so (1,311.48 + 1,311.49)
        // ÷ 2 = 1,311.485; 公用经费's items 16.00 + 4.31 + 5.07 + 5.00 + 94.03 = 124.41 against 124.40: rounding
        #expect(!tableChecks.contains { $0.verdict == .insufficientData })
        #expect(!tableChecks.contains { $0.verdict == .mismatch })
        #expect(tableChecks.filter { $0.verdict == .rounding }.count == 2)
    }
}
