import JixiaoExpression
import JixiaoYAML

/// The outcome of one arithmetic check on one submission.
///
/// A value with a dozen strings, figures and lists, copied each time a renderer or a summary walks the checks
/// (thousands of times per document): its fields live in one shared box, copied only when a shared result is
/// changed, so passing a result around costs a single reference count.
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
    public var id: String {
        get { storage.value.id }
        set { storage.value.id = newValue }
    }

    public var name: String {
        get { storage.value.name }
        set { storage.value.name = newValue }
    }

    public var verdict: Verdict {
        get { storage.value.verdict }
        set { storage.value.verdict = newValue }
    }

    public var severity: Check.Severity {
        get { storage.value.severity }
        set { storage.value.severity = newValue }
    }

    public var relation: Check.Relation {
        get { storage.value.relation }
        set { storage.value.relation = newValue }
    }

    public var stated: Value {
        get { storage.value.stated }
        set { storage.value.stated = newValue }
    }

    public var computed: Value {
        get { storage.value.computed }
        set { storage.value.computed = newValue }
    }

    /// All values the printed figure may stand for, and all the recomputation may give.
    public var statedRange: RationalRange? {
        get { storage.value.statedRange }
        set { storage.value.statedRange = newValue }
    }

    public var computedRange: RationalRange? {
        get { storage.value.computedRange }
        set { storage.value.computedRange = newValue }
    }

    /// stated − computed.
    public var difference: Rational? {
        get { storage.value.difference }
        set { storage.value.difference = newValue }
    }

    /// The explicit tolerance, when the check has one instead of the envelope.
    public var tolerance: Rational? {
        get { storage.value.tolerance }
        set { storage.value.tolerance = newValue }
    }

    public var unit: DisplayUnit {
        get { storage.value.unit }
        set { storage.value.unit = newValue }
    }

    /// The document section the stated figure comes from, e.g. "第三部分 五（三）".
    public var whereInDocument: String? {
        get { storage.value.whereInDocument }
        set { storage.value.whereInDocument = newValue }
    }

    /// Where the stated figure is written in the submission file.
    public var location: SourceLocation? {
        get { storage.value.location }
        set { storage.value.location = newValue }
    }

    /// The expressions as written in the check.
    public var statedExpression: String {
        get { storage.value.statedExpression }
        set { storage.value.statedExpression = newValue }
    }

    public var computedExpression: String {
        get { storage.value.computedExpression }
        set { storage.value.computedExpression = newValue }
    }

    /// Every figure the check read, shown as the report shows it.
    public var inputs: [(path: String, shown: String)] {
        get { storage.value.inputs }
        set { storage.value.inputs = newValue }
    }

    /// One line of Chinese saying what was compared and what came out.
    public var explanation: String {
        get { storage.value.explanation }
        set { storage.value.explanation = newValue }
    }

    public var checkSet: String? {
        get { storage.value.checkSet }
        set { storage.value.checkSet = newValue }
    }

    /// The concrete submission paths of every printed figure the check read (stated side and inputs),
    /// so a result can say how many of the file's figures were verified.
    public var coveredPaths: [String] {
        get { storage.value.coveredPaths }
        set { storage.value.coveredPaths = newValue }
    }

    /// Where the heading of the rubric check this is a result of stands in ``RubricResult/checkHeadings``; nil
    /// for the statement and form checks, which are made per submission.
    public var headingIndex: Int? {
        get { storage.value.headingIndex }
        set { storage.value.headingIndex = newValue }
    }

    /// For a check run per record: the record's key (in `id`) and label (in `name`).
    public var record: (key: String, label: String)? {
        get { storage.value.record }
        set { storage.value.record = newValue }
    }

    private var storage: CopyOnWrite<Fields>

    public init(
        id: String,
        name: String,
        verdict: Verdict,
        severity: Check.Severity,
        relation: Check.Relation,
        stated: Value,
        computed: Value,
        statedRange: RationalRange?,
        computedRange: RationalRange?,
        difference: Rational?,
        tolerance: Rational?,
        unit: DisplayUnit,
        whereInDocument: String?,
        location: SourceLocation?,
        statedExpression: String,
        computedExpression: String,
        inputs: [(path: String, shown: String)],
        explanation: String,
        checkSet: String?,
        coveredPaths: [String] = [],
        headingIndex: Int? = nil,
        record: (key: String, label: String)? = nil
    ) {
        storage = CopyOnWrite(Fields(
            id: id,
            name: name,
            verdict: verdict,
            severity: severity,
            relation: relation,
            stated: stated,
            computed: computed,
            statedRange: statedRange,
            computedRange: computedRange,
            difference: difference,
            tolerance: tolerance,
            unit: unit,
            whereInDocument: whereInDocument,
            location: location,
            statedExpression: statedExpression,
            computedExpression: computedExpression,
            inputs: inputs,
            explanation: explanation,
            checkSet: checkSet,
            coveredPaths: coveredPaths,
            headingIndex: headingIndex,
            record: record))
    }

    private struct Fields: Sendable {
        var id: String
        var name: String
        var verdict: Verdict
        var severity: Check.Severity
        var relation: Check.Relation
        var stated: Value
        var computed: Value
        var statedRange: RationalRange?
        var computedRange: RationalRange?
        var difference: Rational?
        var tolerance: Rational?
        var unit: DisplayUnit
        var whereInDocument: String?
        var location: SourceLocation?
        var statedExpression: String
        var computedExpression: String
        var inputs: [(path: String, shown: String)]
        var explanation: String
        var checkSet: String?
        var coveredPaths: [String]
        var headingIndex: Int?
        var record: (key: String, label: String)?
    }
}
