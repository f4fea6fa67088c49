/// The built-in functions. Arity was checked by the parser, so argument counts can be relied on here.
extension Evaluator {
    /// The largest number of decimal places `round` accepts, so a bad rubric cannot request a huge power of ten.
    static var maximumRoundingPlaces: Int { 1_000 }

    func evaluateCall(_ function: BuiltinFunction, _ arguments: [SyntaxNode]) -> Value {
        if function == .exists {
            // The one place where missing data is an answer rather than a problem.
            let value = evaluate(arguments[0])
            switch value {
            case .missing: return .bool(false)
            case .notComputable: return value
            default: return .bool(true)
            }
        }
        // A loop rather than `arguments.map(evaluate)`, whose closure would copy the evaluator for every call.
        var values: [Value] = []
        values.reserveCapacity(arguments.count)
        for argument in arguments { values.append(evaluate(argument)) }
        switch function {
        case .sum, .min, .max, .avg:
            // Flattening gathers problems inside lists too, so every missing path gets reported.
            return aggregate(function, values, arguments)
        default:
            if let problem = Evaluator.problem(among: values) { return problem }
        }

        switch function {
        case .count:
            guard case .list(let elements) = values[0] else {
                return typeMismatch(function, position: 0, expected: "列表", values, arguments)
            }
            return .number(Rational(elements.count))
        case .abs:
            guard let number = values[0].number else {
                return typeMismatch(function, position: 0, expected: "数字", values, arguments)
            }
            return .number(number.magnitude)
        case .round:
            return evaluateRound(values, arguments)
        case .ratio, .percent, .growth:
            guard let numerator = values[0].number else {
                return typeMismatch(function, position: 0, expected: "数字", values, arguments)
            }
            guard let denominator = values[1].number else {
                return typeMismatch(function, position: 1, expected: "数字", values, arguments)
            }
            let dividend = function == .growth ? numerator - denominator : numerator
            guard let quotient = dividend.divided(by: denominator) else {
                return .notComputable("除数为零（\(function.name) 的第 2 个参数\(quote(arguments[1]))为 0）")
            }
            return .number(quotient)
        case .contains:
            return evaluateContains(values, arguments)
        case .exists, .if, .sum, .min, .max, .avg:
            preconditionFailure("“\(function.name)” is handled before the ordinary calls")
        }
    }

    /// `sum`, `min`, `max` and `avg` over numbers and (nested) lists of numbers.
    private func aggregate(_ function: BuiltinFunction, _ values: [Value], _ arguments: [SyntaxNode]) -> Value {
        let numbers: [Rational]
        switch flattenNumbers(function, values, arguments) {
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
    private func evaluateContains(_ values: [Value], _ arguments: [SyntaxNode]) -> Value {
        switch (values[0], values[1]) {
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
            return typeMismatch(.contains, position: 1, expected: "文本", values, arguments)
        default:
            return typeMismatch(.contains, position: 0, expected: "列表或文本", values, arguments)
        }
    }

    private func evaluateRound(_ values: [Value], _ arguments: [SyntaxNode]) -> Value {
        guard let number = values[0].number else {
            return typeMismatch(.round, position: 0, expected: "数字", values, arguments)
        }
        guard let placesValue = values[1].number else {
            return typeMismatch(.round, position: 1, expected: "数字", values, arguments)
        }
        guard placesValue.isInteger, let places = Int(exactly: placesValue.numerator),
              abs(places) <= Evaluator.maximumRoundingPlaces
        else {
            return .notComputable("round 的小数位数必须是 −\(Evaluator.maximumRoundingPlaces) 到 \(Evaluator.maximumRoundingPlaces) 之间的整数，而\(quote(arguments[1]))是 \(placesValue)")
        }
        return .number(number.rounded(places: places, rule: .halfUp))
    }

    /// All numbers in `values`, with lists (nested too) flattened; a problem element or a non-number fails.
    private func flattenNumbers(_ function: BuiltinFunction, _ values: [Value], _ arguments: [SyntaxNode]) -> Outcome<[Rational]> {
        var numbers: [Rational] = []
        var problems: [Value] = []
        var firstMismatch: Value?
        func collect(_ value: Value, position: Int) {
            switch value {
            case .number(let number): numbers.append(number)
            case .list(let elements): elements.forEach { collect($0, position: position) }
            case .missing, .notComputable: problems.append(value)
            case .bool, .text:
                if firstMismatch == nil {
                    firstMismatch = .notComputable("类型不符：\(function.name) 的第 \(position + 1) 个参数\(quote(arguments[position]))中有\(value.kindName)，只能是数字或数字列表")
                }
            }
        }
        for (position, value) in values.enumerated() { collect(value, position: position) }
        if let problem = Evaluator.problem(among: problems) { return .failure(problem) }
        if let firstMismatch { return .failure(firstMismatch) }
        return .success(numbers)
    }

    private func typeMismatch(_ function: BuiltinFunction, position: Int, expected: String, _ values: [Value], _ arguments: [SyntaxNode]) -> Value {
        .notComputable("类型不符：\(function.name) 的第 \(position + 1) 个参数需要\(expected)，而\(quote(arguments[position]))是\(values[position].kindName)")
    }
}

/// Either an intermediate result or the problem `Value` that ends the evaluation.
enum Outcome<Success> {
    case success(Success)
    case failure(Value)
}
