import JixiaoEngine
import JixiaoExpression

/// `indicators.csv` of `jixiao batch`: the long format, one record per (submission, rubric, indicator), so a
/// pivot table can ask any question of every rubric at once. Its columns never change with the rubrics.
public enum IndicatorsCSV {
    public static let columns = ["文件", "部门", "年度", "规则", "规则版本", "分组", "指标", "指标名称", "类型",
                                 "分值（分）", "得分（分）", "失分（分）", "状态"]

    /// The header record (without the byte order mark).
    public static var header: String { CSVWriter.record(columns) }

    /// The records of one scored submission, rubric by rubric, indicators in rubric order.
    public static func records(_ submission: SubmissionResult) -> [String] {
        submission.results.flatMap { result in
            groups(result.groups).map { group, indicator in
                let kind = switch indicator.role {
                case .regular: "常规"
                case .bonus: "加分"
                case .veto: "否决"
                }
                let state = indicator.role == .veto && indicator.state == .scored
                    ? (indicator.vetoTriggered || indicator.vetoesRubric ? "已触发否决" : "未触发否决")
                    : indicator.state.chineseName
                return CSVWriter.record([
                    submission.path, submission.department, String(submission.year), result.rubric.id, result.rubric.version,
                    group.name, indicator.id, indicator.name, kind, SummaryCSV.exact(indicator.points),
                    indicator.role == .veto ? "" : indicator.score.map(SummaryCSV.exact) ?? "",
                    indicator.pointsLost.map(SummaryCSV.exact) ?? "", state,
                ])
            }
        }
    }

    /// Every indicator with the group it sits in directly, depth first.
    private static func groups(_ groups: [GroupResult]) -> [(GroupResult, IndicatorResult)] {
        groups.flatMap { group in group.indicators.map { (group, $0) } + Self.groups(group.groups) }
    }
}
