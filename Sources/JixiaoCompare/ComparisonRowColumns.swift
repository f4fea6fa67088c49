import JixiaoEngine
import JixiaoExpression

/// The columns a comparison takes from a row (see `MatrixColumns`): its indicators, its top-level groups and its
/// metrics other than per-record ones, each id where it first appears, with what a column shows of it.
///
/// Rows scored against one rubric file have the same columns, so a batch makes them once per rubric
/// (``init(row:reusing:)``) and its comparison reads of each ranked row only its scores (``ComparisonRowScores``).
public struct ComparisonRowColumns: Hashable, Sendable {
    public struct Indicator: Hashable, Sendable {
        public var id: String
        public var name: String
        public var groupId: String
        public var points: Rational
        public var role: IndicatorRole

        init(_ indicator: ComparisonRow.IndicatorScore) {
            (id, name, groupId, points, role) = (indicator.id, indicator.name, indicator.groupId, indicator.points, indicator.role)
        }

        func describes(_ indicator: ComparisonRow.IndicatorScore) -> Bool {
            id == indicator.id && name == indicator.name && groupId == indicator.groupId && points == indicator.points
                && role == indicator.role
        }
    }

    public struct Group: Hashable, Sendable {
        public var id: String
        public var name: String
        public var points: Rational

        init(_ group: ComparisonRow.GroupScore) {
            (id, name, points) = (group.id, group.name, group.points)
        }

        func describes(_ group: ComparisonRow.GroupScore) -> Bool {
            id == group.id && name == group.name && points == group.points
        }
    }

    public struct Metric: Hashable, Sendable {
        public var id: String
        public var name: String
        public var unit: String

        init(_ metric: ComparisonRow.MetricValue) {
            (id, name, unit) = (metric.id, metric.name, metric.unit)
        }

        func describes(_ metric: ComparisonRow.MetricValue) -> Bool {
            id == metric.id && name == metric.name && unit == metric.unit
        }
    }

    public private(set) var indicators: [Indicator]
    /// Top-level groups only.
    public private(set) var groups: [Group]
    /// Per-record metrics (`item_completion[2010301]`) left out: they differ from one department to the next.
    public private(set) var metrics: [Metric]

    public init(row: ComparisonRow) {
        var seen = Set<String>(minimumCapacity: row.indicators.count)
        indicators = row.indicators.compactMap { seen.insert($0.id).inserted ? Indicator($0) : nil }
        seen = Set(minimumCapacity: row.groups.count)
        groups = row.groups.compactMap { $0.level == 0 && seen.insert($0.id).inserted ? Group($0) : nil }
        seen = Set(minimumCapacity: row.metrics.count)
        metrics = row.metrics.compactMap { !$0.id.isPerRecord && seen.insert($0.id).inserted ? Metric($0) : nil }
    }

    /// `row`'s columns: `known` itself when they are its columns, so that the rows of one rubric share one copy and
    /// compare equal at once (their arrays are the same storage). Checking costs a comparison per item; making
    /// them, hashing of every id and a copy of every item.
    public init(row: ComparisonRow, reusing known: ComparisonRowColumns?) {
        if let known, known.areColumns(of: row) { self = known } else { self.init(row: row) }
    }

    /// Whether these are `row`'s columns: its indicators, its top-level groups and its metrics other than
    /// per-record ones are the columns, one each, in order (then no id repeats, since no column's does).
    func areColumns(of row: ComparisonRow) -> Bool {
        // By index, each item read in place: iterating the items copied each of them.
        guard row.indicators.count == indicators.count else { return false }
        for index in indicators.indices where !indicators[index].describes(row.indicators[index]) { return false }
        return Self.oneEach(groups, row.groups, where: { $0.level == 0 }, { $0.describes($1) })
            && Self.oneEach(metrics, row.metrics, where: { !$0.id.isPerRecord }, { $0.describes($1) })
    }

    /// Whether the items `included` are the columns, one each, in order.
    private static func oneEach<Column, Item>(_ columns: [Column], _ items: [Item], where included: (Item) -> Bool,
                                              _ describes: (Column, Item) -> Bool) -> Bool {
        var column = 0
        for index in items.indices where included(items[index]) {
            guard column < columns.count, describes(columns[column], items[index]) else { return false }
            column += 1
        }
        return column == columns.count
    }
}
