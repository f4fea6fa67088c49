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
        get { storage.fields.id }
        set { uniqueStorage().fields.id = newValue }
    }

    public var name: String {
        get { storage.fields.name }
        set { uniqueStorage().fields.name = newValue }
    }

    public var verdict: Verdict {
        get { storage.fields.verdict }
        set { uniqueStorage().fields.verdict = newValue }
    }

    public var severity: Check.Severity {
        get { storage.fields.severity }
        set { uniqueStorage().fields.severity = newValue }
    }

    public var relation: Check.Relation {
        get { storage.fields.relation }
        set { uniqueStorage().fields.relation = newValue }
    }

    public var stated: Value {
        get { storage.fields.stated }
        set { uniqueStorage().fields.stated = newValue }
    }

    public var computed: Value {
        get { storage.fields.computed }
        set { uniqueStorage().fields.computed = newValue }
    }

    /// All values the printed figure may stand for, and all the recomputation may give.
    public var statedRange: RationalRange? {
        get { storage.fields.statedRange }
        set { uniqueStorage().fields.statedRange = newValue }
    }

    public var computedRange: RationalRange? {
        get { storage.fields.computedRange }
        set { uniqueStorage().fields.computedRange = newValue }
    }

    /// stated − computed.
    public var difference: Rational? {
        get { storage.fields.difference }
        set { uniqueStorage().fields.difference = newValue }
    }

    /// The explicit tolerance, when the check has one instead of the envelope.
    public var tolerance: Rational? {
        get { storage.fields.tolerance }
        set { uniqueStorage().fields.tolerance = newValue }
    }

    public var unit: DisplayUnit {
        get { storage.fields.unit }
        set { uniqueStorage().fields.unit = newValue }
    }

    /// The document section the stated figure comes from, e.g. "第三部分 五（三）".
    public var whereInDocument: String? {
        get { storage.fields.whereInDocument }
        set { uniqueStorage().fields.whereInDocument = newValue }
    }

    /// Where the stated figure is written in the submission file.
    public var location: SourceLocation? {
        get { storage.fields.location }
        set { uniqueStorage().fields.location = newValue }
    }

    /// The expressions as written in the check.
    public var statedExpression: String {
        get { storage.fields.statedExpression }
        set { uniqueStorage().fields.statedExpression = newValue }
    }

    public var computedExpression: String {
        get { storage.fields.computedExpression }
        set { uniqueStorage().fields.computedExpression = newValue }
    }

    /// Every figure the check read, shown as the report shows it.
    public var inputs: [(path: String, shown: String)] {
        get { storage.fields.inputs }
        set { uniqueStorage().fields.inputs = newValue }
    }

    /// One line of Chinese saying what was compared and what came out.
    public var explanation: String {
        get { storage.fields.explanation }
        set { uniqueStorage().fields.explanation = newValue }
    }

    public var checkSet: String? {
        get { storage.fields.checkSet }
        set { uniqueStorage().fields.checkSet = newValue }
    }

    /// The concrete submission paths of every printed figure the check read (stated side and inputs),
    /// so a result can say how many of the file's figures were verified.
    public var coveredPaths: [String] {
        get { storage.fields.coveredPaths }
        set { uniqueStorage().fields.coveredPaths = newValue }
    }

    /// Where the heading of the rubric check this is a result of stands in ``RubricResult/checkHeadings``; nil
    /// for the statement and form checks, which are made per submission.
    public var headingIndex: Int? {
        get { storage.fields.headingIndex }
        set { uniqueStorage().fields.headingIndex = newValue }
    }

    /// For a check run per record: the record's key (in `id`) and label (in `name`).
    public var record: (key: String, label: String)? {
        get { storage.fields.record }
        set { uniqueStorage().fields.record = newValue }
    }

    private var storage: Storage

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
        storage = Storage(Fields(
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

    /// The box, copied first when another result shares it.
    private mutating func uniqueStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
        return storage
    }

    /// Never changed while shared (``uniqueStorage()`` copies it first), so results can cross threads.
    private final class Storage: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private struct Fields {
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
