@testable import JixiaoExpression

/// The interval `[lower, upper]` from decimal texts.
func span(_ lower: String, _ upper: String) -> RationalRange {
    RationalRange(lower: r(lower), upper: r(upper))
}

/// `center ± halfWidth` from decimal texts, as a printed, rounded figure.
func around(_ center: String, _ halfWidth: String) -> RangeResult {
    .number(RationalRange(center: r(center), halfWidth: r(halfWidth)))
}

/// Parses `source` and evaluates it over ranges: exact `values` for decisions, `ranges` for the numbers
/// (a path with a value but no range is a point).
func evaluateRange(_ source: String, values: [String: Value] = [:], ranges: [String: RangeResult] = [:]) throws -> RangeResult {
    try Expression.parse(source).evaluateRange(in: DictionaryRangeEnvironment(values: values, ranges: ranges))
}

/// `true` when `result` is `.other(.notComputable)` and its reason contains `fragment`.
func isNotComputable(_ result: RangeResult, containing fragment: String) -> Bool {
    if case .other(let value) = result { return isNotComputable(value, containing: fragment) }
    return false
}
