import JixiaoEngine
import JixiaoExpression

/// The `jixiao.result/1` JSON contract (docs/json-output.md): one object per submission.
public struct JSONRenderer: Sendable {
    public static let schema = "jixiao.result/1"
    public var engineVersion: String

    public init(engineVersion: String) {
        self.engineVersion = engineVersion
    }

    public func render(_ result: SubmissionResult, pretty: Bool) -> String {
        json(result).serialized(pretty: pretty)
    }

    /// The same document as UTF-8 bytes, for writers that store it as it is (a results.jsonl line).
    public func renderBytes(_ result: SubmissionResult, pretty: Bool) -> [UInt8] {
        json(result).serializedBytes(pretty: pretty)
    }

    public func json(_ result: SubmissionResult) -> JSONValue {
        .object([
            ("schema", .string(Self.schema)),
            ("engine", .object([("version", .string(engineVersion))])),
            ("submission", .object([
                ("path", .string(result.path)), ("sha256", .string(result.sha256)),
                ("department", .string(result.department)), ("year", .number(String(result.year))),
            ])),
            ("results", .array(result.results.map(json))),
        ])
    }

    func json(_ result: RubricResult) -> JSONValue {
        .object(membersBeforeChecks(result) + [("checks", .array(result.checks.map(json)))] + membersAfterChecks(result))
    }

    /// The members of one rubric's result before `checks`, which every schema version writes alike.
    func membersBeforeChecks(_ result: RubricResult) -> [(String, JSONValue)] {
        let rubric: JSONValue = .object([
            ("id", .string(result.rubric.id)), ("version", .string(result.rubric.version)),
            ("title", .string(result.rubric.title)), ("total_points", .number(result.rubric.totalPoints)),
            ("sha256", .string(result.rubric.sha256)), ("checks_only", .bool(result.rubric.checksOnly)),
        ])
        let claimedDifference: JSONValue = result.claimedTotal.flatMap { claimed in
            result.claimedIndicatorsScore.map { .number(claimed - $0) } } ?? .null
        return [
            ("rubric", rubric),
            ("subject", result.subject.map(JSONValue.string) ?? .null),
            ("score", .number(result.score)),
            ("max_applicable", .number(result.maxApplicable)),
            ("grade", result.grade.map(JSONValue.string) ?? .null),
            ("vetoed", .bool(result.vetoed)),
            ("claimed_total", result.claimedTotal.map { .number($0) } ?? .null),
            ("claimed_indicators_score", result.claimedIndicatorsScore.map { .number($0) } ?? .null),
            ("claimed_difference", claimedDifference),
            ("groups", .array(result.groups.map(json))),
            ("metrics", .array(result.metrics.map(json))),
        ]
    }

    /// The members of one rubric's result after `checks`, which every schema version writes alike.
    func membersAfterChecks(_ result: RubricResult) -> [(String, JSONValue)] {
        let coverage: JSONValue = .object([
            ("stated_figures", .number(Rational(result.coverage.statedFigures))),
            ("checked_figures", .number(Rational(result.coverage.checkedFigures))),
            ("checks_run", .number(Rational(result.coverage.checksRun))),
            ("nothing_verified", .bool(result.coverage.nothingVerified)),
        ])
        return [
            ("skipped_check_sets", .array(result.skippedCheckSets.map(JSONValue.string))),
            ("coverage", coverage),
            ("missing_required", .array(result.missingRequired.map(JSONValue.string))),
            ("findings", .array(result.findings.map(json))),
        ]
    }

