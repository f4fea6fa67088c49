import JixiaoExpression

/// What a method sees while scoring one indicator: its inputs, evaluated and recorded for the result.
public final class ScoringContext {
    /// An evaluated input, kept so every score can explain itself.
    public struct RecordedInput: Sendable {
        public var name: String
        public var expression: String
        public var value: Value
        public var shown: String
        public var unit: DisplayUnit
    }

    private let source: any ScoringInputSource
    /// The assessor's score for a `manual` indicator, if the submission gives one.
    public let manualScore: Rational?
    /// The arithmetic checks of this submission, for data-quality indicators.
    public let checks: [CheckResult]
    public private(set) var inputs: [RecordedInput] = []

    /// - Parameter expectedInputs: how many inputs the method is likely to read, so that their list is made once.
    init(source: some ScoringInputSource, manualScore: Rational?, checks: [CheckResult] = [], expectedInputs: Int = 0) {
        self.source = source
        self.manualScore = manualScore
        self.checks = checks
        inputs.reserveCapacity(expectedInputs)
    }

    /// Evaluates and records an input without judging its kind.
    @discardableResult
    public func value(_ name: String, _ expression: SourcedExpression, as display: DisplayUnit? = nil) -> Value {
        let (value, shown) = source.read(expression, expectedAt: inputs.count)
        let (unit, places) = display.map { ($0, 4) } ?? shown
        inputs.append(RecordedInput(name: name, expression: expression.source, value: value,
                                    shown: NumberFormat.show(value, as: unit, places: places), unit: unit))
        return value
    }

    public func number(_ name: String, _ expression: SourcedExpression,
                       as display: DisplayUnit? = nil) throws(InputUnavailable) -> Rational {
        switch try available(name, expression, as: display) {
        case .number(let number): return number
        case let other: throw typeMismatch(name, expression, expected: "数值", got: other)
        }
    }

    public func bool(_ name: String, _ expression: SourcedExpression) throws(InputUnavailable) -> Bool {
        switch try available(name, expression) {
        case .bool(let flag): return flag
        case let other: throw typeMismatch(name, expression, expected: "是/否", got: other)
        }
    }

    public func text(_ name: String, _ expression: SourcedExpression) throws(InputUnavailable) -> String {
        switch try available(name, expression) {
        case .text(let text): return text
        case let other: throw typeMismatch(name, expression, expected: "文本", got: other)
        }
    }

    /// The input as the reader sees it, e.g. "88.61%".
    public func show(_ value: Rational, like expression: SourcedExpression) -> String {
        let (unit, places) = source.display(of: expression)
        return NumberFormat.show(value, as: unit, places: places)
    }

    private func available(_ name: String, _ expression: SourcedExpression,
                           as display: DisplayUnit? = nil) throws(InputUnavailable) -> Value {
        let result = value(name, expression, as: display)
        switch result {
        case .missing(let paths):
            let named = paths.sorted().map { path in
                source.label(of: path).flatMap { $0 == path ? nil : "\($0)（\(path)）" } ?? path
            }
            throw InputUnavailable(outcome: MethodOutcome(.missingData(paths),
                                                          reason: "缺少数据：\(named.joined(separator: "、"))"))
        case .notComputable(let reason):
            throw InputUnavailable(outcome: MethodOutcome(.notComputable,
                                                          reason: "无法计算“\(expression.source)”：\(reason)"))
        default:
            return result
        }
    }

    private func typeMismatch(_ name: String, _ expression: SourcedExpression, expected: String,
                              got: Value) -> InputUnavailable {
        InputUnavailable(outcome: MethodOutcome(.notComputable,
            reason: "“\(expression.source)”应为\(expected)，实际是“\(NumberFormat.show(got, as: .plain))”"))
    }
}

/// Where a ``ScoringContext`` reads its inputs: the value of each expression, how it is shown, and the names of
/// the paths it may lack.
protocol ScoringInputSource {
    /// The value of `expression` for the submission being scored, and how it is shown to a reader (one call:
    /// both are found the same way). `position` is how many inputs the method has read before this one: where
    /// in its list of expressions this one most likely is.
    func read(_ expression: SourcedExpression, expectedAt position: Int) -> (value: Value, shown: (unit: DisplayUnit, places: Int))
    /// How the value of `expression` is shown to a reader.
    func display(of expression: SourcedExpression) -> (unit: DisplayUnit, places: Int)
    /// The rubric's name for the fact or metric at `path`, if it has one.
    func label(of path: String) -> String?
}
