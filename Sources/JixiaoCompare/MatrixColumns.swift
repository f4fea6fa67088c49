import JixiaoExpression

/// The indicator, group and metric columns of a comparison, gathered from its rows one at a time in ranking
/// order: each column where its id is first seen, with statistics over all rows (a row lacking the column
/// counts as not scored, including the rows read before the column first appeared). A row comes whole, or as its
/// scores when it has the columns gathered so far (``add(_:)-(ComparisonRowScores)``).
struct MatrixColumns {
    private struct IndicatorColumn {
        var first: ComparisonRowColumns.Indicator
        var scores: StatisticsAccumulator
        var pointsLost = StatisticsAccumulator()
    }

    private struct Column<First> {
        var first: First
        var values: StatisticsAccumulator
    }

    /// Whether points lost and metric values are summed up too (see ``Comparison/init(rubricId:rows:gradeOrder:detailedStatistics:details:)``).
    let detailedStatistics: Bool
    private var rowsRead = 0
    private var indicatorColumns: [IndicatorColumn] = []
    private var indicatorIndex: [String: Int] = [:]
    private var groupColumns: [Column<ComparisonRowColumns.Group>] = []
    private var groupIndex: [String: Int] = [:]
    private var metricColumns: [Column<ComparisonRowColumns.Metric>] = []
    private var metricIndex: [String: Int] = [:]
    /// The columns of every row read so far, when all came as scores with the same columns; nil once a row
    /// came whole.
    private var scoredColumns: ComparisonRowColumns?

    init(detailedStatistics: Bool) {
        self.detailedStatistics = detailedStatistics
    }

    /// Adds a row given by its scores, as ``add(_:)-(ComparisonRow)`` would add the whole row; false, adding nothing,
    /// when that needs more than scores: the statistics are detailed, or the row's columns are not those gathered
    /// so far (the first row's are).
    mutating func add(_ scores: ComparisonRowScores) -> Bool {
        guard !detailedStatistics, rowsRead == 0 || scoredColumns == scores.columns else { return false }
        if rowsRead == 0 {
            let columns = scores.columns
            indicatorColumns = columns.indicators.map { IndicatorColumn(first: $0, scores: StatisticsAccumulator()) }
            groupColumns = columns.groups.map { Column(first: $0, values: StatisticsAccumulator()) }
            metricColumns = columns.metrics.map { Column(first: $0, values: StatisticsAccumulator()) }
            // For a row that comes whole later.
            for (index, column) in columns.indicators.enumerated() { indicatorIndex[column.id] = index }
            for (index, column) in columns.groups.enumerated() { groupIndex[column.id] = index }
            for (index, column) in columns.metrics.enumerated() { metricIndex[column.id] = index }
            scoredColumns = columns
        }
        for index in indicatorColumns.indices { indicatorColumns[index].scores.add(scores.indicators[index]) }
        for index in groupColumns.indices { groupColumns[index].values.add(scores.groups[index]) }
        rowsRead += 1
        return true
    }

    mutating func add(_ row: ComparisonRow) {
        scoredColumns = nil
        // Columns this row brings, in its order; then one value per column, from the first entry with its id.
        var indicatorIds = indicatorColumns.map(\.first.id)
        // A row with the columns' indicators in their order (every row of one rubric version) brings none: its ids
        // need no looking up.
        if !ItemsById.pairOneToOne(indicatorIds, row.indicators, id: \.id) {
            for indicator in row.indicators where indicatorIndex[indicator.id] == nil {
                indicatorIndex[indicator.id] = indicatorColumns.count
                indicatorColumns.append(IndicatorColumn(first: .init(indicator), scores: StatisticsAccumulator(notScored: rowsRead)))
            }
            indicatorIds = indicatorColumns.map(\.first.id)
        }
        for group in row.groups where group.level == 0 && groupIndex[group.id] == nil {
            groupIndex[group.id] = groupColumns.count
            groupColumns.append(Column(first: .init(group), values: StatisticsAccumulator(notScored: rowsRead)))
        }
        // Per-record metrics (`item_completion[2010301]`) differ from one department to the next: no column.
        for metric in row.metrics where !metric.id.isPerRecord && metricIndex[metric.id] == nil {
            metricIndex[metric.id] = metricColumns.count
            metricColumns.append(Column(first: .init(metric), values: StatisticsAccumulator(notScored: rowsRead)))
        }
        let indicators = ItemsById.first(indicatorIds, in: row.indicators, id: \.id)
        for index in indicatorColumns.indices {
            let cell = indicators[index]
            indicatorColumns[index].scores.add(cell?.score)
            // Over the rows that have the indicator; one that lost nothing measurable counts as not scored.
            if detailedStatistics, let cell { indicatorColumns[index].pointsLost.add(cell.pointsLost) }
        }
        let groups = ItemsById.first(groupColumns.map(\.first.id), in: row.groups, id: \.id)
        for index in groupColumns.indices {
            groupColumns[index].values.add(groups[index]?.score)
        }
        if detailedStatistics {
            let metrics = ItemsById.first(metricColumns.map(\.first.id), in: row.metrics, id: \.id)
            for index in metricColumns.indices {
                metricColumns[index].values.add(metrics[index]?.number)
            }
        }
        rowsRead += 1
    }

    var indicators: [Comparison.IndicatorColumn] {
        indicatorColumns.map { column in
            let first = column.first
            return Comparison.IndicatorColumn(id: first.id, name: first.name, groupId: first.groupId, points: first.points,
                                              role: first.role, statistics: column.scores.statistics,
                                              pointsLostStatistics: column.pointsLost.statistics)
        }
    }

    var groups: [(id: String, name: String, points: Rational, statistics: Statistics)] {
        groupColumns.map { ($0.first.id, $0.first.name, $0.first.points, $0.values.statistics) }
    }

    var metrics: [Comparison.MetricColumn] {
        metricColumns.map {
            Comparison.MetricColumn(id: $0.first.id, name: $0.first.name, unit: $0.first.unit,
                                    statistics: detailedStatistics ? $0.values.statistics : Statistics([]))
        }
    }
}
