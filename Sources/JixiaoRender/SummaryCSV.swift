import JixiaoEngine
import JixiaoExpression

/// `summary.csv` of `jixiao batch`: one row per (submission, rubric), for opening in a spreadsheet.
///
/// Every rubric has the same columns here, so nothing is sparse; each rubric's groups, indicators and metrics
/// are in its own file (``RubricSummaryCSV``), and every indicator of every rubric in the long-format
/// `indicators.csv` (``IndicatorsCSV``). Number columns hold numbers only, with the unit in the header
/// (`总分（分）`); a value that does not exist is an empty cell, and a status column says why. Scores are exact
/// decimal text (`85.23`), never rounded binary floating point.
public enum SummaryCSV {
    public static let leadingColumns = ["文件", "部门", "年度", "规则", "规则版本", "总分（分）", "可评分值（分）", "满分（分）",
                                        "得分率（%）", "等级", "评定状态", "一票否决",
                                        // A self-assessment form's project, and the claimed total against the computed one.
                                        "评价对象", "自评分合计（分）", "自评指标计算得分（分）"]
    public static let trailingColumns = ["不一致数（项）", "数据不足数（项）", "问题数（条）"]

    /// One (submission, rubric) row before the full set of columns is known.
    public struct Row: Sendable, Equatable {
        /// A value of a rubric-dependent column.
        public struct Cell: Sendable, Equatable {
            public var column: String
            public var value: String

            public init(column: String, value: String) {
                self.column = column
                self.value = value
            }
        }

        /// Values of the leading columns.
        public var leading: [String]
        /// Rubric-dependent values (empty in summary.csv; groups, indicators and metrics in a rubric's file).
        public var cells: [Cell]
        /// Values of the trailing columns.
        public var trailing: [String]

        public init(leading: [String], cells: [Cell], trailing: [String]) {
            self.leading = leading
            self.cells = cells
            self.trailing = trailing
        }
    }

    /// The rows of one scored submission, one per rubric, in the order of its results.
    public static func rows(_ submission: SubmissionResult) -> [Row] {
        submission.results.map { result in
            let share = result.score.divided(by: result.maxApplicable).map { ($0 * .hundred).decimalText(places: 2) } ?? ""
            let anyVeto = result.vetoed || result.containsIndicator { $0.vetoTriggered }
            let leading = [submission.path, submission.department, String(submission.year), result.rubric.id,
                           result.rubric.version, exact(result.score), exact(result.maxApplicable),
                           exact(result.rubric.totalPoints), share, result.grade ?? "", status(result),
                           anyVeto ? "是" : "否", result.subject ?? "",
                           result.claimedTotal.map(exact) ?? "", result.claimedIndicatorsScore.map(exact) ?? ""]
            return Row(leading: leading, cells: [], trailing: counts(result))
        }
    }

    /// 评定状态: "已评等级", or why no grade was given.
    static func status(_ result: RubricResult) -> String {
        if result.grade != nil { return "已评等级" }
        if result.maxApplicable == .zero { return "未评等级：没有可评分的指标" }
        return "未评等级：可评分值不足满分的 \(result.rubric.gradeRequires.percentText(places: 0))"
    }

    /// 不一致数, 数据不足数 and 问题数.
    static func counts(_ result: RubricResult) -> [String] {
        [String(result.checks.count { $0.verdict == .mismatch }),
         String(result.checks.count { $0.verdict == .insufficientData }),
         String(result.findings.count)]
    }

    /// Exact decimal text when the value terminates (scores always do), else rounded to 6 places.
    static func exact(_ value: Rational) -> String {
        value.exactDecimalText(maxPlaces: 6) ?? value.decimalText(places: 6)
    }

    /// The rubric-dependent columns seen so far, in first-seen order.
    public struct Columns: Sendable {
        public private(set) var names: [String] = []
        private var known: Set<String> = []

        public init() {}

        /// Adds the row's columns not seen before, after those already known.
        public mutating func include(_ row: Row) {
            for cell in row.cells where !known.contains(cell.column) {
                known.insert(cell.column)
                names.append(cell.column)
            }
        }

        /// The header record (without the byte order mark), for the given fixed columns.
        public func header(leading: [String] = SummaryCSV.leadingColumns, trailing: [String] = SummaryCSV.trailingColumns) -> String {
            CSVWriter.record(leading + names + trailing)
        }

        /// The row as one CSV record under these columns; columns the row does not have are left empty.
        public func record(_ row: Row) -> String {
            var values: [String: String] = [:]
            for cell in row.cells { values[cell.column] = cell.value }
            return CSVWriter.record(row.leading + names.map { values[$0] ?? "" } + row.trailing)
        }
    }
}
