import Foundation
import JixiaoCompare
import JixiaoRender

/// The rows of report.html while a batch runs. Each row's summary stays in memory
/// (``ComparisonRow/withoutDetails()``: what ranking and the tables of totals read, a few hundred bytes) and
/// the full row — indicators, groups, metrics, the first mismatches and findings — goes to a temporary file
/// in the staging folder, read back one row at a time while the report is written.
final class BatchReportRows: HTMLReportRows {
    /// Where a row's bytes lie in the spool.
    private struct Record {
        var offset: UInt64
        var length: Int
    }

    /// One rubric's rows, in the order they came; a comparison's positions index them.
    private struct Rubric {
        var id: String
        var summaries: [ComparisonRow] = []
        var records: [Record] = []
    }

    private let directory: String
    private let spool: TemporaryFile
    private var spooledBytes: UInt64 = 0
    private var rubrics: [Rubric] = []
    private let interner = StringInterner()
    private var reader: FileHandle?

    /// - Parameter directory: the staging folder; the spool and the column files are hidden temporaries in it.
    init(directory: String) throws(BatchError) {
        self.directory = directory
        spool = try TemporaryFile(for: directory + "/report.html", purpose: "rows")
    }

    /// Adds a row given as its spool record (``ComparisonRowRecord/bytes(_:)``) and its summary
    /// (``ComparisonRow/withoutDetails()``), both made by the worker that scored it.
    func add(record bytes: [UInt8], summary: ComparisonRow) throws(BatchError) {
        try spool.write(bytes: bytes)
        let record = Record(offset: spooledBytes, length: bytes.count)
        spooledBytes += UInt64(bytes.count)
        let index = rubrics.firstIndex { $0.id == summary.rubricId } ?? {
            rubrics.append(Rubric(id: summary.rubricId))
            return rubrics.count - 1
        }()
        rubrics[index].summaries.append(interner.intern(summary))
        rubrics[index].records.append(record)
    }

    /// One comparison per rubric, in the order the rubrics first came. Each rubric's summaries are handed to its
    /// comparison, which keeps those it lists, and are not kept here as well.
    func comparisons(gradeOrders: [String: [String]]) throws(BatchError) -> [Comparison] {
        try spool.finishWriting()
        var comparisons: [Comparison] = []
        for index in rubrics.indices {
            let (id, summaries) = (rubrics[index].id, rubrics[index].summaries)
            rubrics[index].summaries = []
            comparisons.append(try BatchError.passing {
                try Comparison(rubricId: id, rows: summaries, gradeOrder: gradeOrders[id], detailedStatistics: false) {
                    try self.row(rubric: index, position: $0)
                }
            })
        }
        return comparisons
    }

    func details(of entry: RankedRow) throws -> ComparisonRow {
        guard let index = rubrics.firstIndex(where: { $0.id == entry.row.rubricId }) else {
            throw BatchError("错误：report.html 的临时文件中没有规则 \(entry.row.rubricId) 的记录")
        }
        return try row(rubric: index, position: entry.position)
    }

    func makeColumns(count: Int) throws -> any HTMLReportColumns {
        try ReportColumnSpool(directory: directory, count: count)
    }

    /// Removes the spool.
    func discard() {
        try? reader?.close()
        reader = nil
        spool.discard()
        rubrics = []
    }

    private func row(rubric: Int, position: Int) throws(BatchError) -> ComparisonRow {
        let record = rubrics[rubric].records[position]
        let damaged = BatchError("错误：report.html 的临时文件已损坏")
        if reader == nil { reader = FileHandle(forReadingAtPath: spool.path) }
        guard let reader else { throw BatchError("错误：无法读取 \(spool.path)") }
        let data: Data?
        do {
            try reader.seek(toOffset: record.offset)
            data = try reader.read(upToCount: record.length)
        } catch {
            throw BatchError("错误：无法读取 \(spool.path)")
        }
        guard let data, data.count == record.length, let row = ComparisonRowRecord.row([UInt8](data)) else { throw damaged }
        return row
    }
}

extension BatchError {
    /// Runs `body`, whose only errors are batch errors thrown inside closures it was given (the renderer and
    /// the comparison take untyped throwing closures), and passes them on typed.
    static func passing<Value>(_ body: () throws -> Value) throws(BatchError) -> Value {
        do {
            return try body()
        } catch let error as BatchError {
            throw error
        } catch {
            throw BatchError("错误：\(error)")
        }
    }
}
