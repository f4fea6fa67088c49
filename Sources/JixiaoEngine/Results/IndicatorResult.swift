import JixiaoExpression

/// Where an indicator ended up.
public enum IndicatorState: String, Sendable, Hashable {
    case scored
    case notApplicable = "not_applicable"
    case missingData = "missing_data"
    case manualPending = "manual_pending"
    /// Its inputs could not be computed (division by zero, a value outside every band, …).
    case error

    public var chineseName: String {
        switch self {
        case .scored: "已评分"
        case .notApplicable: "不适用"
        case .missingData: "缺少数据"
        case .manualPending: "待人工评分"
        case .error: "无法计分"
        }
    }
}

/// One indicator's score and the reasons for it.
///
/// A value with a handful of strings, figures and the recorded inputs, copied each time a renderer or a summary
/// walks a result's groups (a dozen times per submission): its fields live in one shared box, copied only when a
/// shared result is changed, so passing a result around costs a single reference count.
public struct IndicatorResult: Sendable {
    public var id: String {
        get { storage.value.id }
        set { storage.value.id = newValue }
    }

    public var name: String {
        get { storage.value.name }
        set { storage.value.name = newValue }
    }

    public var points: Rational {
        get { storage.value.points }
        set { storage.value.points = newValue }
    }

    /// Nil when the indicator is left out of the maximum (not applicable, missing data, pending).
    public var score: Rational? {
        get { storage.value.score }
        set { storage.value.score = newValue }
    }

    public var state: IndicatorState {
        get { storage.value.state }
        set { storage.value.state = newValue }
    }

    public var role: IndicatorRole {
        get { storage.value.role }
        set { storage.value.role = newValue }
    }

    public var method: String {
        get { storage.value.method }
        set { storage.value.method = newValue }
    }

    public var methodTitle: String {
        get { storage.value.methodTitle }
        set { storage.value.methodTitle = newValue }
    }

    /// One line of Chinese: inputs, computation, points lost, and how the policy treated a gap.
    public var reason: String {
        get { storage.value.reason }
        set { storage.value.reason = newValue }
    }

    public var inputs: [ScoringContext.RecordedInput] {
        get { storage.value.inputs }
        set { storage.value.inputs = newValue }
    }

    /// Points this indicator adds to the applicable maximum.
    public var countedPoints: Rational {
        get { storage.value.countedPoints }
        set { storage.value.countedPoints = newValue }
    }

    /// The department's own score for this indicator, when the submission gives it.
    public var claimedScore: Rational? {
        get { storage.value.claimedScore }
        set { storage.value.claimedScore = newValue }
    }

    /// A triggered veto.
    public var vetoTriggered: Bool {
        get { storage.value.vetoTriggered }
        set { storage.value.vetoTriggered = newValue }
    }

    /// A triggered veto that zeroes the whole rubric, not only its group.
    public var vetoesRubric: Bool {
        get { storage.value.vetoesRubric }
        set { storage.value.vetoesRubric = newValue }
    }

    /// Points lost against full marks, for regular indicators that were scored.
    public var pointsLost: Rational? {
        guard role == .regular, let score else { return nil }
        return points - score
    }

    private var storage: CopyOnWrite<Fields>

    init(id: String, name: String, points: Rational, score: Rational?, state: IndicatorState, role: IndicatorRole,
         method: String, methodTitle: String, reason: String, inputs: [ScoringContext.RecordedInput],
         countedPoints: Rational, claimedScore: Rational?, vetoTriggered: Bool, vetoesRubric: Bool = false) {
        storage = CopyOnWrite(Fields(
            id: id, name: name, points: points, score: score, state: state, role: role, method: method,
            methodTitle: methodTitle, reason: reason, inputs: inputs, countedPoints: countedPoints,
            claimedScore: claimedScore, vetoTriggered: vetoTriggered, vetoesRubric: vetoesRubric))
    }

    private struct Fields: Sendable {
        var id: String
        var name: String
        var points: Rational
        var score: Rational?
        var state: IndicatorState
        var role: IndicatorRole
        var method: String
        var methodTitle: String
        var reason: String
        var inputs: [ScoringContext.RecordedInput]
        var countedPoints: Rational
        var claimedScore: Rational?
        var vetoTriggered: Bool
        var vetoesRubric: Bool
    }
}

/// A group's score: the sum of its indicators and subgroups, after veto and cap.
public struct GroupResult: Sendable {
    public var id: String
    public var name: String
    public var points: Rational
    public var score: Rational
    public var maxApplicable: Rational
    public var vetoed: Bool
    public var groups: [GroupResult]
    public var indicators: [IndicatorResult]

    /// Every indicator, depth first.
    public var allIndicators: [IndicatorResult] {
        indicators + groups.flatMap(\.allIndicators)
    }

