/// Evaluates arithmetic over numbers for its exact value and its range in one walk of the tree.
///
/// A check's computed side is wanted both ways: its value, and its range over the printed figures' rounding.
/// Walking the tree twice, through ``Evaluator`` and ``RangeEvaluator``, read every operand twice and repeated
/// the dispatch on every node. This walk covers only what arithmetic checks are made of — numbers, references
/// to numbers or to lists of numbers, `+ - * /`, signs, `sum`, `ratio`, `percent` and `growth` — and gives up
/// (nil) on anything else: a problem operand, a division by what is or may be zero, a result too large to
/// compute with, any other node. The caller then runs the two evaluators, which word every problem; so this
/// walk needs no messages, and where it answers it answers exactly what they would.
struct NumberAndRangeEvaluator {
    /// Read by position: a reference's value and range are found with one scan of the paths.
    let environment: ResolvedPaths

    /// The exact value of `node` and its range; nil when the walk gives up.
    func evaluate(_ node: SyntaxNode) -> NumberWithRange? {
        guard let result = evaluateNode(node), result.isWithinComputedSize else { return nil }
        return result
    }

    private func evaluateNode(_ node: SyntaxNode) -> NumberWithRange? {
        switch node.syntax {
        case .literal(.number(let number)):
            return NumberWithRange(value: number, range: RationalRange(number))
        case .reference(let path):
            guard let position = environment.position(of: path),
                  case .number(let value) = environment.values[position],
                  case .number(let range) = environment.ranges[position].normalized
            else { return nil }
            return NumberWithRange(value: value, range: range)
        case .unary(.negate, let operand):
            return evaluate(operand).map { NumberWithRange(value: -$0.value, range: -$0.range) }
        case .unary(.plus, let operand):
            return evaluate(operand)
        case .binary(let operation, let leftNode, let rightNode)
            where operation == .add || operation == .subtract || operation == .multiply || operation == .divide:
            guard let left = evaluate(leftNode), let right = evaluate(rightNode) else { return nil }
            switch operation {
            case .add: return NumberWithRange(value: left.value + right.value, range: left.range + right.range)
            case .subtract: return NumberWithRange(value: left.value - right.value, range: left.range - right.range)
            case .multiply: return NumberWithRange(value: left.value * right.value, range: left.range * right.range)
            default: return quotient(left, right)
            }
        case .call(.sum, let arguments):
            return sum(arguments)
        case .call(let function, let arguments) where function == .ratio || function == .percent || function == .growth:
            guard let numerator = evaluate(arguments[0]), let denominator = evaluate(arguments[1]),
                  let quotient = quotient(numerator, denominator)
            else { return nil }
            guard function == .growth else { return quotient }
            // As the evaluators do: the value as (c − p)/p, the range as c/p − 1 (the narrower of the two forms).
            guard let growth = (numerator.value - denominator.value).divided(by: denominator.value) else { return nil }
            return NumberWithRange(value: growth, range: quotient.range - RationalRange(.one))
        default:
            return nil
        }
    }

    /// `dividend / divisor`; nil when the divisor's value or range holds 0.
    private func quotient(_ dividend: NumberWithRange,
                          _ divisor: NumberWithRange) -> NumberWithRange? {
        guard let value = dividend.value.divided(by: divisor.value),
              let range = dividend.range.divided(by: divisor.range)
        else { return nil }
        return NumberWithRange(value: value, range: range)
    }

    /// `sum` of numbers and of references to flat lists of numbers, added in order as the evaluators add them.
    private func sum(_ arguments: [SyntaxNode]) -> NumberWithRange? {
        var total = NumberWithRange(value: .zero, range: RationalRange(.zero))
        for argument in arguments {
            // A reference is looked up once, whether it holds a list or a number.
            if case .reference(let path) = argument.syntax {
                guard let position = environment.position(of: path) else { return nil }
                switch environment.values[position] {
                case .list(let values):
                    // A list's ranges are normalised item by item as they are read, not copied whole first.
                    let listed = environment.ranges[position]
                    guard case .list(let ranges) = listed.isList ? listed : listed.normalized,
                          ranges.count == values.count
                    else { return nil }
                    for (value, range) in zip(values, ranges) {
                        guard case .number(let number) = value, case .number(let numberRange) = range.normalized
                        else { return nil }
                        total.add(number, numberRange)
                    }
                case .number(let value):
                    guard case .number(let range) = environment.ranges[position].normalized else { return nil }
                    let term = NumberWithRange(value: value, range: range)
                    guard term.isWithinComputedSize else { return nil }
                    total.add(term.value, term.range)
                default:
                    return nil
                }
            } else {
                guard let term = evaluate(argument) else { return nil }
                total.add(term.value, term.range)
            }
        }
        return total
    }
}

/// An exact value and its range. A struct rather than a tuple: its copies are then specialised, not made
/// through the runtime's tuple metadata.
struct NumberWithRange {
    var value: Rational
    var range: RationalRange

    /// Whether the value and both bounds are small enough to compute with.
    var isWithinComputedSize: Bool {
        value.isWithinComputedSize && range.lower.isWithinComputedSize && range.upper.isWithinComputedSize
    }

    mutating func add(_ otherValue: Rational, _ otherRange: RationalRange) {
        value += otherValue
        range = range + otherRange
    }
}

extension Expression {
    /// ``evaluate(in:)`` and, when that is a number, ``evaluateRange(in:)`` over paths resolved beforehand (with
    /// their ranges): arithmetic over numbers is walked once for both; anything else runs the two evaluators.
    /// The range is nil when the value is no number, since nothing then reads it.
    /// - Precondition: `resolved` holds the paths' ranges as well as their values.
    public func evaluateWithRange(in resolved: ResolvedPaths) -> (value: Value, range: RangeResult?) {
        precondition(resolved.paths.isEmpty || !resolved.ranges.isEmpty, "the ranges were resolved")
        if let both = NumberAndRangeEvaluator(environment: resolved).evaluate(root) {
            return (.number(both.value), .number(both.range))
        }
        let value = evaluate(in: resolved)
        guard case .number = value else { return (value, nil) }
        return (value, evaluateRange(in: resolved))
    }
}
