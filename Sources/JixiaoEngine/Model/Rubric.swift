import JixiaoExpression
import JixiaoYAML

/// An assessment, loaded from YAML and validated: compiled once, used to score many submissions.
public struct Rubric: Sendable {
    public var id: String
    public var version: String
    public var title: String
    /// Free text for readers: sources, caveats (e.g. that a rubric is a reconstruction).
    public var description: String?
    public var total: Rational
    /// Unit of amounts (万元).
    public var unit: String { didSet { forgetPlans() } }
    public var rounding: RoundingPolicy
    public var grades: GradeScale
    public var policy: ScoringPolicy
    /// Declared facts, in written order.
    public var facts: [FactDeclaration] { didSet { forgetPlans() } }
    /// Metrics in evaluation order (each after those it uses).
    public var metrics: [Metric] { didSet { forgetPlans() } }
    public var groups: [Group] { didSet { scoringPlan = RubricScoringPlan() } }
    /// The rubric is an assessment of the department's work (`narrative: assessment`), whose problems the
    /// narrative drafts apart from the 自评报告's own sections; default `report`.
    public var isAssessment = false
    /// Whether results carry the relations every statement states by itself (`statement_checks`, default true):
    /// an assessment that reads no budget figures (the annual 130-point one) leaves them to the budget rubric.
    public var statementChecks = true
    /// How self-assessment forms are scored, for a rubric that scores forms (`form:`) instead of groups.
    public var form: FormRules? = nil
    /// A rubric with no groups and no total: it only runs its checks and scores nothing.
    public var isChecksOnly: Bool { groups.isEmpty && total.isZero }
    /// Arithmetic checks: the rubric's own and those of the check sets it includes.
    public var checks: [Check] = [] { didSet { forgetPlans() } }
    /// Ids of the included check sets.
    public var checkSets: [String] = []
    /// Problems the narrative may report, with their triggers and templates.
    public var findings: [FindingTemplate] = []
    /// Where the rubric was read from and the SHA-256 of its bytes.
    public var file: String
    public var sha256: String

    public func fact(at path: String) -> FactDeclaration? { factsByPath[path] }

    /// A place to report whole-rubric problems that have no better location.
    var groupsLocation: SourceLocation { SourceLocation(file: file, line: 1, column: 1) }
    public func metric(withId id: String) -> Metric? { metricsById[id] }

    var factsByPath: [String: FactDeclaration] = [:] { didSet { forgetPlans() } }
    var metricsById: [String: Metric] = [:] { didSet { forgetPlans() } }
    /// The facts as finding templates name them, made when the rubric is compiled.
    var templateFacts = TemplateFactIndex()
    /// The checks' headings, made once for all the submissions scored on the rubric; replaced by a new, empty one
    /// whenever what they are made from (checks, facts, metrics, unit) changes.
    var checkPlan = RubricCheckPlan()
    /// How indicator inputs are read and shown, made once like `checkPlan` and replaced like it (and when the
    /// groups change).
    var scoringPlan = RubricScoringPlan()
    /// The containers the facts lie in, made once like `checkPlan` and replaced like it.
    var factPathParents = RubricFactPathParents()

    /// Drops what was worked out from the checks, facts, metrics or unit, which just changed.
    private mutating func forgetPlans() {
        checkPlan = RubricCheckPlan()
        scoringPlan = RubricScoringPlan()
        factPathParents = RubricFactPathParents()
    }
}

/// A group of indicators (一级/二级 …), any depth.
public struct Group: Sendable {
    public var id: String
    public var name: String
    /// Sum of its regular indicators' points (checked against a declared value).
    public var points: Rational
    /// Bonus points may not lift the group above its points.
    public var capped: Bool
    public var groups: [Group]
    public var indicators: [Indicator]
    public var location: SourceLocation
    /// Path in the rubric, e.g. `groups[1]`.
    public var path: String
    /// False when a child failed to decode (the rubric is then rejected anyway).
    var complete = true
}

/// One scored item with its method.
public struct Indicator: Sendable {
    public var id: String
    public var name: String
    public var points: Rational
    public var method: any ScoringMethod
    /// When false the indicator is not applicable to this submission.
    public var applicable: SourcedExpression?
    /// Free text for readers: 指标解释 / 评分标准 in words.
    public var description: String?
    public var location: SourceLocation
    /// Path in the rubric, e.g. `groups[0].indicators[2]`.
    public var path: String

    public var methodKey: String { type(of: method).key }
    public var methodTitle: String { type(of: method).title }
}
