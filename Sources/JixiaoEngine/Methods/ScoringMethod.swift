import JixiaoExpression

/// A way of turning an indicator's inputs into points (正向比例, 扣分制, 阶梯, …).
///
/// Each method lives in its own file, carries its Chinese description and worked examples,
/// and the test suite runs every example (see ``MethodExample``).
public protocol ScoringMethod: Sendable {
    /// Key used in a rubric: `method: {proportional: {...}}`.
    static var key: String { get }
    /// Chinese name, e.g. "正向比例计分".
    static var title: String { get }
    /// How it scores, in Chinese, for `jixiao methods` and the rubric documentation.
    static var summary: String { get }
    /// Worked examples, each checked by the tests.
    static var examples: [MethodExample] { get }
    /// Parameter that a bare scalar stands for: `method: {formula: "a * 2"}` means `{formula: {score: "a * 2"}}`.
    static var shorthandParameter: String? { get }

    /// Reads the parameters; returns nil after reporting problems through `parameters`.
    init?(parameters: MethodParameters)

    /// Every expression the method evaluates, so references are checked when the rubric loads.
    var expressions: [SourcedExpression] { get }
    /// How the indicator counts towards its group.
    var role: IndicatorRole { get }
    /// Problems that can only be seen once the indicator's points are known (e.g. checklist items that do not add up).
    func validate(points: Rational, parameters: MethodParameters)

    /// Scores the indicator out of `points`.
    func score(points: Rational, context: ScoringContext) throws(InputUnavailable) -> MethodOutcome
}

extension ScoringMethod {
    public static var shorthandParameter: String? { nil }
    public var role: IndicatorRole { .regular }
    public func validate(points: Rational, parameters: MethodParameters) {}
}

/// How an indicator's points count towards its group and the rubric total.
public enum IndicatorRole: String, Sendable {
    /// Its points are part of the group's declared points.
    case regular
    /// 加分项: its points are a cap on extra points, outside the declared total.
    case bonus
    /// 一票否决: no points of its own; when triggered it zeroes its group.
    case veto
}

/// What a method concluded.
public struct MethodOutcome: Sendable {
    public enum Kind: Sendable, Equatable {
        case scored(Rational)
        case notApplicable
        case missingData(Set<String>)
        case notComputable
        case manualPending
        /// A veto check: `true` when the veto is triggered.
        case veto(triggered: Bool)
    }

    public var kind: Kind
    /// One line of Chinese explaining the score: method, inputs, points lost.
    public var reason: String

    public init(_ kind: Kind, reason: String) {
        self.kind = kind
        self.reason = reason
    }

    public static func scored(_ score: Rational, _ reason: String) -> MethodOutcome {
        MethodOutcome(.scored(score), reason: reason)
    }
}

/// Thrown by ``ScoringContext`` when an input has no value, so methods read their inputs in straight lines.
public struct InputUnavailable: Error, Sendable {
    public var outcome: MethodOutcome
}
