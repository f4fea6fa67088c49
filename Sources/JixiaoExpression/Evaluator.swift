/// Evaluates a syntax tree against an environment.
///
/// Semantics of problems:
/// - A reference with no data is `.missing([path])`. Division by zero, type mismatches and the like are
///   `.notComputable(reason)`. Nothing traps and no infinity or NaN can arise: all numbers are exact.
/// - When an operation has problem operands, **missing wins**: the result is `.missing` with the union of
///   every missing operand's paths, so the report can list all absent data at once and `a + b` gives the
///   same answer as `b + a`. Only when nothing is missing is the first `.notComputable` (left to right)
///   passed on. Operand problems are reported before type mismatches.
/// - `and`/`or` use three-valued logic: a problem operand is "unknown", and the known side still decides
///   (`false and ?` = false, `true or ?` = true, in either order). The right side is not evaluated when the
///   left side already decides.
/// - `if c then a else b` evaluates only the chosen branch, so problems in the other branch do not matter.
/// - `exists(x)` is `false` when `x` is missing and `true` when it has a value; a `.notComputable` passes on.
struct Evaluator<Environment: ExpressionEnvironment> {
    let environment: Environment
    /// Quoted from only in messages, so kept as it is: scalars are counted out when a message needs them.
    let source: String

    init(environment: Environment, source: String) {
        self.environment = environment
        self.source = source
    }

    func evaluate(_ node: SyntaxNode) -> Value {
        Self.sized(evaluateNode(node))
    }

    /// `value` as a result: a number too large to compute with is `.notComputable`.
    static func sized(_ value: Value) -> Value {
        // Sizes double with each multiplication of a result by itself; stop before they explode.
        if case .number(let number) = value, !number.isWithinComputedSize { return .notComputable(Rational.tooLargeReason) }
        return value
    }

    /// The value an environment gave for a reference to `path`.
    static func referenced(_ value: Value, path: String) -> Value {
        // An environment that forgets to name the path still yields a useful report.
        if case .missing(let paths) = value, paths.isEmpty { return .missing([path]) }
        return value
    }

    private func evaluateNode(_ node: SyntaxNode) -> Value {
        switch node.syntax {
        case .literal(let value):
            return value
        case .reference(let path):
            return Self.referenced(environment.value(of: path), path: path)
        case .unary(let operation, let operand):
            return evaluateUnary(operation, operand)
        case .binary(.and, let left, let right):
            return evaluateLogical(isAnd: true, left, right)
        case .binary(.or, let left, let right):
            return evaluateLogical(isAnd: false, left, right)
        case .binary(let operation, let left, let right):
            return evaluateBinary(operation, left, right)
        case .conditional(let condition, let then, let otherwise):
            let decision = evaluate(condition)
            if decision.isProblem { return decision }
            guard let chooseThen = decision.bool else {
                return .notComputable("类型不符：if 的条件需要真假值，而\(quote(condition))是\(decision.kindName)")
            }
            return evaluate(chooseThen ? then : otherwise)
        case .call(let function, let arguments):
            return evaluateCall(function, arguments)
        }
    }

    // MARK: - Operators

    private func evaluateUnary(_ operation: UnaryOperator, _ operand: SyntaxNode) -> Value {
        let value = evaluate(operand)
        if value.isProblem { return value }
        switch operation {
        case .negate, .plus:
            guard let number = value.number else {
                return .notComputable("类型不符：“\(operation.rawValue)”需要数字，而\(quote(operand))是\(value.kindName)")
            }
            return .number(operation == .negate ? -number : number)
        case .not:
            guard let truth = value.bool else {
                return .notComputable("类型不符：“not”需要真假值，而\(quote(operand))是\(value.kindName)")
            }
            return .bool(!truth)
        }
    }

