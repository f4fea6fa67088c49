import BigInt
@testable import JixiaoExpression

/// A rational from decimal text, for readable expectations; traps on a typo in the test itself.
func r(_ text: String) -> Rational {
    guard let value = Rational(decimalText: text) else { fatalError("bad test literal \(text)") }
    return value
}

/// The fraction `numerator / denominator`.
func fraction(_ numerator: Int, _ denominator: Int) -> Rational {
    Rational(numerator: BigInt(numerator), denominator: BigInt(denominator))
}

/// Parses and evaluates `source` against the given data.
func evaluate(_ source: String, _ values: [String: Value] = [:]) throws -> Value {
    try Expression.parse(source).evaluate(in: DictionaryEnvironment(values))
}

/// The parse error for `source`, or `nil` if it parses.
func parseError(_ source: String) -> ExpressionError? {
    do {
        _ = try Expression.parse(source)
        return nil
    } catch {
        return error
    }
}

/// `true` when `value` is `.notComputable` and its reason contains `fragment`.
func isNotComputable(_ value: Value, containing fragment: String) -> Bool {
    if case .notComputable(let reason) = value { return reason.contains(fragment) }
    return false
}
