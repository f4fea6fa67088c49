import JixiaoEngine
import JixiaoRender
import Testing

/// summary.csv, summary-<rubric>.csv and indicators.csv answer "where did each department lose points",
/// with numbers as numbers (issue 11, item 5).
@Suite("汇总表：数字列只有数字")
struct SummaryCSVTests {
    let seed: SubmissionResult

    init() throws {
        seed = try RepositoryFiles.scoreSeed()
    }

    /// The cells of a one-row file under its header, by column name.
    private func cells(header: [String], row: SummaryCSV.Row) -> [String: String] {
        var columns = SummaryCSV.Columns()
        columns.include(row)
        let names = header.prefix(row.leading.count) + columns.names + header.suffix(row.trailing.count)
        let values = row.leading + columns.names.map { name in row.cells.first { $0.column == name }!.value } + row.trailing
        return Dictionary(uniqueKeysWithValues: zip(names, values))
    }

    @Test func summaryRowHoldsNumbersAndAStatus() throws {
        let row = try #require(SummaryCSV.rows(seed).first { $0.leading[3] == "changsha-xinfang-overall-100" })
        let cell = cells(header: SummaryCSV.leadingColumns + SummaryCSV.trailingColumns, row: row)
        #expect(cell["总分（分）"] == "65.66")
        #expect(cell["可评分值（分）"] == "82")
        // 65.66 ÷ 82 = 0.800731… → 80.07 (%).
        #expect(cell["得分率（%）"] == "80.07")
        #expect(cell["评定状态"] == "已评等级")
        #expect(cell["一票否决"] == "否")
        // Counts are whole numbers in their own columns (the seed's mismatch count follows the check sets).
        #expect(cell["不一致数（项）"].flatMap { Int($0) }.map { $0 > 0 } == true)
        #expect(cell["数据不足数（项）"].flatMap { Int($0) } != nil)
    }

    @Test func rubricFileHasAScoreColumnPerIndicatorAndEmptyCellsForGaps() throws {
        let row = try #require(RubricSummaryCSV.rows(seed).first { $0.rubricId == "changsha-xinfang-overall-100" }?.row)
        let cell = cells(header: RubricSummaryCSV.leadingColumns + RubricSummaryCSV.trailingColumns, row: row)
        // B1: 6 × (1958.89 ÷ 2038.77 = 96.08%) = 5.76 after the rubric's rounding.
        #expect(cell["B1 预算执行率（对调整后预算）（分）"] == "5.76")
        // B6 has no 公用经费预算数: empty, and the status column says why.
        #expect(cell["B6 公用经费控制率（分）"] == "")
        #expect(cell["未评分指标"]?.contains("B6 缺少数据") == true)
        // 1717.31 ÷ 1938.03 × 100 = 88.6111154… → 88.611115, a number in the % column.
        #expect(cell["计算项:预算执行率（对年初预算，决算表口径）（%）"] == "88.611115")
        #expect(cell["计算项:公用经费控制率（%）"] == "")
        #expect(cell["未能计算的计算项"]?.contains("公用经费控制率：缺少数据") == true)
        // No number column holds prose.
        for (name, value) in cell where name.hasSuffix("（分）") || name.hasSuffix("（%）") || name.hasSuffix("（万元）") {
            #expect(value.isEmpty || Double(value) != nil, "\(name) = \(value)")
        }
    }

    @Test func rubricColumnNamesAreMadeOnceAndCheckedAgainstEachResult() throws {
        let result = try #require(seed.results.first { $0.rubric.id == "changsha-xinfang-overall-100" })
        let names = RubricSummaryCSV.ColumnNames(of: result)
        let indicatorCount = result.allIndicators.count
        #expect(names.fits(result, indicatorCount: indicatorCount))
        #expect(names.indicators.contains("B1 预算执行率（对调整后预算）（分）"))
        #expect(names.metrics.contains("计算项:公用经费控制率（%）"))
        // Rows made with the names given are the rows made without.
        #expect(RubricSummaryCSV.rows(seed, columnNames: { _ in names }).map(\.row)
                == RubricSummaryCSV.rows(seed).map(\.row))

        // A metric whose value is text in another submission has a column without a unit: the names do not fit,
        // and rows made with them anyway are made with the result's own.
        var texted = result
        let index = try #require(texted.metrics.firstIndex { $0.name == "公用经费控制率" })
        texted.metrics[index].value = .text("不适用")
        #expect(!names.fits(texted, indicatorCount: indicatorCount))
        #expect(RubricSummaryCSV.ColumnNames(of: texted).metrics.contains("计算项:公用经费控制率"))
        var textedSeed = seed
        textedSeed.results = [texted]
        let row = try #require(RubricSummaryCSV.rows(textedSeed, columnNames: { _ in names }).first?.row)
        #expect(row.cells.contains { $0.column == "计算项:公用经费控制率" && $0.value == "不适用" })

        // Two groups of one name: the later one's column has its id appended.
        var twins = result
        twins.groups[1].name = twins.groups[0].name
        let groups = RubricSummaryCSV.ColumnNames(of: twins).groups
        #expect(groups[0] == "分组:\(twins.groups[0].name)（分）")
        #expect(groups[1] == "分组:\(twins.groups[0].name)（分）［\(twins.groups[1].id)］")
    }

    @Test func longFormatHasOneRecordPerIndicator() {
        let records = IndicatorsCSV.records(seed)
        let indicators = seed.results.reduce(0) { $0 + $1.allIndicators.count }
        #expect(records.count == indicators)
        #expect(records.contains { $0.contains(",B6,公用经费控制率,常规,2,,,缺少数据\r\n") })
        // A1 绩效目标合理性 earned its 2 of 2 points: "2,2,0,已评分".
        #expect(records.contains { $0.contains(",A1,绩效目标合理性,常规,2,2,0,已评分\r\n") })
        // A batch takes the same records as one block of bytes.
        #expect(Array(IndicatorsCSV.bytes(seed)) == Array(records.joined().utf8))
    }

    @Test("以 = + - @ 或制表符开头的文本加单引号；负数不变", arguments: [
        ("=HYPERLINK(\"http://x\",\"点我\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\""),
        ("+86 731", "'+86 731"), ("-1+1", "'-1+1"), ("@SUM(A1)", "'@SUM(A1)"), ("\t制表", "'\t制表"),
        ("-0.25", "-0.25"), ("-12", "-12"), ("长沙市信访局", "长沙市信访局"),
    ])
    func formulaInjectionNeutralised(text: String, field: String) {
        #expect(CSVWriter.field(text) == field)
    }

    @Test func rubricFileNamesAreSafe() {
        #expect(RubricSummaryCSV.fileName(rubricId: "dept-overall-100") == "summary-dept-overall-100.csv")
        #expect(RubricSummaryCSV.fileName(rubricId: "../x y") == "summary-___x_y.csv")
    }
}
