import Foundation
import JixiaoCompare
import JixiaoRender

/// A scored row's parts of report.html, made by the worker that scored it so that the end of the batch mostly
/// copies them (see ``BatchReportRows``).
struct BatchReportRow {
    /// The compacted row as spool bytes (``ComparisonRowRecord/bytes(_:)``), read back only when the report needs
    /// the whole row.
    var record: [UInt8]
    /// What stays in memory: ``ComparisonRow/withoutDetails()``.
    var summary: ComparisonRow
    /// Its pieces of the report (``HTMLReportRowPieces/bytes``), rendered for `layout`.
    var pieces: [UInt8]
    var layout: HTMLReportRowLayout
    /// The columns its scores are in: shared by the rows of one rubric file.
    var columns: ComparisonRowColumns
    /// ``ComparisonRowScores/bytes``, what the comparison reads of the row.
    var scores: [UInt8]

    init(_ row: ComparisonRow) {
        let compacted = row.compacted()
        (columns, layout) = Self.known.columnsAndLayout(of: compacted)
        record = ComparisonRowRecord.bytes(compacted)
        summary = compacted.withoutDetails()
        pieces = HTMLReportRowPieces(row: compacted, layout: layout).bytes
        scores = ComparisonRowScores(row: compacted, columns: columns).bytes
    }

    /// Each rubric's last columns and layout, shared by the workers of the process's batches: every row of a rubric
    /// file has the same ones, checked in a comparison per item rather than made again by hashing every id.
    private static let known = KnownColumns()

    private final class KnownColumns: @unchecked Sendable {
        private let lock = NSLock()
        private var byRubric: [(rubricId: String, columns: ComparisonRowColumns, layout: HTMLReportRowLayout)] = []

        func columnsAndLayout(of row: ComparisonRow) -> (ComparisonRowColumns, HTMLReportRowLayout) {
            lock.lock()
            let last = byRubric.first { $0.rubricId == row.rubricId }
            lock.unlock()
            let columns = ComparisonRowColumns(row: row, reusing: last?.columns)
            if let last, columns == last.columns { return (last.columns, last.layout) }
            let layout = HTMLReportRowLayout(columns: columns)
            lock.lock()
            defer { lock.unlock() }
            byRubric.removeAll { $0.rubricId == row.rubricId }
            byRubric.append((row.rubricId, columns, layout))
            return (columns, layout)
        }
    }
}
