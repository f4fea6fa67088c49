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
        var builder = JSONTreeBuilder()
        builder.object { builder in
            RubricResultMembers.writeBeforeChecks(result, to: &builder)
            builder.member("checks", .array(result.checks.map(json)))
            RubricResultMembers.writeAfterChecks(result, to: &builder)
        }
        return builder.document ?? .null
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
