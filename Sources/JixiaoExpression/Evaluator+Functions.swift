/// The built-in functions. Arity was checked by the parser, so argument counts can be relied on here.
extension Evaluator {
    /// The largest number of decimal places `round` accepts, so a bad rubric cannot request a huge power of ten.
    static var maximumRoundingPlaces: Int { 1_000 }

    func evaluateCall(_ function: BuiltinFunction, _ arguments: [SyntaxNode]) -> Value {
        // Each function takes its arguments as it needs them, in locals: an array of argument values, made
        // for every call, cost more than most calls themselves.
        switch function {
        case .exists:
            // The one place where missing data is an answer rather than a problem.
            let value = evaluate(arguments[0])
            switch value {
            case .missing: return .bool(false)
            case .notComputable: return value
            default: return .bool(true)
            }
        case .sum, .min, .max, .avg:
            return aggregate(function, arguments)
        case .count, .abs:
            let value = evaluate(arguments[0])
            if value.isProblem { return value }
            return function == .count ? evaluateCount(value, arguments) : evaluateAbs(value, arguments)
        case .round, .ratio, .percent, .growth, .contains:
            let first = evaluate(arguments[0])
            let second = evaluate(arguments[1])
            if let problem = Evaluator.problem(first, second) { return problem }
            switch function {
            case .round: return evaluateRound(first, second, arguments)
            case .contains: return evaluateContains(first, second, arguments)
            default: return evaluateQuotient(function, first, second, arguments)
            }
        case .if:
            preconditionFailure("“if” is parsed as a conditional, never as a call")
        }
    }

    private func evaluateCount(_ value: Value, _ arguments: [SyntaxNode]) -> Value {
        guard case .list(let elements) = value else {
            return typeMismatch(.count, position: 0, expected: "列表", value, arguments)
        }
        return .number(Rational(elements.count))
    }

    private func evaluateAbs(_ value: Value, _ arguments: [SyntaxNode]) -> Value {
        guard let number = value.number else {
            return typeMismatch(.abs, position: 0, expected: "数字", value, arguments)
        }
        return .number(number.magnitude)
    }

    /// `ratio`, `percent` and `growth`: a quotient of the two arguments (for `growth`, of their difference).
    private func evaluateQuotient(_ function: BuiltinFunction, _ first: Value, _ second: Value, _ arguments: [SyntaxNode]) -> Value {
        guard let numerator = first.number else {
            return typeMismatch(function, position: 0, expected: "数字", first, arguments)
        }
        guard let denominator = second.number else {
            return typeMismatch(function, position: 1, expected: "数字", second, arguments)
        }
        let dividend = function == .growth ? numerator - denominator : numerator
        guard let quotient = dividend.divided(by: denominator) else {
            return .notComputable("除数为零（\(function.name) 的第 2 个参数\(quote(arguments[1]))为 0）")
        }
        return .number(quotient)
    }

    /// `sum`, `min`, `max` and `avg` over numbers and (nested) lists of numbers.
    private func aggregate(_ function: BuiltinFunction, _ arguments: [SyntaxNode]) -> Value {
        let numbers: [Rational]
        switch flattenNumbers(function, arguments) {
        case .failure(let problem): return problem
        case .success(let flattened): numbers = flattened
        }
        let total = numbers.reduce(Rational.zero, +)
        if function == .sum { return .number(total) }
        guard let first = numbers.first else {
            return .notComputable("\(function.name) 的参数中没有任何数字，无法计算")
        }
        switch function {
        case .min: return .number(numbers.dropFirst().reduce(first) { Swift.min($0, $1) })
        case .max: return .number(numbers.dropFirst().reduce(first) { Swift.max($0, $1) })
        default: return .number(total.divided(by: Rational(numbers.count))!)
        }
    }

