import JixiaoExpression
import JixiaoYAML

/// A worked example of a scoring method: parameters, inputs, and the score a person computes by hand.
///
/// Examples are documentation and tests at once: `MethodExampleTests` runs every one.
public struct MethodExample: Sendable {
    public enum Expected: Sendable, Equatable {
        case score(String)
        case notApplicable
        case missingData
        case notComputable
        case manualPending
        case veto(triggered: Bool)
    }

    /// What the example shows, in Chinese.
    public var title: String
    /// The method's parameters as a YAML flow mapping, e.g. `{actual: x, target: 100%}`.
    public var parameters: String
    public var points: String
    /// Values of the names the parameters use: numbers ("0.95", "88.61%"), `true`/`false`, or quoted text.
    public var inputs: [String: String]
    public var manualScore: String?
    /// Verdicts of arithmetic checks the example's submission had, by check id: `"c1": "mismatch"`,
    /// or `"c2": "mismatch/warning"` for a warning-level check.
    public var checks: [String: String]
    public var expected: Expected

    public init(_ title: String, parameters: String, points: String, inputs: [String: String] = [:],
                manualScore: String? = nil, checks: [String: String] = [:], expected: Expected) {
        self.title = title
        self.parameters = parameters
        self.points = points
        self.inputs = inputs
        self.manualScore = manualScore
        self.checks = checks
        self.expected = expected
    }

    /// Stand-in check results carrying only what methods read: id, name, verdict and severity.
    var checkResults: [CheckResult] {
        checks.sorted { $0.key < $1.key }.map { id, text in
            let parts = text.split(separator: "/").map(String.init)
            return CheckResult(
                id: id, name: id, verdict: CheckResult.Verdict(rawValue: parts[0]) ?? .ok,
                severity: parts.count > 1 ? Check.Severity(rawValue: parts[1]) ?? .error : .error, relation: .equal,
                stated: .missing([]), computed: .missing([]), statedRange: nil, computedRange: nil, difference: nil,
                tolerance: nil, unit: .plain, whereInDocument: nil, location: nil, statedExpression: id,
                computedExpression: id, inputs: [], explanation: "", checkSet: nil)
        }
    }

    /// Decodes the parameters with `method` and scores the example.
    public func run(_ method: any ScoringMethod.Type) throws -> MethodOutcome {
        let node = try YAMLLoader().load(bytes: Array(parameters.utf8), file: "<\(method.key) 示例>")
        let sink = DiagnosticSink()
        guard let points = Rational(decimalText: points) else { throw DiagnosticError(sinkless: "示例分值无效") }
        guard let reader = MappingReader(node, path: method.key, sink: sink, what: "方法参数"),
              let instance = method.init(parameters: MethodParameters(reader: reader)) else {
            throw DiagnosticError(sink.diagnostics)
        }
        instance.validate(points: points, parameters: MethodParameters(reader: reader))
        try sink.throwIfAny()
        let context = ScoringContext(
            source: ExampleEnvironment(inputs: inputs),
            manualScore: manualScore.flatMap { Rational(decimalText: $0) },
            checks: checkResults)
        do {
            return try instance.score(points: points, context: context)
        } catch {
            return error.outcome
        }
    }
}

/// Inputs of an example: each name bound to a literal, every value shown plainly and no path named.
struct ExampleEnvironment: ExpressionEnvironment, ScoringInputSource {
    let inputs: [String: String]

    func read(_ expression: SourcedExpression, expectedAt position: Int) -> (value: Value, shown: (unit: DisplayUnit, places: Int)) {
        (expression.expression.evaluate(in: self), display(of: expression))
    }

    func display(of expression: SourcedExpression) -> (unit: DisplayUnit, places: Int) { (.plain, 2) }

    func label(of path: String) -> String? { nil }

    func value(of path: String) -> Value {
        guard let text = inputs[path] else { return .missing([path]) }
        if text == "true" { return .bool(true) }
        if text == "false" { return .bool(false) }
        if let number = Rational(decimalText: text) { return .number(number) }
        return .text(text.trimmingCharacters(in: ["\"", "'"]))
    }
}

extension DiagnosticError {
    init(sinkless message: String) {
        self.init(Diagnostic(location: SourceLocation(file: "<示例>", line: 1, column: 1), path: "", message: message))
    }
}
