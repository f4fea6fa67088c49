import JixiaoExpression

/// The indicator, group and metric columns of a comparison, gathered from its rows one at a time in ranking
/// order: each column where its id is first seen, with statistics over all rows (a row lacking the column
/// counts as not scored, including the rows read before the column first appeared).
struct MatrixColumns {
    private struct IndicatorColumn {
        var first: ComparisonRow.IndicatorScore
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
    private var groupColumns: [Column<ComparisonRow.GroupScore>] = []
    private var groupIndex: [String: Int] = [:]
    private var metricColumns: [Column<ComparisonRow.MetricValue>] = []
    private var metricIndex: [String: Int] = [:]

    init(detailedStatistics: Bool) {
        self.detailedStatistics = detailedStatistics
    }

    mutating func add(_ row: ComparisonRow) {
        // Columns this row brings, in its order; then one value per column, from the first entry with its id.
        var indicatorIds = indicatorColumns.map(\.first.id)
        // A row with the columns' indicators in their order (every row of one rubric version) brings none: its ids
        // need no looking up.
        if !ItemsById.pairOneToOne(indicatorIds, row.indicators, id: \.id) {
            for indicator in row.indicators where indicatorIndex[indicator.id] == nil {
                indicatorIndex[indicator.id] = indicatorColumns.count
                indicatorColumns.append(IndicatorColumn(first: indicator, scores: StatisticsAccumulator(notScored: rowsRead)))
            }
            indicatorIds = indicatorColumns.map(\.first.id)
        }
        for group in row.groups where group.level == 0 && groupIndex[group.id] == nil {
            groupIndex[group.id] = groupColumns.count
            groupColumns.append(Column(first: group, values: StatisticsAccumulator(notScored: rowsRead)))
        }
        // Per-record metrics (`item_completion[2010301]`) differ from one department to the next: no column.
        for metric in row.metrics where !metric.id.isPerRecord && metricIndex[metric.id] == nil {
            metricIndex[metric.id] = metricColumns.count
            metricColumns.append(Column(first: metric, values: StatisticsAccumulator(notScored: rowsRead)))
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
