import Foundation
import JixiaoEngine
import JixiaoExpression
@testable import JixiaoExtract
import Testing

/// Self-assessment forms read from table rows into `forms:` (docs/extract.md, “自评表”): an HTML page, a Word file
/// and an Excel sheet written here, each with merged cells, their own order of funding columns, 元 or 万元, and one
/// 部门整体 form. Each expected row is the table as the fixture prints it; each score is worked out by hand.
@Suite("自评表读取")
struct FormExtractionTests {
    private func value(_ text: String) -> Rational? { Rational(decimalText: text) }

    private func rubricResults(_ yaml: String, _ name: String) throws -> [RubricResult] {
        try FormFixtures.score(yaml, name: name).results.filter { $0.rubric.id == "project-self-assessment-100" }
    }

    // MARK: HTML: rowspan/colspan, 元, funding columns in another order and without 年初预算数

    static let html = """
    <html><body><h2>项目支出绩效自评表</h2><p>（2023年度）</p>
    <table>
    <tr><td>项目名称</td><td colspan="8">乡村学校图书配送项目</td></tr>
    <tr><td>主管部门</td><td colspan="3">某县教育局</td><td>实施单位</td><td colspan="4">某县图书馆</td></tr>
    <tr><td rowspan="3">项目资金（元）</td><td></td><td>全年执行数</td><td>全年预算数</td><td>执行率</td><td>分值</td><td>得分</td></tr>
    <tr><td>年度资金总额</td><td>180,000</td><td>200,000</td><td>90%</td><td>10</td><td>9</td></tr>
    <tr><td>其中：当年财政拨款</td><td>180,000</td><td>200,000</td><td>90%</td><td>—</td><td>—</td></tr>
    <tr><td rowspan="6">绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td><td>偏差原因分析及改进措施</td></tr>
    <tr><td rowspan="3">产出指标</td><td rowspan="2">数量指标</td><td>配送图书册数</td><td>≥5000册</td><td>4500册</td><td>30</td><td>27</td><td>部分学校未完成验收</td></tr>
    <tr><td>覆盖学校数</td><td>20所</td><td>20所</td><td>10</td><td>10</td><td></td></tr>
    <tr><td>时效指标</td><td>完成时间</td><td>按期完成</td><td>按期完成</td><td>10</td><td>10</td><td></td></tr>
    <tr><td>效益指标</td><td>社会效益指标</td><td>学生阅读量提升</td><td>显著提升</td><td>显著提升</td><td>30</td><td>30</td><td></td></tr>
    <tr><td>满意度指标</td><td>服务对象满意度指标</td><td>师生满意度</td><td>≥90%</td><td>95%</td><td>10</td><td>10</td><td></td></tr>
    <tr><td colspan="6">总分</td><td>100</td><td>96</td><td></td></tr>
    <tr><td>自评等级</td><td colspan="8">优</td></tr>
    <tr><td>存在问题</td><td colspan="8">2所学校验收滞后</td></tr>
    </table></body></html>
    """

