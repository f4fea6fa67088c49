import JixiaoCompare

/// What the HTML report reads beyond a comparison's summary figures: the full row of each ranked entry (for
/// the heat map, the profiles and the two tables with one column per department), and somewhere to turn cells
/// written department by department into table rows read indicator by indicator.
///
/// ``InMemoryReportRows`` serves comparisons built from full rows (`jixiao compare`). A batch keeps only
/// summaries in memory (``ComparisonRow/withoutDetails()``) and serves the rest from temporary files.
public protocol HTMLReportRows {
    /// The full row of a ranked entry.
    func details(of entry: RankedRow) throws -> ComparisonRow
    /// An empty store for `count` columns of cells.
    func makeColumns(count: Int) throws -> any HTMLReportColumns
    /// A ranked entry's pieces rendered ahead for a comparison with `layout`'s columns, or nil: then the report
    /// renders them from ``details(of:)``.
    func pieces(of entry: RankedRow, layout: HTMLReportRowLayout) throws -> HTMLReportRowPieces?
}

extension HTMLReportRows {
    public func pieces(of entry: RankedRow, layout: HTMLReportRowLayout) throws -> HTMLReportRowPieces? { nil }
}

/// Cells appended row by row to numbered columns, read back column by column.
public protocol HTMLReportColumns {
    func append(_ cell: String, toColumn column: Int) throws
    /// A cell given as its UTF-8, as rendered ahead (``HTMLReportRowPieces/forEachCell(_:)``).
    func append(utf8 cell: ArraySlice<UInt8>, toColumn column: Int) throws
    /// Calls `body` with the column's cells, concatenated, in one or more pieces.
    func forEachPiece(ofColumn column: Int, _ body: (String) throws -> Void) throws
    /// The same pieces as UTF-8, for a store that keeps bytes: the report copies them without making Strings.
    func forEachUTF8Piece(ofColumn column: Int, _ body: (ArraySlice<UInt8>) throws -> Void) throws
    /// Releases what the store holds.
    func discard()
}

extension HTMLReportColumns {
    public func append(utf8 cell: ArraySlice<UInt8>, toColumn column: Int) throws {
        try append(String(decoding: cell, as: UTF8.self), toColumn: column)
    }

    public func forEachUTF8Piece(ofColumn column: Int, _ body: (ArraySlice<UInt8>) throws -> Void) throws {
        try forEachPiece(ofColumn: column) { try body(Array($0.utf8)[...]) }
    }
}

/// Rows already whole in memory: a ranked entry's row is its details, columns are strings.
public struct InMemoryReportRows: HTMLReportRows {
    public init() {}

    public func details(of entry: RankedRow) -> ComparisonRow { entry.row }

    public func makeColumns(count: Int) -> any HTMLReportColumns { Columns(count: count) }

    private final class Columns: HTMLReportColumns {
        private var columns: [String]

        init(count: Int) { columns = Array(repeating: "", count: count) }

        func append(_ cell: String, toColumn column: Int) { columns[column] += cell }

        func forEachPiece(ofColumn column: Int, _ body: (String) throws -> Void) throws { try body(columns[column]) }

        func discard() { columns = [] }
    }
}