    /// Calls `body` with every indicator, in ``allIndicators`` order, without copying them into an array.
    public func forEachIndicator(_ body: (IndicatorResult) throws -> Void) rethrows {
        for indicator in indicators { try body(indicator) }
        for group in groups { try group.forEachIndicator(body) }
    }

    /// Whether any indicator, at any depth, satisfies `predicate`.
    public func containsIndicator(where predicate: (IndicatorResult) -> Bool) -> Bool {
        indicators.contains(where: predicate) || groups.contains { $0.containsIndicator(where: predicate) }
    }
}

/// A metric's value for one submission.
public struct MetricResult: Sendable {
    public var id: String
    public var name: String
    public var value: Value { didSet { shown = Self.show(value, unit, places) } }
    public var unit: DisplayUnit { didSet { shown = Self.show(value, unit, places) } }
    public var places: Int { didSet { shown = Self.show(value, unit, places) } }
    /// Which way the figure is better, when the rubric says.
    public var better: Metric.Direction?

    /// The value as a reader sees it ("88.61%"). Made once with the result: every renderer reads it, and making it
    /// cost more than writing it.
    public private(set) var shown: String

    public init(id: String, name: String, value: Value, unit: DisplayUnit, places: Int,
                better: Metric.Direction? = nil) {
        self.id = id
        self.name = name
        self.value = value
        self.unit = unit
        self.places = places
        self.better = better
        shown = Self.show(value, unit, places)
    }

    private static func show(_ value: Value, _ unit: DisplayUnit, _ places: Int) -> String {
        NumberFormat.show(value, as: unit, places: places)
    }
}

/// A submission scored against one rubric.
public struct RubricResult: Sendable {
    public struct RubricInfo: Sendable {
        public var id: String
        public var version: String
        public var title: String
        public var totalPoints: Rational
        public var file: String
        public var sha256: String
        public var description: String?
        /// The share of the total that must be scorable for a grade (policy.grade_requires).
        public var gradeRequires: Rational = .zero
        /// The rubric only checks figures (no groups, no total): there is no score to show.
        public var checksOnly: Bool = false
        /// The rubric checks figures at all (its own checks or the statement relations); one that does not says
        /// nothing about coverage.
        public var checksFigures: Bool = true
        /// An assessment of the department's work (`narrative: assessment`): its problems are drafted apart.
        public var assessment: Bool = false
    }

    public var rubric: RubricInfo
    /// What was assessed when it is not the whole department: the project a self-assessment form is about.
    public var subject: String? = nil
    public var score: Rational
    /// Points of the indicators that could be scored: "scored over X of Y points".
    public var maxApplicable: Rational
    /// Nil when nothing could be scored.
    public var grade: String?
    /// A veto with `scope: rubric` was triggered: the total is zero.
    public var vetoed: Bool
    public var groups: [GroupResult]
    public var metrics: [MetricResult]
    /// The arithmetic checks, in rubric order.
    public var checks: [CheckResult]
    /// What the results of each of the rubric's own checks share, for all its checks (run or not), in rubric order.
    public var checkHeadings: [CheckHeading] = []
    /// How many of the file's printed figures the checks verified.
    public var coverage = FigureCoverage(statedFigures: 0, checkedFigures: 0, checksRun: 0)
    /// Labels of the facts the rubric marks `required` that the file does not hold (scored without them).
    public var missingRequired: [String] = []
    /// Check sets that do not apply to this submission (their `applies_when` does not hold).
    public var skippedCheckSets: [String] = []
    /// The findings that fired, in rubric order (see ``Narrative`` for how a report groups them).
    public var findings: [FindingResult] = []
    /// Sum of the department's claimed scores, when it claims any.
    public var claimedTotal: Rational?
    /// Sum of the computed scores of the indicators the department claimed, so the two totals compare like with like.
    public var claimedIndicatorsScore: Rational?
    /// How many indicators the department claimed a score for.
    public var claimedCount: Int

    public var allIndicators: [IndicatorResult] { groups.flatMap(\.allIndicators) }

    /// Calls `body` with every indicator, in ``allIndicators`` order, without copying them into an array (a result
    /// is read several times per submission, and an indicator's result is large).
    public func forEachIndicator(_ body: (IndicatorResult) throws -> Void) rethrows {
        for group in groups { try group.forEachIndicator(body) }
    }

    /// Whether any indicator satisfies `predicate`.
    public func containsIndicator(where predicate: (IndicatorResult) -> Bool) -> Bool {
        groups.contains { $0.containsIndicator(where: predicate) }
    }
}

/// Everything jixiao says about one submission file.
public struct SubmissionResult: Sendable {
    public var path: String
    public var sha256: String
    public var department: String
    public var year: Int
    public var results: [RubricResult]
}
