/// Evaluates a syntax tree over ranges: the set of values the expression can take when every referenced
/// number may lie anywhere in its range.
///
/// The result is conservative — it may be wider than the true set (a variable used twice is treated as two
/// independent ones), never narrower — and for point ranges it is exactly what ``Evaluator`` computes,
/// problems and messages included. Decisions are never made on ranges: comparisons, `and`/`or`/`not`,
/// the condition of `if`, `exists`, `contains` and `count` are evaluated exactly by an ordinary
/// ``Evaluator`` on the same environment, and their value is wrapped.
/// Missing data and `.notComputable` propagate by the rules documented on ``Evaluator``.
struct RangeEvaluator<Environment: RangeEnvironment> {
    let environment: Environment
    /// Evaluates the decisions, and quotes sub-expressions so messages read as the exact evaluator's.
    let exact: Evaluator<Environment>

    init(environment: Environment, source: String) {
        self.environment = environment
        self.exact = Evaluator(environment: environment, source: source)
    }

    func evaluate(_ node: SyntaxNode) -> RangeResult {
        Self.sized(evaluateNode(node))
    }

    /// `result` as a result: a range with a bound too large to compute with is `.notComputable`.
    static func sized(_ result: RangeResult) -> RangeResult {
        if case .number(let range) = result, !(range.lower.isWithinComputedSize && range.upper.isWithinComputedSize) {
            return .other(.notComputable(Rational.tooLargeReason))
        }
        return result
    }

    /// The range an environment gave for a reference to `path`.
    static func referenced(_ range: RangeResult, path: String) -> RangeResult {
        let result = range.normalized
        // An environment that forgets to name the path still yields a useful report.
        if case .other(.missing(let paths)) = result, paths.isEmpty { return .other(.missing([path])) }
        return result
    }

    private func evaluateNode(_ node: SyntaxNode) -> RangeResult {
        switch node.syntax {
        case .literal(let value):
            return RangeResult(value)
        case .reference(let path):
            return Self.referenced(environment.range(of: path), path: path)
        case .unary(.not, _), .binary(.and, _, _), .binary(.or, _, _):
            return RangeResult(exact.evaluate(node))
        case .binary(let operation, _, _) where operation.isComparison:
            return RangeResult(exact.evaluate(node))
        case .unary(let operation, let operand):
            return evaluateSign(operation, operand)
        case .binary(let operation, let left, let right):
            return evaluateArithmetic(operation, left, right)
        case .conditional(let condition, let then, let otherwise):
            let decision = exact.evaluate(condition)
            if decision.isProblem { return .other(decision) }
            guard let chooseThen = decision.bool else {
                return .other(.notComputable("类型不符：if 的条件需要真假值，而\(exact.quote(condition))是\(decision.kindName)"))
            }
            return evaluate(chooseThen ? then : otherwise)
        case .call(let function, let arguments):
            return evaluateCall(function, arguments, node: node)
        }
    }

    // MARK: - Operators

    /// Unary `-` (which flips the range) and `+`.
    private func evaluateSign(_ operation: UnaryOperator, _ operand: SyntaxNode) -> RangeResult {
        let result = evaluate(operand)
        if result.problem != nil { return result }
        guard let range = result.range else {
            return .other(.notComputable("类型不符：“\(operation.rawValue)”需要数字，而\(exact.quote(operand))是\(result.kindName)"))
        }
        return .number(operation == .negate ? -range : range)
    }

    /// `+`, `-`, `*` and `/` by interval arithmetic.
    private func evaluateArithmetic(_ operation: BinaryOperator, _ leftNode: SyntaxNode, _ rightNode: SyntaxNode) -> RangeResult {
        let left = evaluate(leftNode)
        let right = evaluate(rightNode)
        if let problem = RangeEvaluator.problem(among: [left, right]) { return .other(problem) }
        guard let a = left.range, let b = right.range else {
            let (node, result) = left.range == nil ? (leftNode, left) : (rightNode, right)
            return .other(.notComputable("类型不符：“\(operation.rawValue)”需要数字，而\(exact.quote(node))是\(result.kindName)"))
        }
        switch operation {
        case .add: return .number(a + b)
        case .subtract: return .number(a - b)
        case .multiply: return .number(a * b)
        case .divide:
            if let problem = divisorProblem(b, rightNode, zeroMessage: "除数为零（\(exact.quote(rightNode))的值为 0）") {
                return .other(problem)
            }
            return .number(a.divided(by: b)!)
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .and, .or:
            preconditionFailure("decisions are evaluated exactly before arithmetic")
        }
    }

    // MARK: - Helpers

    /// Why `divisor` cannot divide, or `nil` if it can. A divisor that is exactly 0 gets the exact
    /// evaluator's `zeroMessage`; one that merely may be 0 says so, because the quotient is then unbounded.
    func divisorProblem(_ divisor: RationalRange, _ node: SyntaxNode, zeroMessage: @autoclosure () -> String) -> Value? {
        guard divisor.contains(.zero) else { return nil }
        if divisor.isPoint { return .notComputable(zeroMessage()) }
        return .notComputable("除数的取值范围包含 0（\(exact.quote(node))可能是 \(divisor) 中的任何值），商没有界限，无法计算")
    }

    /// The combined problem among `results` by ``Evaluator``'s rule: merged missing paths win, otherwise the
    /// first `.notComputable`; `nil` if there is none.
    static func problem(among results: [RangeResult]) -> Value? {
        guard results.contains(where: { $0.problem != nil }) else { return nil }
        return Evaluator<Environment>.problem(among: results.compactMap(\.problem))
    }
}

extension Expression {
    /// The set of values the expression can take when every referenced number may be anywhere in its range
    /// (see ``RangeEnvironment``). Never traps: problems come back as `.other(.missing…)` or
    /// `.other(.notComputable…)`.
    ///
    /// Conservative — it may be wider than the true set, never narrower — and exact for point ranges, where
    /// it equals `RangeResult(evaluate(in: environment))`. Comparisons, `and`/`or`/`not`, the condition of
    /// `if`, `exists`, `contains` and `count` use the environment's exact values; the chosen branch of `if`
    /// is evaluated over ranges. A division whose divisor range contains 0 is `.notComputable`.
    ///
    /// ```swift
    /// // spent printed as 1717.31, budget as 1938.03, each ± 0.005:
    /// let rate = try Expression.parse("ratio(spent, budget)").evaluateRange(in: data)
    /// // .number([1717.305/1938.035, 1717.315/1938.025]), which contains 88.61%
    /// ```
    public func evaluateRange(in environment: some RangeEnvironment) -> RangeResult {
        RangeEvaluator(environment: environment, source: source).evaluate(root)
    }
}
