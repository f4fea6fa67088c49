import JixiaoEngine
import JixiaoExpression

/// `summary.csv` of `jixiao batch`: one row per (submission, rubric), for opening in Excel.
///
/// Columns, in order:
/// - 文件, 部门, 年度, 规则, 总分, 可评分值, 满分, 等级 (empty when nothing could be graded);
/// - one column per top-level group, headed `分组:<组名>`, holding the group's score;
/// - one column per metric that is not computed per record, headed `计算项:<名称>`, holding the metric as
///   the reports show it (`88.61%`, `1234.56万元`, `缺少数据（…）`);
/// - 不一致数 (checks whose verdict is 不一致) and 问题数 (findings that fired, as in the JSON `findings`).
///
/// Rubrics differ, so the group and metric columns are the union over all rows, in the order they are
/// first seen (each rubric's columns stay together, in rubric order). Rubrics that share a group or metric
/// name share its column; the 规则 column says which rubric a row was scored with. A row leaves the columns
/// of other rubrics empty. Scores are exact decimal text (`85.23`), never rounded binary floating point.
public enum SummaryCSV {
    public static let leadingColumns = ["文件", "部门", "年度", "规则", "总分", "可评分值", "满分", "等级"]
    public static let trailingColumns = ["不一致数", "问题数"]

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

        /// Values of ``SummaryCSV/leadingColumns``.
        public var leading: [String]
        /// Group scores and metrics, in rubric order.
        public var cells: [Cell]
        /// Values of ``SummaryCSV/trailingColumns``.
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
            let leading = [submission.path, submission.department, String(submission.year), result.rubric.id,
                           exact(result.score), exact(result.maxApplicable), exact(result.rubric.totalPoints),
                           result.grade ?? ""]
            var cells: [Row.Cell] = []
            var used: Set<String> = []
            // A rubric may repeat a name (two groups both called 其他); the later one gets its id appended.
            func add(_ column: String, id: String, value: String) {
                let name = used.contains(column) ? "\(column)（\(id)）" : column
                used.insert(name)
                cells.append(Row.Cell(column: name, value: value))
            }
            for group in result.groups { add("分组:\(group.name)", id: group.id, value: exact(group.score)) }
            // Per-record metrics are reported as `id[key]`; their number varies by submission, so they stay
            // in the Markdown report and the JSON, not in a fixed-column table.
            for metric in result.metrics where !metric.id.contains("[") {
                add("计算项:\(metric.name)", id: metric.id, value: metric.shown)
            }
            let mismatches = result.checks.filter { $0.verdict == .mismatch }.count
            return Row(leading: leading, cells: cells, trailing: [String(mismatches), String(result.findings.count)])
        }
    }

    /// Exact decimal text when the value terminates (scores always do), else `numerator/denominator`.
    static func exact(_ value: Rational) -> String {
        value.exactDecimalText() ?? "\(value.numerator)/\(value.denominator)"
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

        /// The header record (without the byte order mark).
        public var header: String {
            CSVWriter.record(SummaryCSV.leadingColumns + names + SummaryCSV.trailingColumns)
        }

        /// The row as one CSV record under these columns; columns the row does not have are left empty.
        public func record(_ row: Row) -> String {
            var values: [String: String] = [:]
            for cell in row.cells { values[cell.column] = cell.value }
            return CSVWriter.record(row.leading + names.map { values[$0] ?? "" } + row.trailing)
        }
    }
}

extension SummaryCSV.Row {
    /// The row as one line of text (no line breaks inside), so a caller can spool rows to disk while the
    /// set of columns is still growing and write the CSV at the end without keeping the rows in memory.
    public var spoolLine: String {
        (leading + trailing + cells.flatMap { [$0.column, $0.value] }).map(Self.escape).joined(separator: "\t")
    }

    /// Reads a line written by ``spoolLine``; nil if it is not one.
    public init?(spoolLine: Substring) {
        let fields = spoolLine.split(separator: "\t", omittingEmptySubsequences: false).map(Self.unescape)
        let fixed = SummaryCSV.leadingColumns.count + SummaryCSV.trailingColumns.count
        guard fields.count >= fixed, (fields.count - fixed) % 2 == 0 else { return nil }
        let leadingCount = SummaryCSV.leadingColumns.count
        leading = Array(fields[..<leadingCount])
        trailing = Array(fields[leadingCount..<fixed])
        cells = stride(from: fixed, to: fields.count, by: 2).map { Cell(column: fields[$0], value: fields[$0 + 1]) }
    }

    private static func escape(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\t": escaped += "\\t"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    private static func unescape(_ text: Substring) -> String {
        var plain = ""
        var escaping = false
        for scalar in text.unicodeScalars {
            if escaping {
                switch scalar {
                case "t": plain += "\t"
                case "n": plain += "\n"
                case "r": plain += "\r"
                default: plain.unicodeScalars.append(scalar)
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                plain.unicodeScalars.append(scalar)
            }
        }
        return plain
    }
}
