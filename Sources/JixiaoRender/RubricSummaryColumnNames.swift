import JixiaoEngine
import JixiaoExpression

extension RubricSummaryCSV {
    /// The names of a result's rubric-dependent columns in `summary-<rubric id>.csv`, in column order: per
    /// top-level group `分组:<组名>（分）`, per indicator `<id> <名称>（分）` (a veto indicator:
    /// `<id> <名称>（是否触发）`), per metric `计算项:<名称>（<单位>）`, or `计算项:<名称>` for a text or yes/no value.
    ///
    /// They depend on the rubric alone, save whether each metric's value is a number, so a batch makes them once
    /// per rubric and reuses them for every submission (``fits(_:)`` says when it may); the same Strings every
    /// time also make the batch's check that a row has the known columns a comparison of identical Strings.
    public struct ColumnNames: Sendable {
        public internal(set) var groups: [String] = []
        public internal(set) var indicators: [String] = []
        /// For the metrics that have a column (not the per-record ones), in order.
        public internal(set) var metrics: [String] = []
        /// For each metric with a column, whether its column is a text column (named without a unit).
        private var textMetrics: [Bool] = []

        public init(of result: RubricResult) {
            var used: Set<String> = []
            let indicators = result.allIndicators
            used.reserveCapacity(result.groups.count + indicators.count + result.metrics.count)
            // A rubric may repeat a name (two groups both called 其他); the later one gets its id appended.
            // Hashed once per column where it can (hashing Chinese text is costly): the insert says whether it was new.
            func unique(_ column: String, id: String) -> String {
                if used.insert(column).inserted { return column }
                let name = "\(column)［\(id)］"
                used.insert(name)
                return name
            }
            groups = result.groups.map { unique("分组:\($0.name)（分）", id: $0.id) }
            self.indicators = indicators.map { indicator in
                unique(indicator.role == .veto ? "\(indicator.id) \(indicator.name)（是否触发）" : "\(indicator.id) \(indicator.name)（分）",
                       id: indicator.id)
            }
            for metric in result.metrics where RubricSummaryCSV.hasColumn(metricId: metric.id) {
                let isText = Self.isTextColumn(metric.value)
                textMetrics.append(isText)
                metrics.append(unique(isText ? "计算项:\(metric.name)" : "计算项:\(metric.name)（\(RubricSummaryCSV.unitLabel(metric.unit))）",
                                      id: metric.id))
            }
        }

        /// Whether these are `result`'s names: it has as many groups, indicators (`indicatorCount`, of
        /// `allIndicators`) and metrics, and each metric's value is a number (or none) where these were made for a
        /// number. Names made from another result of the same rubric (same id and sha256) fit unless a metric's
        /// value changed kind.
        public func fits(_ result: RubricResult, indicatorCount: Int) -> Bool {
            guard groups.count == result.groups.count, indicators.count == indicatorCount else { return false }
            // By index, each metric read in place: iterating them copied every metric of every row.
            let metrics = result.metrics
            var metricIndex = 0
            for index in metrics.indices where RubricSummaryCSV.hasColumn(metricId: metrics[index].id) {
                guard metricIndex < textMetrics.count, textMetrics[metricIndex] == Self.isTextColumn(metrics[index].value)
                else { return false }
                metricIndex += 1
            }
            return metricIndex == textMetrics.count
        }

        /// A text or yes/no value gets a column named without a unit; a number, or none, one with its unit.
        private static func isTextColumn(_ value: Value) -> Bool {
            switch value {
            case .number, .missing, .notComputable: false
            default: true
            }
        }
    }
}
