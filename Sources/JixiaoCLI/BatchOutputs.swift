import Foundation
import JixiaoCompare
import JixiaoEngine
import JixiaoRender

/// A failure to read the input folders or to write the output folder; the batch stops with exit code 2.
struct BatchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// The output folder: results.jsonl and the summary rows grow in temporary files while the batch runs;
/// ``finish()`` renames them into place, ``abandon()`` removes them. Reports are written as they come.
final class BatchOutputs {
    let directory: String
    let reportsDirectory: String
    private let results: TemporaryFile
    /// Summary rows, one ``SummaryCSV/Row/spoolLine`` per line, until the set of columns is known.
    private let summaryRows: TemporaryFile
    private var columns = SummaryCSV.Columns()
    /// indicators.csv, written as rows come (its columns are fixed).
    private let indicators: TemporaryFile
    /// Per rubric, in first-seen order: spooled rows of `summary-<id>.csv` and its columns so far.
    private var rubricFiles: [(rubricId: String, rows: TemporaryFile, columns: SummaryCSV.Columns)] = []
    /// One small row per (submission, rubric) for report.html; the report compares them all, so these are kept.
    private var comparisonRows: [ComparisonRow] = []
    private let interner = StringInterner()
    private var gradeOrders: [String: [String]] = [:]

    /// Whether report.html is written (it keeps one compact row per submission in memory).
    let writesReport: Bool

    init(directory: String, writesReport: Bool = true) throws(BatchError) {
        self.writesReport = writesReport
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw BatchError("错误：输出位置 \(directory) 已存在且不是目录")
        }
        self.directory = directory
        reportsDirectory = directory + "/reports"
        do {
            try FileManager.default.createDirectory(atPath: reportsDirectory, withIntermediateDirectories: true)
        } catch {
            throw BatchError("错误：无法创建输出目录 \(reportsDirectory)")
        }
        results = try TemporaryFile(for: directory + "/results.jsonl")
        do {
            summaryRows = try TemporaryFile(for: directory + "/summary.csv", purpose: "rows")
        } catch {
            results.discard()
            throw error
        }
        do {
            indicators = try TemporaryFile(for: directory + "/indicators.csv")
            try indicators.write(CSVWriter.byteOrderMark + IndicatorsCSV.header)
        } catch {
            results.discard()
            summaryRows.discard()
            throw error
        }
    }

    func add(_ scored: BatchOutcome.ScoredSubmission, reportName: String,
             gradeOrders: [String: [String]] = [:]) throws(BatchError) {
        if writesReport {
            comparisonRows += ComparisonRow.rows(from: scored.result).map { interner.intern($0.compacted()) }
        }
        self.gradeOrders.merge(gradeOrders) { first, _ in first }
        try results.write(scored.jsonLine + "\n")
        for row in scored.summaryRows {
            columns.include(row)
            try summaryRows.write(row.spoolLine + "\n")
        }
        for (rubricId, row) in scored.rubricRows {
            if !rubricFiles.contains(where: { $0.rubricId == rubricId }) {
                let name = RubricSummaryCSV.fileName(rubricId: rubricId)
                rubricFiles.append((rubricId, try TemporaryFile(for: directory + "/" + name, purpose: "rows"), SummaryCSV.Columns()))
            }
            let index = rubricFiles.firstIndex { $0.rubricId == rubricId }!
            rubricFiles[index].columns.include(row)
            try rubricFiles[index].rows.write(row.spoolLine + "\n")
        }
        for record in scored.indicatorRecords { try indicators.write(record) }
        let report = try TemporaryFile(for: reportsDirectory + "/" + reportName)
        do {
            try report.write(scored.report)
            try report.commit()
        } catch {
            report.discard()
            throw error
        }
    }

    /// Writes summary.csv from the spooled rows and report.html from the comparison, then puts them in place.
    func finish() throws(BatchError) {
        let html = writesReport ? try TemporaryFile(for: directory + "/report.html") : nil
        do {
            let comparisons = Comparison.byRubric(comparisonRows, gradeOrders: gradeOrders)
            try html?.write(HTMLReportRenderer(engineVersion: Jixiao.version, title: "部门绩效批量评分报告").render(comparisons))
        } catch {
            html?.discard()
            throw error
        }
        let summary = try TemporaryFile(for: directory + "/summary.csv")
        var perRubric: [TemporaryFile] = []
        do {
            try summary.write(CSVWriter.byteOrderMark + columns.header())
            try summaryRows.finishWriting()
            try summaryRows.forEachLine { (line: Substring) throws(BatchError) in
                guard let row = SummaryCSV.Row(spoolLine: line) else { throw BatchError("错误：汇总表临时文件已损坏") }
                try summary.write(columns.record(row))
            }
            for file in rubricFiles {
                let output = try TemporaryFile(for: file.rows.finalPath)
                perRubric.append(output)
                try output.write(CSVWriter.byteOrderMark + file.columns.header(leading: RubricSummaryCSV.leadingColumns,
                                                                               trailing: RubricSummaryCSV.trailingColumns))
                try file.rows.finishWriting()
                try file.rows.forEachLine { (line: Substring) throws(BatchError) in
                    guard let row = SummaryCSV.Row(spoolLine: line, leadingCount: RubricSummaryCSV.leadingColumns.count,
                                                   trailingCount: RubricSummaryCSV.trailingColumns.count)
                    else { throw BatchError("错误：汇总表临时文件已损坏") }
                    try output.write(file.columns.record(row))
                }
            }
            try results.commit()
            try summary.commit()
            try indicators.commit()
            for output in perRubric { try output.commit() }
            try html?.commit()
        } catch {
            summary.discard()
            perRubric.forEach { $0.discard() }
            html?.discard()
            throw error
        }
        summaryRows.discard()
        rubricFiles.forEach { $0.rows.discard() }
    }

    /// Removes every temporary file, leaving only outputs that were written whole.
    func abandon() {
        results.discard()
        summaryRows.discard()
        indicators.discard()
        rubricFiles.forEach { $0.rows.discard() }
    }
}
