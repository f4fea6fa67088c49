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
        var records: [String] = []
        for result in submission.results {
            // The fields every record of this rubric begins with, written once.
            var prefix: [UInt8] = []
            for field in [submission.path, submission.department, String(submission.year), result.rubric.id,
                          result.rubric.version] {
                CSVWriter.append(field: field, to: &prefix)
                prefix.append(UInt8(ascii: ","))
            }
            appendRecords(of: result.groups, prefix: prefix, to: &records)
        }
        return records
    }

    /// A record per indicator with the group it sits in directly, depth first.
    private static func appendRecords(of groups: [GroupResult], prefix: [UInt8], to records: inout [String]) {
        for group in groups {
            for indicator in group.indicators {
                let kind = switch indicator.role {
                case .regular: "常规"
                case .bonus: "加分"
                case .veto: "否决"
                }
                let state = indicator.role == .veto && indicator.state == .scored
                    ? (indicator.vetoTriggered || indicator.vetoesRubric ? "已触发否决" : "未触发否决")
                    : indicator.state.chineseName
                var record = prefix
                CSVWriter.append(record: [
                    group.name, indicator.id, indicator.name, kind, SummaryCSV.exact(indicator.points),
                    indicator.role == .veto ? "" : indicator.score.map(SummaryCSV.exact) ?? "",
                    indicator.pointsLost.map(SummaryCSV.exact) ?? "", state,
                ], to: &record)
                records.append(String(decoding: record, as: UTF8.self))
            }
            appendRecords(of: group.groups, prefix: prefix, to: &records)
        }
    }
}