    /// `contains(list, value)`: an element equals the value or, for text, contains it
    /// (`contains(honours, "网上群众工作")`); `contains(text, text)` looks for a substring.
    private func evaluateContains(_ first: Value, _ second: Value, _ arguments: [SyntaxNode]) -> Value {
        switch (first, second) {
        case (.list(let elements), .text(let part)):
            return .bool(elements.contains { element in
                if case .text(let text) = element { return text.contains(part) }
                return false
            })
        case (.list(let elements), let needle):
            return .bool(elements.contains(needle))
        case (.text(let text), .text(let part)):
            return .bool(text.contains(part))
        case (.text, _):
            return typeMismatch(.contains, position: 1, expected: "文本", second, arguments)
        default:
            return typeMismatch(.contains, position: 0, expected: "列表或文本", first, arguments)
        }
    }

    private func evaluateRound(_ first: Value, _ second: Value, _ arguments: [SyntaxNode]) -> Value {
        guard let number = first.number else {
            return typeMismatch(.round, position: 0, expected: "数字", first, arguments)
        }
        guard let placesValue = second.number else {
            return typeMismatch(.round, position: 1, expected: "数字", second, arguments)
        }
        guard placesValue.isInteger, let places = Int(exactly: placesValue.numerator),
              abs(places) <= Evaluator.maximumRoundingPlaces
        else {
            return .notComputable("round 的小数位数必须是 −\(Evaluator.maximumRoundingPlaces) 到 \(Evaluator.maximumRoundingPlaces) 之间的整数，而\(quote(arguments[1]))是 \(placesValue)")
        }
        return .number(number.rounded(places: places, rule: .halfUp))
    }

    /// All numbers among the values of `arguments`, with lists (nested too) flattened; a problem element or a
    /// non-number fails.
    private func flattenNumbers(_ function: BuiltinFunction, _ arguments: [SyntaxNode]) -> Outcome<[Rational]> {
        var numbers: [Rational] = []
        numbers.reserveCapacity(arguments.count)
        var problems = ProblemGathering()
        var firstMismatch: Value?
        for position in arguments.indices {
            collectNumbers(of: evaluate(arguments[position]), function, arguments, position: position,
                           into: &numbers, problems: &problems, firstMismatch: &firstMismatch)
        }
        if let problem = problems.problem { return .failure(problem) }
        if let firstMismatch { return .failure(firstMismatch) }
        return .success(numbers)
    }

    /// Adds the numbers of the value of argument `position` (a list's elements, nested too) to `numbers`, its
    /// problems to `problems`, and the first non-number to `firstMismatch` when there is none yet.
    private func collectNumbers(of value: Value, _ function: BuiltinFunction, _ arguments: [SyntaxNode], position: Int,
                                into numbers: inout [Rational], problems: inout ProblemGathering, firstMismatch: inout Value?) {
        switch value {
        case .number(let number): numbers.append(number)
        case .list(let elements):
            for element in elements {
                collectNumbers(of: element, function, arguments, position: position,
                               into: &numbers, problems: &problems, firstMismatch: &firstMismatch)
            }
        case .missing, .notComputable: problems.add(value)
        case .bool, .text:
            if firstMismatch == nil {
                firstMismatch = .notComputable("类型不符：\(function.name) 的第 \(position + 1) 个参数\(quote(arguments[position]))中有\(value.kindName)，只能是数字或数字列表")
            }
        }
    }

    /// The mismatch of argument `position`, whose value `value` is not of the `expected` kind.
    private func typeMismatch(_ function: BuiltinFunction, position: Int, expected: String, _ value: Value, _ arguments: [SyntaxNode]) -> Value {
        .notComputable("类型不符：\(function.name) 的第 \(position + 1) 个参数需要\(expected)，而\(quote(arguments[position]))是\(value.kindName)")
    }
}

/// Either an intermediate result or the problem `Value` that ends the evaluation.
enum Outcome<Success> {
    case success(Success)
    case failure(Value)
}