    func json(_ group: GroupResult) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(group.id)), ("name", .string(group.name)),
            ("points", .number(group.points)), ("score", .number(group.score)),
            ("max_applicable", .number(group.maxApplicable)), ("vetoed", .bool(group.vetoed)),
        ]
        if !group.groups.isEmpty { members.append(("groups", .array(group.groups.map(json)))) }
        members.append(("indicators", .array(group.indicators.map(json))))
        return .object(members)
    }

    func json(_ indicator: IndicatorResult) -> JSONValue {
        .object([
            ("id", .string(indicator.id)), ("name", .string(indicator.name)),
            ("points", .number(indicator.points)),
            ("score", indicator.score.map { .number($0) } ?? .null),
            ("state", .string(indicator.state.rawValue)),
            ("role", .string(indicator.role.rawValue)),
            ("method", .string(indicator.method)),
            ("reason", .string(indicator.reason)),
            ("inputs", .object(indicator.inputs.map { input in
                (input.name, .object([
                    ("expression", .string(input.expression)),
                    ("value", json(input.value, unit: input.unit, places: 2)),
                    ("exact", exact(input.value, unit: input.unit, places: 2)),
                    ("shown", .string(input.shown)),
                ]))
            })),
            ("points_lost", indicator.pointsLost.map { .number($0) } ?? .null),
            ("claimed_score", indicator.claimedScore.map { .number($0) } ?? .null),
            ("claimed_difference", indicator.claimedScore.flatMap { claimed in
                indicator.score.map { .number(claimed - $0) } } ?? .null),
        ])
    }

    func json(_ check: CheckResult) -> JSONValue {
        let places = Self.checkPlaces(check.unit)
        let range = { (range: RationalRange?) -> JSONValue in
            guard let range else { return .null }
            return .array([json(.number(range.lower), unit: check.unit, places: places),
                           json(.number(range.upper), unit: check.unit, places: places)])
        }
        return .object([
            ("id", .string(check.id)), ("name", .string(check.name)),
            ("verdict", .string(check.verdict.rawValue)),
            ("severity", .string(check.severity.rawValue)),
            ("relation", .string(check.relation.rawValue)),
            ("stated", json(check.stated, unit: check.unit, places: places)),
            ("computed", json(check.computed, unit: check.unit, places: places)),
            ("difference", check.difference.map { json(.number($0), unit: check.unit, places: places) } ?? .null),
            ("tolerance", check.tolerance.map { json(.number($0), unit: check.unit, places: places) } ?? .null),
            ("stated_range", range(check.statedRange)),
            ("computed_range", range(check.computedRange)),
            ("unit", .string(check.unit.symbol)),
            ("where", check.whereInDocument.map(JSONValue.string) ?? .null),
            ("location", check.location.map { .string($0.description) } ?? .null),
            ("expressions", .object([("stated", .string(check.statedExpression)),
                                     ("computed", .string(check.computedExpression))])),
            ("inputs", .object(check.inputs.map { ($0.path, .string($0.shown)) })),
            ("explanation", .string(check.explanation)),
            ("check_set", check.checkSet.map(JSONValue.string) ?? .null),
        ])
    }

    /// Decimals of the numbers of a check: rates to 4 places (of a percent), anything else to 6.
    static func checkPlaces(_ unit: DisplayUnit) -> Int {
        unit == .percent ? 4 : 6
    }

    func json(_ finding: FindingResult) -> JSONValue {
        .object([
            ("id", .string(finding.id)), ("problem", .string(finding.problem)),
            ("evidence", .string(finding.evidence)),
            ("cause", .string(finding.cause ?? FindingResult.causeSlot)),
            ("cause_supplied", .bool(finding.cause != nil)),
            ("measures", .array(finding.measures.map(JSONValue.string))),
            ("points_at_stake", .number(finding.pointsAtStake)),
            ("indicators", .array(finding.indicators.map(JSONValue.string))),
        ])
    }

    /// The composed narrative (`jixiao narrative --format json`, schema `jixiao.narrative/2`): the report
    /// rubrics' problems, and with `assessment` the other rubrics' problems apart.
    public func narrativeJSON(_ result: SubmissionResult, assessment: Bool = false) -> JSONValue {
        let (report, others) = NarrativeRenderer.split(result)
        var members = [("schema", JSONValue.string("jixiao.narrative/2")),
                       ("engine", .object([("version", .string(engineVersion))])),
                       ("submission", .object([
                           ("path", .string(result.path)), ("sha256", .string(result.sha256)),
                           ("department", .string(result.department)), ("year", .number(String(result.year))),
                       ])),
                       ("rubrics", .array(report.map { .string($0.rubric.id) }))]
        members += narrativeSections(NarrativeRenderer.narrative(of: report))
        let assessmentValue: JSONValue = assessment && !others.isEmpty
            ? .object([("rubrics", .array(others.map { .string($0.rubric.id) })),
                       ("note", .string(NarrativeRenderer.assessmentNote(others)))]
                      + narrativeSections(NarrativeRenderer.narrative(of: others)))
            : .null
        members.append(("assessment", assessmentValue))
        return .object(members)
    }

    /// `problems` and `measures` of one narrative.
    func narrativeSections(_ narrative: Narrative) -> [(String, JSONValue)] {
        [
            ("problems", .array(narrative.problems.map { problem in
                .object([
                    ("number", .number(String(problem.number))), ("title", .string(problem.title)),
                    ("evidence", .array(problem.evidence.map(JSONValue.string))),
                    ("causes", .array(problem.causes.map(JSONValue.string))),
                    ("cause_slot", problem.causeMissing ? .string(FindingResult.causeSlot) : .null),
                    ("points_at_stake", .number(problem.pointsAtStake)),
                    ("findings", .array(problem.findingIds.map(JSONValue.string))),
                ])
            })),
            ("measures", .array(narrative.measures.map { measure in
                .object([
                    ("number", .number(String(measure.number))), ("text", .string(measure.text)),
                    ("problems", .array(measure.problems.map { .number(String($0)) })),
                ])
            })),
        ]
    }

    func json(_ metric: MetricResult) -> JSONValue {
        .object([
            ("id", .string(metric.id)), ("name", .string(metric.name)),
            ("value", json(metric.value, unit: metric.unit, places: metric.places)),
            ("unit", .string(metric.unit.symbol)),
            ("exact", exact(metric.value, unit: metric.unit, places: metric.places)),
            ("state", .string(metric.value.stateName)),
            ("shown", .string(metric.shown)),
            ("better", metric.better.map { .string($0.rawValue) } ?? .null),
        ])
    }

    /// A value in its display unit (a rate as 88.61, not 0.8861), rounded half-up to `places` only if it does not terminate.
    func json(_ value: Value, unit: DisplayUnit, places: Int) -> JSONValue {
        switch value {
        case .number(let number): return .number(Self.numberText(number, unit: unit, places: places))
        case .bool(let flag): return .bool(flag)
        case .text(let text): return .string(text)
        case .list(let items): return .array(items.map { json($0, unit: unit, places: places) })
        case .missing, .notComputable: return .null
        }
    }

    /// A number in its display unit (a rate as 88.61), exactly when it needs at most `places` decimals, else rounded half-up.
    static func numberText(_ number: Rational, unit: DisplayUnit, places: Int) -> String {
        let scaled = unit == .percent ? number * .hundred : number
        return scaled.exactDecimalText(maxPlaces: places) ?? scaled.decimalText(places: places)
    }

    /// The exact value, in the same unit as `value`, whenever `value` had to be rounded: decimal text if it
    /// terminates ("2.752578"), else a fraction ("1000/19"); null when `value` is already exact.
    func exact(_ value: Value, unit: DisplayUnit, places: Int) -> JSONValue {
        guard case .number(let number) = value else { return .null }
        let scaled = unit == .percent ? number * .hundred : number
        guard scaled.exactDecimalText(maxPlaces: places) == nil else { return .null }
        return .string(scaled.exactDecimalText() ?? "\(scaled.numerator)/\(scaled.denominator)")
    }
}

extension Value {
    /// `ok`, `missing_data` or `not_computable`, for JSON readers.
    var stateName: String {
        switch self {
        case .missing: "missing_data"
        case .notComputable: "not_computable"
        default: "ok"
        }
    }
}