    private func evaluateLogical(isAnd: Bool, _ leftNode: SyntaxNode, _ rightNode: SyntaxNode) -> Value {
        let name = isAnd ? "and" : "or"
        // The value that decides the result on its own: false for `and`, true for `or`.
        let decisive = !isAnd
        let left = evaluate(leftNode)
        if !left.isProblem {
            guard let truth = left.bool else {
                return .notComputable("类型不符：“\(name)”需要真假值，而\(quote(leftNode))是\(left.kindName)")
            }
            if truth == decisive { return .bool(decisive) }
        }
        let right = evaluate(rightNode)
        if !right.isProblem {
            guard let truth = right.bool else {
                return .notComputable("类型不符：“\(name)”需要真假值，而\(quote(rightNode))是\(right.kindName)")
            }
            if truth == decisive { return .bool(decisive) }
            // The right side does not decide, so the result is whatever the left side is.
            return left
        }
        return Evaluator.problem(left, right) ?? right
    }

    private func evaluateBinary(_ operation: BinaryOperator, _ leftNode: SyntaxNode, _ rightNode: SyntaxNode) -> Value {
        let left = evaluate(leftNode)
        let right = evaluate(rightNode)
        if let problem = Evaluator.problem(left, right) { return problem }

        if operation == .equal || operation == .notEqual {
            let equal: Bool
            switch (left, right) {
            case (.number(let a), .number(let b)): equal = a == b
            case (.text(let a), .text(let b)): equal = a == b
            case (.bool(let a), .bool(let b)): equal = a == b
            default:
                return .notComputable("类型不符：“\(operation.rawValue)”两边需要同类的数字、文字或真假值，而\(quote(leftNode))是\(left.kindName)，\(quote(rightNode))是\(right.kindName)")
            }
            return .bool(operation == .equal ? equal : !equal)
        }

        guard let a = left.number, let b = right.number else {
            let (node, value) = left.number == nil ? (leftNode, left) : (rightNode, right)
            return .notComputable("类型不符：“\(operation.rawValue)”需要数字，而\(quote(node))是\(value.kindName)")
        }
        switch operation {
        case .add: return .number(a + b)
        case .subtract: return .number(a - b)
        case .multiply: return .number(a * b)
        case .divide:
            guard let quotient = a.divided(by: b) else {
                return .notComputable("除数为零（\(quote(rightNode))的值为 0）")
            }
            return .number(quotient)
        case .less: return .bool(a < b)
        case .lessEqual: return .bool(a <= b)
        case .greater: return .bool(a > b)
        case .greaterEqual: return .bool(a >= b)
        case .equal, .notEqual, .and, .or:
            preconditionFailure("handled above")
        }
    }

    // MARK: - Helpers

    /// The combined problem among `values`, or `nil` if there is none: missing paths are merged and win over
    /// `.notComputable`; otherwise the first `.notComputable` is returned.
    static func problem(among values: [Value]) -> Value? {
        var problems = ProblemGathering()
        for value in values { problems.add(value) }
        return problems.problem
    }

    /// ``problem(among:)`` of two operands, gathering them only when both are problems: one problem operand
    /// (the usual case of one) is the result as it is.
    static func problem(_ left: Value, _ right: Value) -> Value? {
        switch (left.isProblem, right.isProblem) {
        case (false, false): nil
        case (true, false): left
        case (false, true): right
        case (true, true): Self.problem(gathering: left, right)
        }
    }

    /// ``problem(among:)`` of two problem operands, without an array for them.
    private static func problem(gathering left: Value, _ right: Value) -> Value? {
        var problems = ProblemGathering()
        problems.add(left)
        problems.add(right)
        return problems.problem
    }

    /// The source of a sub-expression in Chinese quotes, shortened when long, for messages.
    func quote(_ node: SyntaxNode) -> String {
        let limit = 40
        var text = ""
        let sourceScalars = Array(source.unicodeScalars)
        let range = node.range.clamped(to: 0..<sourceScalars.count)
        if range.count > limit {
            text.unicodeScalars.append(contentsOf: sourceScalars[range.lowerBound..<(range.lowerBound + limit)])
            text += "…"
        } else {
            text.unicodeScalars.append(contentsOf: sourceScalars[range])
        }
        return "“\(text)”"
    }
}
