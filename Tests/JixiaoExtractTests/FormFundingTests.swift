import JixiaoEngine
@testable import JixiaoExtract
import Testing

/// The funding block of a 项目支出绩效自评表 given as table rows (as a .docx, .xlsx or HTML form is read).
@Suite("绩效自评表资金情况")
struct FormFundingTests {
    static func form(rate: String) -> [String] {
        ["某校2019年度项目支出绩效自评表", "项目名称\t办公楼改造经费",
         "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
         "\t年度资金总额\t43.2\t43.2\t37.24\t10\t\(rate)\t9",
         "\t其中：当年财政拨款\t43.2\t43.2\t37.24\t—\t\(rate)\t—"]
    }

    private func check(_ lines: [String]) throws -> (Extraction, [CheckResult]) {
        let extraction = Extraction(DocumentText(name: "form.txt", lines: lines, format: "测试"))
        let yaml = SubmissionWriter(extraction).write().yaml
        let submission = try SubmissionLoader().load(bytes: Array(yaml.utf8), file: "form.yaml")
        return (extraction, StatementChecker().check(submission.statements))
    }

    @Test func executionRateAgainstTheFullYearBudget() throws {
        let (extraction, checks) = try check(Self.form(rate: "86%"))
        // 37.24 ÷ 43.2 = 86.20 % → 86 %
        #expect(checks.verdicts("completion", "年度资金总额") == [.ok])
        #expect(checks.verdicts("completion", "当年财政拨款") == [.ok])
        // every figure of the block is bound: 6 on the total row, 4 on the 其中 row
        #expect(extraction.records.count == 10)
        #expect(extraction.notUnderstood.isEmpty)
        let total = try #require(extraction.statements.first { $0.subject == "年度资金总额" && $0.scope == nil })
        #expect(total.budgetKind == "全年预算")
        #expect(total.counts.map(\.name) == ["分值", "得分"])
    }

    @Test func aWrongRateIsFound() throws {
        let (_, checks) = try check(Self.form(rate: "96%"))
        // 86.20 % printed 96 %
        #expect(checks.verdicts("completion", "年度资金总额") == [.mismatch])
    }
}
