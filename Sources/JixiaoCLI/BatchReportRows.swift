import Foundation
import JixiaoCompare
import JixiaoRender

/// The rows of report.html while a batch runs. Each row's summary stays in memory
/// (``ComparisonRow/withoutDetails()``: what ranking and the tables of totals read, a few hundred bytes) and
/// the full row — indicators, groups, metrics, the first mismatches and findings — goes to a temporary file
/// in the staging folder, read back one row at a time while the report is written.
///
/// Sendable for report.html's sections, written on several threads: by then no row comes any more, what they read
/// is only read, and the little they change (layout matches, column file names) is behind a lock.
final class BatchReportRows: HTMLReportRows, @unchecked Sendable {
    /// Where a row's bytes lie in the spool: the row, then its pieces of the report rendered ahead, then its scores.
    private struct Record {
        var offset: UInt64
        var length: Int
        var piecesLength: Int
        var scoresLength: Int
    }

    /// One rubric's rows, in the order they came; a comparison's positions index them.
    private struct Rubric {
        var id: String
        var summaries: [ComparisonRow] = []
        var records: [Record] = []
        /// The distinct layouts of the rows (one per rubric version, as a rule), and each row's index among them.
        var layouts: [HTMLReportRowLayout] = []
        var rowLayouts: [Int] = []
        /// The same for the rows' columns, which their scores are in.
        var columns: [ComparisonRowColumns] = []
        var rowColumns: [Int] = []
    }

    private let directory: String
    private let spool: TemporaryFile
    private var spooledBytes: UInt64 = 0
    private var rubrics: [Rubric] = []
    private var sharing = SummaryTextSharing()
    /// The spool open for reading once rows stop coming; any thread may read it at once.
    private var reader: PositionalReader?
    /// Per rubric, the layout a comparison asked for last and the index of the rows' layout that matches it.
    private var matches: [Int: (layout: HTMLReportRowLayout, index: Int?)] = [:]
    /// Guards `matches` and `columnSets` while sections are written on several threads.
    private let lock = NSLock()
    private var columnSets = 0

    /// - Parameter directory: the staging folder; the spool and the column files are hidden temporaries in it.
    init(directory: String) throws(BatchError) {
        self.directory = directory
        spool = try TemporaryFile(for: directory + "/report.html", purpose: "rows")
    }

    /// Adds a row made by the worker that scored it: its summary stays in memory, the rest is spooled.
    func add(_ row: BatchReportRow) throws(BatchError) {
        try spool.write(bytes: row.record)
        try spool.write(bytes: row.pieces)
        try spool.write(bytes: row.scores)
        let record = Record(offset: spooledBytes, length: row.record.count, piecesLength: row.pieces.count,
                            scoresLength: row.scores.count)
        spooledBytes += UInt64(row.record.count + row.pieces.count + row.scores.count)
        let index = rubrics.firstIndex { $0.id == row.summary.rubricId } ?? {
            rubrics.append(Rubric(id: row.summary.rubricId))
            return rubrics.count - 1
        }()
        rubrics[index].summaries.append(sharing.share(row.summary))
        rubrics[index].records.append(record)
        rubrics[index].rowLayouts.append(Self.index(of: row.layout, in: &rubrics[index].layouts))
        rubrics[index].rowColumns.append(Self.index(of: row.columns, in: &rubrics[index].columns))
    }

    /// The index of `item` among the distinct `items`, appended when new.
    private static func index<Item: Equatable>(of item: Item, in items: inout [Item]) -> Int {
        if let index = items.firstIndex(of: item) { return index }
        items.append(item)
        return items.count - 1
    }

    /// Each rubric's id and summaries, in the order the rubrics first came, once rows stop coming. The summaries
    /// are handed over, not kept here as well: a comparison keeps those it lists.
    func takeSummaries() throws(BatchError) -> [(id: String, summaries: SummaryHandOver)] {
        try spool.finishWriting()
        reader = try PositionalReader(path: spool.path)
        var taken: [(id: String, summaries: SummaryHandOver)] = []
        for index in rubrics.indices {
            taken.append((rubrics[index].id, SummaryHandOver(rubrics[index].summaries)))
            rubrics[index].summaries = []
        }
        return taken
    }

    /// The comparison of the rubric at `index` among ``takeSummaries()``; several may be made at once, on
    /// different threads.
    func comparison(rubric index: Int, summaries: [ComparisonRow], gradeOrder: [String]?) throws(BatchError) -> Comparison {
        // The rows are read one after another: each takes the texts it shares with the one before.
        var previous: ComparisonRow?
        return try BatchError.passing {
            try Comparison(rubricId: rubrics[index].id, rows: summaries, gradeOrder: gradeOrder, detailedStatistics: false,
                           scores: { try self.scores(rubric: index, position: $0) }) {
                let row = try self.row(rubric: index, position: $0, like: previous)
                previous = row
                return row
            }
        }
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
        lock.lock()
        if matches[index]?.layout != layout {
            matches[index] = (layout, rubrics[index].layouts.firstIndex(of: layout))
        }
        let match = matches[index]?.index
        lock.unlock()
        guard let match, rubrics[index].rowLayouts[entry.position] == match else { return nil }
        let record = rubrics[index].records[entry.position]
        guard let pieces = HTMLReportRowPieces(bytes: try read(at: record.offset + UInt64(record.length), count: record.piecesLength))
        else { throw BatchError("错误：report.html 的临时文件已损坏") }
        return pieces
    }

    func makeColumns(count: Int) throws -> any HTMLReportColumns {
        lock.lock()
        columnSets += 1
        let set = columnSets
        lock.unlock()
        return try ReportColumnSpool(directory: directory, count: count, set: set)
    }

    /// Removes the spool.
    func discard() {
        reader?.close()
        reader = nil
        spool.discard()
        rubrics = []
    }

    private func row(rubric: Int, position: Int, like previous: ComparisonRow? = nil) throws(BatchError) -> ComparisonRow {
        let record = rubrics[rubric].records[position]
        guard let row = ComparisonRowRecord.row(try read(at: record.offset, count: record.length), like: previous) else {
            throw BatchError("错误：report.html 的临时文件已损坏")
        }
        return row
    }

    private func scores(rubric: Int, position: Int) throws(BatchError) -> ComparisonRowScores {
        let record = rubrics[rubric].records[position]
        let bytes = try read(at: record.offset + UInt64(record.length + record.piecesLength), count: record.scoresLength)
        guard let scores = ComparisonRowScores(bytes: bytes, columns: rubrics[rubric].columns[rubrics[rubric].rowColumns[position]])
        else { throw BatchError("错误：report.html 的临时文件已损坏") }
        return scores
    }

    private func read(at offset: UInt64, count: Int) throws(BatchError) -> [UInt8] {
        guard let reader else { throw BatchError("错误：无法读取 \(spool.path)") }
        return try reader.read(at: offset, count: count)
    }
}

/// A rubric's row summaries on their way from ``BatchReportRows`` to the thread that makes its comparison, which
/// takes them, so that they are held once.
final class SummaryHandOver: @unchecked Sendable {
    private var rows: [ComparisonRow]

    init(_ rows: [ComparisonRow]) { self.rows = rows }

    func take() -> [ComparisonRow] {
        defer { rows = [] }
        return rows
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
