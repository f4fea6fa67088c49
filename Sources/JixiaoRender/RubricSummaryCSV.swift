import JixiaoEngine
import JixiaoExpression

/// `summary-<rubric id>.csv` of `jixiao batch`: one file per rubric, one row per submission, answering
/// "where did each department lose points".
///
/// Columns: the row's identity and totals, then per top-level group `分组:<组名>（分）`, per indicator
/// `<id> <名称>（分）` (a veto indicator: `<id> <名称>（是否触发）`, 是/否), `未评分指标` (which indicators have no
/// score and why), per metric `计算项:<名称>（<单位>）` holding the number in that unit (a rate as a percent figure,
/// 88.611631), `未能计算的计算项`, and the counts. Rows of different versions of a rubric share the columns they
/// have in common; a column the row's version lacks stays empty.
public enum RubricSummaryCSV {
    public static let leadingColumns = ["文件", "部门", "年度", "规则版本", "总分（分）", "可评分值（分）", "满分（分）", "等级", "评定状态"]
    public static let trailingColumns = ["不一致数（项）", "数据不足数（项）", "问题数（条）"]

    /// The file name for a rubric: `summary-<id>.csv`, with anything but letters, digits, `-` and `_` replaced.
    public static func fileName(rubricId: String) -> String {
        let safe = String(rubricId.unicodeScalars.map { scalar -> Character in
            let ascii = scalar.isASCII && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                                           || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
            return ascii ? Character(scalar) : "_"
        })
        return "summary-\(safe).csv"
    }

    /// One row per rubric the submission was scored against, with the rubric's id. `columnNames` gives a result's
    /// column names: a batch passes one that makes them once per rubric (see ``ColumnNames``).
    public static func rows(
        _ submission: SubmissionResult, columnNames: (RubricResult) -> ColumnNames = ColumnNames.init(of:)
    ) -> [(rubricId: String, row: SummaryCSV.Row)] {
        submission.results.map { result in
            let leading = [submission.path, submission.department, String(submission.year), result.rubric.version,
                           SummaryCSV.exact(result.score), SummaryCSV.exact(result.maxApplicable),
                           SummaryCSV.exact(result.rubric.totalPoints), result.grade ?? "", SummaryCSV.status(result)]
            var indicatorCount = 0
            result.forEachIndicator { _ in indicatorCount += 1 }
            var names = columnNames(result)
            if !names.fits(result, indicatorCount: indicatorCount) { names = ColumnNames(of: result) }
            var cells: [SummaryCSV.Row.Cell] = []
            cells.reserveCapacity(names.groups.count + names.indicators.count + names.metrics.count + 2)
            for (group, name) in zip(result.groups, names.groups) {
                cells.append(.init(column: name, value: SummaryCSV.exact(group.score)))
            }
            // Each list written straight into its cell's text: an array of Strings joined made every entry twice.
            var unscored = ""
            var indicatorIndex = 0
            result.forEachIndicator { indicator in
                let name = names.indicators[indicatorIndex]
                indicatorIndex += 1
                let value = if indicator.role == .veto {
                    indicator.state == .scored ? (indicator.vetoTriggered || indicator.vetoesRubric ? "是" : "否") : ""
                } else {
                    indicator.score.map(SummaryCSV.exact) ?? ""
                }
                cells.append(.init(column: name, value: value))
                if indicator.state != .scored {
                    if !unscored.isEmpty { unscored += "；" }
                    unscored += indicator.id
                    unscored += " "
                    unscored += indicator.state.chineseName
                }
            }
            cells.append(.init(column: "未评分指标", value: unscored))
            var uncomputed = ""
            // By index, each metric read in place: the filtered sequence copied every metric.
            let metrics = result.metrics
            var column = 0
            for index in metrics.indices where column < names.metrics.count && Self.hasColumn(metricId: metrics[index].id) {
                let name = names.metrics[column]
                column += 1
                switch metrics[index].value {
                case .number(let number):
                    let value = metrics[index].unit == .percent ? number * .hundred : number
                    cells.append(.init(column: name, value: SummaryCSV.exact(value)))
                case .missing, .notComputable:
                    cells.append(.init(column: name, value: ""))
                    if !uncomputed.isEmpty { uncomputed += "；" }
                    uncomputed += metrics[index].name
                    uncomputed += "："
                    uncomputed += metrics[index].shown
                default:
                    cells.append(.init(column: name, value: metrics[index].shown))
                }
            }
            cells.append(.init(column: "未能计算的计算项", value: uncomputed))
            return (result.rubric.id, SummaryCSV.Row(leading: leading, cells: cells, trailing: SummaryCSV.counts(result)))
        }
    }

    /// Per-record metrics (`id[key]`) differ from one submission to the next; they stay in the reports.
    /// Given the id alone, so that a metric is not copied to ask.
    static func hasColumn(metricId: String) -> Bool {
        !metricId.isPerRecord
    }

    /// The unit a number column's header names: "%", "万元", "件", "分", or "数值".
    static func unitLabel(_ unit: DisplayUnit) -> String {
        switch unit {
        case .percent: "%"
        case .amount(let symbol): symbol
        case .count(let word): word.isEmpty ? "个" : word
        case .points: "分"
        case .plain: "数值"
        }
    }
}
