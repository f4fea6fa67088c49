import JixiaoExpression

/// A row's scores in its columns (``ComparisonRowColumns``): all that the statistics of a comparison's matrix read
/// of a ranked row when they leave out points lost and metric values, as report.html's do. A batch spools them as
/// a few bytes (``bytes``) beside the row and reads them back instead of the whole row.
public struct ComparisonRowScores: Sendable, Equatable {
    public var columns: ComparisonRowColumns
    /// One per indicator column: the score of the row's first indicator with its id.
    public var indicators: [Rational?]
    /// One per group column: the score of the row's first group with its id.
    public var groups: [Rational?]

    public init(row: ComparisonRow, columns: ComparisonRowColumns) {
        self.columns = columns
        let indicatorIds = columns.indicators.map(\.id)
        // Read in place when the row's indicators are the columns one to one (every row of one rubric file):
        // looking each up copied it.
        indicators = ItemsById.pairOneToOne(indicatorIds, row.indicators, id: \.id)
            ? row.indicators.map(\.score)
            : ItemsById.first(indicatorIds, in: row.indicators, id: \.id).map { $0?.score }
        // A row has few groups, and few of them top-level: each column's is searched for, not looked up in a
        // table of every group's id.
        groups = row.groups.count <= Self.groupsSearched
            ? columns.groups.map { column in row.groups.first { $0.id == column.id }?.score }
            : ItemsById.first(columns.groups.map(\.id), in: row.groups, id: \.id).map { $0?.score }
    }

    /// Up to this many groups, a row's are searched column by column.
    private static let groupsSearched = 64

    /// The scores alone, as bytes: the columns are the reader's to keep.
    public var bytes: [UInt8] {
        var out = RecordWriter()
        out.list(indicators) { $0.optional($1) { $0.rational($1) } }
        out.list(groups) { $0.optional($1) { $0.rational($1) } }
        return out.bytes
    }

    /// Reads what ``bytes`` wrote for a row with these columns; nil when the bytes are damaged or do not fit them.
    public init?(bytes: [UInt8], columns: ComparisonRowColumns) {
        var input = RecordReader(bytes)
        guard let indicators = input.list({ $0.optional { $0.rational() } }), indicators.count == columns.indicators.count,
              let groups = input.list({ $0.optional { $0.rational() } }), groups.count == columns.groups.count,
              input.isAtEnd
        else { return nil }
        (self.columns, self.indicators, self.groups) = (columns, indicators, groups)
    }
}
