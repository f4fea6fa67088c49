import JixiaoExpression
import JixiaoYAML

/// An identity between figures a department printed, judged against the rounding envelope of its inputs.
///
/// Checks are rubric data: a rubric lists its own under `checks:` and includes reusable sets (the nine
/// disclosure tables, a report template) under `check_sets:`.
public struct Check: Sendable {
    public enum Relation: String, Sendable {
        case equal = "=="
        case atMost = "<="
        case atLeast = ">="

        var symbol: String {
            switch self {
            case .equal: "="
            case .atMost: "≤"
            case .atLeast: "≥"
            }
        }
    }

    public enum Severity: String, Sendable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }

        public var chineseName: String { self == .error ? "错误" : "提示" }
    }

    public var id: String
    public var name: String
    /// The figure as printed.
    public var stated: SourcedExpression
    /// What it should be, recomputed from its inputs.
    public var computed: SourcedExpression
    public var relation: Relation
    public var severity: Severity
    /// An explicit absolute tolerance; nil means the rounding envelope of the printed inputs.
    public var tolerance: Rational?
    public var unit: DisplayUnit?
    /// Where in the document the stated figure stands; nil means the `section:` of the stated fact.
    public var whereInDocument: String?
    public var description: String?
    /// When set, the check runs once per record of this list fact.
    public var each: Metric.Each?
    /// The check set it came from (nil for the rubric's own checks).
    public var checkSet: String?
    public var location: SourceLocation
    /// The set's `applies_when`: when it does not hold, the check is skipped (not a verdict).
    public var appliesWhen: SourcedExpression? = nil
}
