/// Where interval evaluation reads its data: each referenced path's range.
///
/// It is also an ordinary environment with exact values, which are used wherever a decision has to be
/// made: comparisons, `and`/`or`/`not`, the condition of `if`, `exists()`, `contains()` and `count()`.
public protocol RangeEnvironment: ExpressionEnvironment {
    /// The range of the value at a dotted path: `.number` for a number (a point when exactly known),
    /// `.list` for a list, `.other(.missing([path]))` when the data has no value for it.
    func range(of path: String) -> RangeResult
}

/// A range environment backed by dictionaries: exact values for every path, and ranges for the paths
/// whose printed figures are rounded. A path with a value but no range is exactly known (a point range).
public struct DictionaryRangeEnvironment: RangeEnvironment, Sendable {
    public var values: [String: Value]
    public var ranges: [String: RangeResult]

    public init(values: [String: Value] = [:], ranges: [String: RangeResult] = [:]) {
        self.values = values
        self.ranges = ranges
    }

    public func value(of path: String) -> Value {
        values[path] ?? .missing([path])
    }

    public func range(of path: String) -> RangeResult {
        ranges[path] ?? RangeResult(value(of: path))
    }
}