    @Test func htmlFormWithMergedCellsAndReorderedFundingColumns() throws {
        let (extraction, yaml, submission) = try FormFixtures.extract(text: Self.html, name: "自评表.html")
        #expect(submission.rubrics == ["project-self-assessment-100"])
        let form = try #require(submission.forms.first)
        #expect(submission.forms.count == 1)
        #expect(form.name == "乡村学校图书配送项目")
        #expect(form.kind == "项目")
        // 项目资金（元）: the form's amounts are in 元
        #expect(yaml.contains("    unit: 元"))
        // 全年执行数 printed before 全年预算数, no 年初预算数: each figure under its own header word
        #expect(form.funding?.printed == [nil, "200,000", "180,000", "10", "90%", "9"])
        // the merged 产出指标 (three rows) and 数量指标 (two rows) carried down
        #expect(form.rows.map(\.printed) == [
            ["产出指标", "数量指标", "配送图书册数", "30", "≥5000册", "4500册", "27", "部分学校未完成验收"],
            ["产出指标", "数量指标", "覆盖学校数", "10", "20所", "20所", "10", nil],
            ["产出指标", "时效指标", "完成时间", "10", "按期完成", "按期完成", "10", nil],
            ["效益指标", "社会效益指标", "学生阅读量提升", "30", "显著提升", "显著提升", "30", nil],
            ["满意度指标", "服务对象满意度指标", "师生满意度", "10", "≥90%", "95%", "10", nil],
        ])
        // 总分 is the figure under 得分 (96), not the 分值 sum beside it (100)
        #expect(form.total?.printed == "96")
        #expect(form.grade == "优")
        // the title gives no department: 实施单位
        #expect(submission.department == "某县图书馆")
        // every row's line is the document line that prints it
        for row in form.rows {
            let line = try #require(row.line)
            #expect(extraction.document.lines[line - 1].contains(row.name))
        }
        // the 其中 row and the 分值 sum are reported with why, not dropped
        let unread = extraction.notUnderstood.map { ($0.printed, $0.outcome) }
        #expect(unread.filter { if case .notUnderstood(let why) = $0.1 { return why.contains("资金来源明细") }; return false }.map(\.0)
            == ["180,000", "200,000", "90%"])
        #expect(unread.contains { $0.0 == "100" })
        // the 存在问题 box below the rows is the form's text, not a row without a name
        #expect(unread.contains { if case .notUnderstood(let why) = $0.1 { return $0.0 == "2所" && why.contains("存在问题") }; return false })
        #expect(extraction.notUnderstood.count == 5)
        #expect(!extraction.forms[0].notes.contains { $0.text.contains("没有三级指标名称") })

        let result = try #require(try rubricResults(yaml, "自评表.html").first)
        // F 180000 ÷ 200000 = 90%, 10 × 90% = 9; R1 30 × 4500 ÷ 5000 = 27; R2, R3, R4, R5 full 10, 10, 30, 10
        #expect(result.indicator("F")?.score == value("9"))
        #expect(result.indicator("R1")?.score == value("27"))
        #expect(result.score == value("96"))
        // every claim equals the rule's score, 分值 sum to 10 + 30 + 10 + 10 + 30 + 10 = 100, 96 → 优
        #expect(result.checks.allSatisfy { $0.verdict == .ok }, "\(result.checks.filter { $0.verdict != .ok }.map(\.explanation))")
    }

    // MARK: Word: vertical merges, spans, 万元, 年初预算数, a header printed over two lines in its cells

    static func word(executionScore: String = "9", total: String = "98") throws -> [UInt8] {
        typealias C = FormFixtures.WordCell
        let rows: [[C]] = [
            [.text("项目名称"), .text("农村饮水安全巩固提升工程", span: 8)],
            [.text("主管部门"), .text("某县水利局", span: 3), .text("实施单位"), .text("某县农村供水站", span: 4)],
            [.mergeStart("项目资金（万元）"), .text(""), .text("年初预算数"), .text("全年预算数"), .text("全年执行数"), .text("分值"),
             .text("执行率"), .text("得分"), .text("")],
            [.merged, .text("年度资金总额"), .text("120"), .text("150"), .text("135"), .text("10"), .text("90%"), .text(executionScore), .text("")],
            [.merged, .text("其中：本年财政拨款"), .text("120"), .text("150"), .text("135"), .text("—"), .text("90%"), .text("—"), .text("")],
            [.mergeStart("年度总体目标"), .text("预期目标", span: 4), .text("实际完成情况", span: 4)],
            [.merged, .text("完成3处供水工程改造", span: 4), .text("完成3处", span: 4)],
            [.mergeStart("绩效指标"), .text("一级指标"), .text("二级指标"), .text("三级指标"), .text("年度\n指标值"), .text("实际\n完成值"),
             .text("分值"), .text("得分"), .text("偏差原因分析及改进措施")],
            [.merged, .mergeStart("产出指标"), .mergeStart("数量指标"), .text("改造供水工程"), .text("3处"), .text("3处"), .text("20"), .text("20"), .text("")],
            [.merged, .merged, .merged, .text("新建管网长度"), .text("≥12公里"), .text("10.5公里"), .text("15"), .text("15"), .text("部分管网因征地延期")],
            [.merged, .merged, .text("质量指标"), .text("工程验收合格率"), .text("100%"), .text("100%"), .text("15"), .text("15"), .text("")],
            [.merged, .mergeStart("效益指标"), .text("社会效益指标"), .text("受益人口"), .text("≥1.2万人"), .text("1.2万人"), .text("20"), .text("20"), .text("")],
            [.merged, .merged, .text("可持续影响指标"), .text("工程运行年限"), .text("≥15年"), .text("15年"), .text("10"), .text("10"), .text("")],
            [.merged, .text("满意度指标"), .text("服务对象满意度指标"), .text("群众满意度"), .text("≥90%"), .text("93%"), .text("10"), .text("9"), .text("")],
            [.text("总分", span: 6), .text("100"), .text(total), .text("")],
        ]
        return try FormFixtures.docx(before: ["项目支出绩效自评表", "（2022年度）"], rows: rows, after: ["填报人：张三"])
    }

    @Test func wordFormWithVerticalMergesAndSpans() throws {
        let (extraction, yaml, submission) = try FormFixtures.extract(try Self.word(), name: "自评表.docx")
        let form = try #require(submission.forms.first)
        #expect(form.name == "农村饮水安全巩固提升工程")
        #expect(yaml.contains("    unit: 万元"))
        #expect(form.funding?.printed == ["120", "150", "135", "10", "90%", "9"])
        #expect(form.rows.map(\.printed) == [
            ["产出指标", "数量指标", "改造供水工程", "20", "3处", "3处", "20", nil],
            ["产出指标", "数量指标", "新建管网长度", "15", "≥12公里", "10.5公里", "15", "部分管网因征地延期"],
            ["产出指标", "质量指标", "工程验收合格率", "15", "100%", "100%", "15", nil],
            ["效益指标", "社会效益指标", "受益人口", "20", "≥1.2万人", "1.2万人", "20", nil],
            ["效益指标", "可持续影响指标", "工程运行年限", "10", "≥15年", "15年", "10", nil],
            ["满意度指标", "服务对象满意度指标", "群众满意度", "10", "≥90%", "93%", "9", nil],
        ])
        #expect(form.total?.printed == "98")
        #expect(form.grade == nil)
        #expect(submission.department == "某县农村供水站")
        // the title is the paragraphs above the table, not its first row
        #expect(extraction.title == "项目支出绩效自评表（2022年度）")
        // 年度总体目标 and the 其中 row are the form's lines, their numbers reported with why
        let reasons = extraction.notUnderstood.compactMap { record -> String? in
            if case .notUnderstood(let why) = record.outcome { return why }
            return nil
        }
        #expect(reasons.contains { $0.contains("年度总体目标") })
        #expect(reasons.contains { $0.contains("资金来源明细") })
        #expect(extraction.statements.isEmpty)

        let result = try #require(try rubricResults(yaml, "自评表.docx").first)
        // R2 ≥12公里, 10.5公里: 15 × 10.5 ÷ 12 = 13.125 → 13.13, claimed 15
        #expect(result.indicator("R2")?.score == value("13.13"))
        #expect(result.checks.first { $0.id == "form.row-score[R2]" }?.verdict == .mismatch)
        // R6 93% ≥ 90%: full 10, claimed 9 (a claim below the rule's score is a mismatch too)
        #expect(result.checks.first { $0.id == "form.row-score[R6]" }?.verdict == .mismatch)
        // 9 + 20 + 13.13 + 15 + 20 + 10 + 10 = 97.13; claims 9 + 20 + 15 + 15 + 20 + 10 + 9 = 98 = 总分
        #expect(result.score == value("97.13"))
        #expect(result.checks.first { $0.id == "form.total" }?.verdict == .ok)
        #expect(result.checks.first { $0.id == "form.execution-rate" }?.verdict == .ok)
    }

    // MARK: Excel: a 部门整体 form, merged cells left out, a percent-formatted 执行率, columns in another order

    @Test func excelWholeDepartmentForm() throws {
        typealias X = FormFixtures.ExcelCell
        let rows: [[X]] = [
            [.text("某县发展和改革局部门整体支出绩效自评表")],
            [.text("（2022年度）")],
            [.text("部门名称"), .text("某县发展和改革局")],
            [.text("年度预算执行情况（元）"), .empty, .text("全年预算数"), .text("年初预算数"), .text("全年执行数"), .text("执行率"), .text("分值"), .text("得分")],
            [.empty, .text("年度资金总额"), .number("3000000"), .number("2800000"), .number("2700000"), .percent("0.9"), .number("10"), .number("9")],
            [.text("一级指标"), .text("二级指标"), .text("三级指标"), .text("分值"), .text("年度指标值"), .text("实际完成值"), .text("得分"), .text("偏差原因分析及改进措施")],
            [.text("产出指标"), .text("数量指标"), .text("完成重点项目审批"), .number("20"), .text("≥50个"), .text("52个"), .number("20")],
            [.empty, .empty, .text("编制规划数量"), .number("20"), .text("3个"), .text("3个"), .number("20")],
            [.empty, .text("时效指标"), .text("审批办结时限"), .number("10"), .text("≤20个工作日"), .text("15个工作日"), .number("10")],
            [.text("效益指标"), .text("社会效益指标"), .text("营商环境改善"), .number("30"), .text("有效改善"), .text("有效改善"), .number("30")],
            [.text("满意度指标"), .text("服务对象满意度指标"), .text("企业满意度"), .number("10"), .text("≥90%"), .text("88%"), .number("9"),
             .text("个别审批事项等待时间较长")],
            [.text("总分"), .empty, .empty, .number("100"), .empty, .empty, .number("98")],
            [.text("自评等级"), .text("优")],
        ]
        let (_, yaml, submission) = try FormFixtures.extract(try FormFixtures.xlsx(rows: rows), name: "整体自评表.xlsx")
        let form = try #require(submission.forms.first)
        #expect(form.kind == "部门整体")
        #expect(form.name == "某县发展和改革局")
        #expect(submission.department == "某县发展和改革局")
        #expect(yaml.contains("    unit: 元"))
        // 全年预算数 before 年初预算数, 执行率 before 分值; 0.9 in a 0% cell reads 90%
        #expect(form.funding?.printed == ["2800000", "3000000", "2700000", "10", "90%", "9"])
        #expect(form.rows.map(\.printed) == [
            ["产出指标", "数量指标", "完成重点项目审批", "20", "≥50个", "52个", "20", nil],
            ["产出指标", "数量指标", "编制规划数量", "20", "3个", "3个", "20", nil],
            ["产出指标", "时效指标", "审批办结时限", "10", "≤20个工作日", "15个工作日", "10", nil],
            ["效益指标", "社会效益指标", "营商环境改善", "30", "有效改善", "有效改善", "30", nil],
            ["满意度指标", "服务对象满意度指标", "企业满意度", "10", "≥90%", "88%", "9", "个别审批事项等待时间较长"],
        ])
        #expect(form.total?.printed == "98")
        #expect(form.grade == "优")

        let result = try #require(try rubricResults(yaml, "整体自评表.xlsx").first)
        // F 2700000 ÷ 3000000 = 90% → 9; R3 反向 15 ≤ 20 → full 10; R5 10 × 88 ÷ 90 = 9.777… → 9.78, claimed 9
        #expect(result.indicator("F")?.score == value("9"))
        #expect(result.indicator("R3")?.score == value("10"))
        #expect(result.indicator("R5")?.score == value("9.78"))
        // 9 + 20 + 20 + 10 + 30 + 9.78 = 98.78
        #expect(result.score == value("98.78"))
        #expect(result.checks.filter { $0.verdict == .mismatch }.map(\.id) == ["form.row-score[R5]"])
    }

    // MARK: Bad input and several forms

    @Test func formsWithoutRowsOrWithAWeightThatIsNoNumberKeepWhatWasRead() throws {
        let text = """
        某县农业农村局2022年度项目支出绩效自评表
        项目名称\t高标准农田建设
        项目资金（万元）\t\t全年预算数\t全年执行数\t分值\t执行率\t得分
        \t年度资金总额\t500\t450\t10\t90%\t9
        项目名称\t农机购置补贴
        项目资金（万元）\t\t全年预算数\t全年执行数\t分值\t执行率\t得分
        \t年度资金总额\t80\t80\t10\t100%\t10
        一级指标\t二级指标\t三级指标\t分值\t年度指标值\t实际完成值\t得分
        产出指标\t数量指标\t补贴农机台数\t十\t200台\t200台\t40
        \t\t\t20\t≥95%\t96%\t20
        效益指标\t经济效益指标\t农户增收\t30\t达到预期\t达到\t30
        """
        let (extraction, yaml, submission) = try FormFixtures.extract(text: text, name: "两张自评表.txt")
        #expect(submission.forms.map(\.name) == ["高标准农田建设", "农机购置补贴"])
        // the first has its funding and no rows: written, with a note
        #expect(submission.forms[0].funding?.printed == [nil, "500", "450", "10", "90%", "9"])
        #expect(submission.forms[0].rows.isEmpty)
        #expect(extraction.forms[0].notes.contains { $0.text.contains("没有读到绩效指标行") })
        // the second: the row whose 分值 is “十” keeps everything else, and says so
        let rows = submission.forms[1].rows
        #expect(rows.map(\.printed) == [
            ["产出指标", "数量指标", "补贴农机台数", nil, "200台", "200台", "40", nil],
            ["效益指标", "经济效益指标", "农户增收", "30", "达到预期", "达到", "30", nil],
        ])
        #expect(extraction.forms[1].notes.contains { $0.text.contains("分值印作“十”，不是数字，没有写入") })
        // a row with figures but no 三级指标 is reported, not guessed into the row above
        #expect(extraction.forms[1].notes.contains { $0.text.contains("第 10 行有分值或指标值，但没有三级指标名称") })
        #expect(extraction.notUnderstood.map(\.printed).contains("95%"))
        // both load and score: the second's weights cannot be summed (R1 has none)
        let results = try rubricResults(yaml, "两张自评表.txt")
        #expect(results.count == 2)
        #expect(results[1].checks.first { $0.id == "form.weights-sum" }?.verdict == .insufficientData)
        #expect(results[0].indicator("F")?.score == value("9"))
        #expect(extraction.summary.hasSuffix("；自评表 2 张（指标 2 行）"))
    }

    @Test func runTogetherCellsAreReportedNotSplit() throws {
        // A form copied as one run of text: the split of “安装水标尺10≥100米≥100米10” cannot be known.
        let text = """
        某县水务局2022年度项目支出绩效自评表
        项目名称某水标尺项目资金情况(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:303010100.00%10绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分产出指标数量指标安装水标尺10≥100米≥100米10
        注：本表由项目实施单位填写。
        """
        let (extraction, yaml, submission) = try FormFixtures.extract(text: text, name: "连在一起.txt")
        #expect(submission.forms.isEmpty)
        #expect(!yaml.contains("rubrics:"))
        #expect(extraction.formNotes.count == 1)
        #expect(extraction.formNotes[0].text.hasPrefix("第 2 行是一张自评表，但单元格没有按行列分开"))
        // every number of the line is listed as not understood with that reason; none is read as a sentence
        let onLine = extraction.records.filter { $0.line == 2 }
        #expect(!onLine.isEmpty)
        #expect(onLine.allSatisfy { $0.outcome == .notUnderstood(RunTogetherForms.reason) })
        #expect(extraction.statements.isEmpty)
        #expect(yaml.contains("# 自评表："))
        #expect(extraction.summary.hasSuffix("1 处自评表的单元格没有按行列分开，未能读出"))
    }

    @Test func tablesThatAreNoFormsAreLeftAlone() throws {
        // A 三公 table (预算数 beside 支出数, not 执行数), a list of projects under 项目名称, and a 预算数/执行数 table with
        // neither a form's title nor a 项目名称: no form, and no numbers taken from the statement reader.
        let html = """
        <p>某局2023年度“三公”经费支出情况说明</p>
        <table><tr><td>项目</td><td>年初预算数</td><td>实际支出数</td><td>执行率</td></tr>
        <tr><td>合计</td><td>12</td><td>9</td><td>75%</td></tr></table>
        <table><tr><td>项目名称</td><td>金额</td></tr><tr><td>信息化建设</td><td>30</td></tr></table>
        <table><tr><td></td><td>全年预算数</td><td>全年执行数</td><td>执行率</td></tr><tr><td>资金总额</td><td>50</td><td>45</td><td>90%</td></tr></table>
        """
        let (extraction, yaml, submission) = try FormFixtures.extract(text: html, name: "三公.html")
        #expect(submission.forms.isEmpty)
        #expect(extraction.formNotes.isEmpty)
        #expect(!yaml.contains("forms:"))
        #expect(extraction.records.allSatisfy { if case .tableCell(let path) = $0.outcome { return !path.hasPrefix("forms") }; return true })
    }

    @Test func aNameLabelledInItsOwnCell() throws {
        let text = """
        项目名称：城乡环卫一体化		
        项目资金（万元）	全年预算数	全年执行数	执行率
        年度资金总额	40	40	100%
        """
        let (_, _, submission) = try FormFixtures.extract(text: text, name: "环卫.txt")
        #expect(submission.forms.map(\.name) == ["城乡环卫一体化"])
        #expect(submission.forms.first?.funding?.printed == [nil, "40", "40", nil, "100%", nil])
    }

    // MARK: Cells printed one per line

    /// A form's table pasted one cell per paragraph: cells apart by an empty line, an empty cell a line with a
    /// blank, header words and level words broken over two cells.
    static let cellPerLine = [
        "项目支出绩效自评表", "", "项目名称", "", "社区养老服务补贴", "", "项目资金", "(万元)", "", " ", "",
        "年初", "", "预算数", "", "全年", "", "预算数", "", "全年", "", "执行数", "", "分值", "", "执行率", "", "得分", "",
        "年度资金总额", "", "60", "", "60", "", "54", "", "10", "", "90%", "", "9", "", "", "",
        "一级指标", "", "二级指标", "", "三级指标", "", "年度", "", "指标值", "", "实际", "", "完成值", "", "分值", "", "得分", "",
        "偏差原因分析及改进措施", "",
        "产出指标", "", "数量指标", "", "指标1服务老人人次", "", "≥3000人次", "", "3200人次", "", "40", "", "40", "", " ", "",
        "指标2", "", " ", "", " ", "", " ", "", " ", "", " ", "",
        "效益指标", "", "社会", "", "效益指标", "", "指标1老人生活质量", "", "提高", "", "提高", "", "40", "", "40", "", " ", "",
        "满意度", "", "指标", "", "服务对象满意度指标", "", "指标1老人满意度", "", "≥90%", "", "85%", "", "10", "", "9", "", "宣传不到位", "",
        "指标2家属满意度", "", "≥90%", "", "92%", "", "十", "", "9", "", " ",
    ].joined(separator: "\n")

    @Test func cellsPrintedOnePerLineAreRebuiltIntoRows() throws {
        let (extraction, _, submission) = try FormFixtures.extract(text: Self.cellPerLine, name: "一格一行.txt")
        let form = try #require(submission.forms.first)
        #expect(form.name == "社区养老服务补贴")
        #expect(form.funding?.printed == ["60", "60", "54", "10", "90%", "9"])
        // “社会” + “效益指标” is no level word of the template: that row is where reading stops
        #expect(form.rows.map(\.printed) == [["产出指标", "数量指标", "服务老人人次", "40", "≥3000人次", "3200人次", "40", nil]])
        #expect(extraction.formNotes.contains { $0.text.contains("的单元格对不上表头") })
        // the numbers after it are the form's, not read, not sentences
        #expect(extraction.statements.isEmpty)
        #expect(extraction.notUnderstood.map(\.printed).contains("85%"))
    }

    @Test func oddHeadersPrintedOnePerLineDoNotTrap() throws {
        // No header word after the name column; a header at the very end of the page; a lone funding header.
        for text in ["项目支出绩效自评表\n\n分值\n\n得分\n\n三级指标\n\n10\n\n9\n\n培训",
                     "项目支出绩效自评表\n\n一级指标\n\n三级指标\n\n分值\n\n产出指标\n\n培训\n\n10",
                     "项目支出绩效自评表\n\n全年预算数\n\n全年执行数\n\n执行率\n\n年度资金总额\n\n10"] {
            let (extraction, _, _) = try FormFixtures.extract(text: text, name: "怪表.txt")
            #expect(extraction.records.allSatisfy { $0.line >= 1 && $0.line <= extraction.document.lines.count })
        }
    }

    @Test func cellsPrintedOnePerLineWithLevelWordsBrokenBeforeTheirLastWord() throws {
        // “满意度” / “指标” is the template's 满意度指标 broken over two cells; a 分值 “十” stops the reading there.
        let text = Self.cellPerLine.replacingOccurrences(of: "社会\n\n效益指标", with: "社会效益\n\n指标")
        let (extraction, _, submission) = try FormFixtures.extract(text: text, name: "一格一行.txt")
        let form = try #require(submission.forms.first)
        #expect(form.rows.map(\.printed) == [
            ["产出指标", "数量指标", "服务老人人次", "40", "≥3000人次", "3200人次", "40", nil],
            ["效益指标", "社会效益指标", "老人生活质量", "40", "提高", "提高", "40", nil],
            ["满意度指标", "服务对象满意度指标", "老人满意度", "10", "≥90%", "85%", "9", "宣传不到位"],
        ])
        #expect(extraction.formNotes.contains { $0.text.contains("分值或得分的位置是“十”") })
    }
}
