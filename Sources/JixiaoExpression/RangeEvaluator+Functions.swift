/// The built-in functions over ranges. Arity was checked by the parser, so argument counts can be relied on.
extension RangeEvaluator {
    func evaluateCall(_ function: BuiltinFunction, _ arguments: [SyntaxNode], node: SyntaxNode) -> RangeResult {
        switch function {
        case .exists, .contains, .count:
            // Decisions and counts do not depend on where a number lies in its range.
            return RangeResult(exact.evaluate(node))
        case .sum, .min, .max, .avg:
            return aggregate(function, arguments.map(evaluate), arguments)
        default:
            break
        }
        let results = arguments.map(evaluate)
        if let problem = RangeEvaluator.problem(among: results) { return .other(problem) }

        switch function {
        case .abs:
            guard let range = results[0].range else {
                return typeMismatch(function, position: 0, expected: "数字", results, arguments)
            }
            return .number(range.magnitude)
        case .round:
            return evaluateRound(results, arguments)
        case .ratio, .percent, .growth:
            guard let numerator = results[0].range else {
                return typeMismatch(function, position: 0, expected: "数字", results, arguments)
            }
            guard let denominator = results[1].range else {
                return typeMismatch(function, position: 1, expected: "数字", results, arguments)
            }
            // The message is written only when the divisor is 0: quoting the argument costs more than the division.
            if let problem = divisorProblem(denominator, arguments[1],
                                            zeroMessage: "除数为零（\(function.name) 的第 2 个参数\(exact.quote(arguments[1]))为 0）") {
                return .other(problem)
            }
            let quotient = numerator.divided(by: denominator)!
            // growth as c/p − 1 rather than (c − p)/p: equal for exact numbers, but c and p vary independently
            // and appear only once each here, so the range is the true one instead of a wider estimate.
            return .number(function == .growth ? quotient - RationalRange(.one) : quotient)
        case .exists, .contains, .count, .if, .sum, .min, .max, .avg:
            preconditionFailure("“\(function.name)” is handled before the ordinary calls")
        }
    }

    /// `sum`, `min`, `max` and `avg` over ranges and (nested) lists of ranges.
    private func aggregate(_ function: BuiltinFunction, _ results: [RangeResult], _ arguments: [SyntaxNode]) -> RangeResult {
        let ranges: [RationalRange]
        switch flattenRanges(function, results, arguments) {
        case .failure(let problem): return .other(problem)
        case .success(let flattened): ranges = flattened
        }
        let total = ranges.reduce(RationalRange(.zero), +)
        if function == .sum { return .number(total) }
        guard !ranges.isEmpty else {
            return .other(.notComputable("\(function.name) 的参数中没有任何数字，无法计算"))
        }
        switch function {
        case .min:
            // The smallest value is smallest when every value is at its lower bound, largest when at its upper.
            return .number(RationalRange(lower: ranges.map(\.lower).min()!, upper: ranges.map(\.upper).min()!))
        case .max:
            return .number(RationalRange(lower: ranges.map(\.lower).max()!, upper: ranges.map(\.upper).max()!))
        default:
            let count = Rational(ranges.count)
            return .number(RationalRange(lower: total.lower.divided(by: count)!, upper: total.upper.divided(by: count)!))
        }
    }

    /// `round(x, places)`: `places` must be exactly known, since rounding to "somewhere between 1 and 2 places"
    /// has no meaning.
    private func evaluateRound(_ results: [RangeResult], _ arguments: [SyntaxNode]) -> RangeResult {
        guard let range = results[0].range else {
            return typeMismatch(.round, position: 0, expected: "数字", results, arguments)
        }
        guard let placesRange = results[1].range else {
            return typeMismatch(.round, position: 1, expected: "数字", results, arguments)
        }
        guard placesRange.isPoint else {
            return .other(.notComputable("round 的小数位数必须是确定的数，而\(exact.quote(arguments[1]))可能是 \(placesRange) 中的任何值"))
        }
        let placesValue = placesRange.lower
        let limit = Evaluator<Environment>.maximumRoundingPlaces
        guard placesValue.isInteger, let places = Int(exactly: placesValue.numerator), abs(places) <= limit else {
            return .other(.notComputable("round 的小数位数必须是 −\(limit) 到 \(limit) 之间的整数，而\(exact.quote(arguments[1]))是 \(placesValue)"))
        }
        return .number(range.rounded(places: places, rule: .halfUp))
    }

    /// All ranges in `results`, with lists (nested too) flattened; a problem element or a non-number fails.
    private func flattenRanges(_ function: BuiltinFunction, _ results: [RangeResult], _ arguments: [SyntaxNode]) -> Outcome<[RationalRange]> {
        var ranges: [RationalRange] = []
        var problems: [RangeResult] = []
        var firstMismatch: Value?
        func collect(_ result: RangeResult, position: Int) {
            switch result {
            case .number(let range):
                ranges.append(range)
            case .list(let elements):
                elements.forEach { collect($0, position: position) }
            case .other(let value) where value.isProblem:
                problems.append(result)
            case .other(let value):
                if firstMismatch == nil {
                    firstMismatch = .notComputable("类型不符：\(function.name) 的第 \(position + 1) 个参数\(exact.quote(arguments[position]))中有\(value.kindName)，只能是数字或数字列表")
                }
            }
        }
        for (position, result) in results.enumerated() { collect(result, position: position) }
        if let problem = RangeEvaluator.problem(among: problems) { return .failure(problem) }
        if let firstMismatch { return .failure(firstMismatch) }
        return .success(ranges)
    }

    private func typeMismatch(_ function: BuiltinFunction, position: Int, expected: String, _ results: [RangeResult], _ arguments: [SyntaxNode]) -> RangeResult {
        .other(.notComputable("类型不符：\(function.name) 的第 \(position + 1) 个参数需要\(expected)，而\(exact.quote(arguments[position]))是\(results[position].kindName)"))
    }
}
