import JixiaoExpression
import JixiaoYAML

/// The outcome of one arithmetic check on one submission.
public struct CheckResult: Sendable {
    public enum Verdict: String, Sendable, CaseIterable {
        /// The recomputed figure rounds to the printed one.
        case ok
        /// They differ, but by no more than the rounding of the printed inputs can explain (尾数误差).
        case rounding
        /// They differ beyond anything rounding explains: an arithmetic or copy error.
        case mismatch
        /// An input is missing, so nothing can be said (never a pass).
        case insufficientData = "insufficient_data"

        public var chineseName: String {
            switch self {
            case .ok: "一致"
            case .rounding: "尾数误差"
            case .mismatch: "不一致"
            case .insufficientData: "数据不足"
            }
        }
    }

    /// The check's id; a check run per record has `[key]` appended.
    public var id: String
    public var name: String
    public var verdict: Verdict
    public var severity: Check.Severity
    public var relation: Check.Relation
    public var stated: Value
    public var computed: Value
    /// All values the printed figure may stand for, and all the recomputation may give.
    public var statedRange: RationalRange?
    public var computedRange: RationalRange?
    /// stated − computed.
    public var difference: Rational?
    /// The explicit tolerance, when the check has one instead of the envelope.
    public var tolerance: Rational?
    public var unit: DisplayUnit
    /// The document section the stated figure comes from, e.g. "第三部分 五（三）".
    public var whereInDocument: String?
    /// Where the stated figure is written in the submission file.
    public var location: SourceLocation?
    /// The expressions as written in the check.
    public var statedExpression: String
    public var computedExpression: String
    /// Every figure the check read, shown as the report shows it.
    public var inputs: [(path: String, shown: String)]
    /// One line of Chinese saying what was compared and what came out.
    public var explanation: String
    public var checkSet: String?
    /// The concrete submission paths of every printed figure the check read (stated side and inputs),
    /// so a result can say how many of the file's figures were verified.
    public var coveredPaths: [String] = []
    /// Where the heading of the rubric check this is a result of stands in ``RubricResult/checkHeadings``; nil
    /// for the statement and form checks, which are made per submission.
    public var headingIndex: Int? = nil
    /// For a check run per record: the record's key (in `id`) and label (in `name`).
    public var record: (key: String, label: String)? = nil
}
