import Foundation
import JixiaoCompare
import JixiaoRender

/// The rows of report.html while a batch runs. Each row's summary stays in memory
/// (``ComparisonRow/withoutDetails()``: what ranking and the tables of totals read, a few hundred bytes) and
/// the full row — indicators, groups, metrics, the first mismatches and findings — goes to a temporary file
/// in the staging folder, read back one row at a time while the report is written.
final class BatchReportRows: HTMLReportRows {
    /// Where a row's bytes lie in the spool: the row, then its pieces of the report rendered ahead.
    private struct Record {
        var offset: UInt64
        var length: Int
        var piecesLength: Int
    }

    /// One rubric's rows, in the order they came; a comparison's positions index them.
    private struct Rubric {
        var id: String
        var summaries: [ComparisonRow] = []
        var records: [Record] = []
        /// The distinct layouts of the rows (one per rubric version, as a rule), and each row's index among them.
        var layouts: [HTMLReportRowLayout] = []
        var rowLayouts: [Int] = []
    }

    private let directory: String
    private let spool: TemporaryFile
    private var spooledBytes: UInt64 = 0
    private var rubrics: [Rubric] = []
    private let interner = StringInterner()
    private var reader: FileHandle?
    private var lastMatch: (rubric: Int, layout: HTMLReportRowLayout, index: Int?)?

    /// - Parameter directory: the staging folder; the spool and the column files are hidden temporaries in it.
    init(directory: String) throws(BatchError) {
        self.directory = directory
        spool = try TemporaryFile(for: directory + "/report.html", purpose: "rows")
    }

    /// Adds a row given as its spool record (``ComparisonRowRecord/bytes(_:)``), its summary
    /// (``ComparisonRow/withoutDetails()``) and its pieces of the report (``HTMLReportRowPieces/bytes``) with the
    /// layout they were rendered for, all made by the worker that scored it.
    func add(record bytes: [UInt8], summary: ComparisonRow, pieces: [UInt8], layout: HTMLReportRowLayout) throws(BatchError) {
        try spool.write(bytes: bytes)
        try spool.write(bytes: pieces)
        let record = Record(offset: spooledBytes, length: bytes.count, piecesLength: pieces.count)
        spooledBytes += UInt64(bytes.count + pieces.count)
        let index = rubrics.firstIndex { $0.id == summary.rubricId } ?? {
            rubrics.append(Rubric(id: summary.rubricId))
            return rubrics.count - 1
        }()
        rubrics[index].summaries.append(interner.intern(summary))
        rubrics[index].records.append(record)
        let layoutIndex = rubrics[index].layouts.firstIndex(of: layout) ?? {
            rubrics[index].layouts.append(layout)
            return rubrics[index].layouts.count - 1
        }()
        rubrics[index].rowLayouts.append(layoutIndex)
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

    /// The pieces rendered ahead when the row's layout is the comparison's, else nil.
    func pieces(of entry: RankedRow, layout: HTMLReportRowLayout) throws -> HTMLReportRowPieces? {
        guard let index = rubrics.firstIndex(where: { $0.id == entry.row.rubricId }) else {
            throw BatchError("错误：report.html 的临时文件中没有规则 \(entry.row.rubricId) 的记录")
        }
        // Asked twice per ranked row with the same layout: its match is looked up once.
        if lastMatch?.rubric != index || lastMatch?.layout != layout {
            lastMatch = (index, layout, rubrics[index].layouts.firstIndex(of: layout))
        }
        guard let match = lastMatch?.index, rubrics[index].rowLayouts[entry.position] == match else { return nil }
        let record = rubrics[index].records[entry.position]
        guard let pieces = HTMLReportRowPieces(bytes: try read(at: record.offset + UInt64(record.length), count: record.piecesLength))
        else { throw BatchError("错误：report.html 的临时文件已损坏") }
        return pieces
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
        guard let row = ComparisonRowRecord.row(try read(at: record.offset, count: record.length)) else {
            throw BatchError("错误：report.html 的临时文件已损坏")
        }
        return row
    }

    private func read(at offset: UInt64, count: Int) throws(BatchError) -> [UInt8] {
        if reader == nil { reader = FileHandle(forReadingAtPath: spool.path) }
        guard let reader else { throw BatchError("错误：无法读取 \(spool.path)") }
        let data: Data?
        do {
            try reader.seek(toOffset: offset)
            data = try reader.read(upToCount: count)
        } catch {
            throw BatchError("错误：无法读取 \(spool.path)")
        }
        guard let data, data.count == count else { throw BatchError("错误：report.html 的临时文件已损坏") }
        return [UInt8](data)
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
