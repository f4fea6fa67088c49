/// The values and ranges of a handful of paths, looked up once in a caller's own environment.
///
/// An arithmetic check reads the same few figures for its value, its range and the inputs it shows; looking
/// each up once and evaluating against this table avoids asking the environment (through a protocol, with
/// String-keyed dictionaries behind it) again for every occurrence and every pass. It is a concrete type of
/// this module, so the evaluators run specialised for it.
public struct ResolvedPaths: RangeEnvironment, Sendable {
    /// The paths, each once; a check reads so few that a scan finds one faster than hashing it.
    public let paths: [String]
    /// The value of each path, in the order of ``paths``.
    public let values: [Value]
    /// The range of each path, in the order of ``paths``; empty when only the values were looked up.
    public let ranges: [RangeResult]

    /// - Precondition: `values` holds one entry per path, and `ranges` one per path or none.
    public init(paths: [String], values: [Value], ranges: [RangeResult] = []) {
        precondition(values.count == paths.count && (ranges.isEmpty || ranges.count == paths.count),
                     "one value per path, and one range per path or none")
        self.paths = paths
        self.values = values
        self.ranges = ranges
    }

    /// Where `path` is in ``paths``; nil for a path that was not resolved.
    func position(of path: String) -> Int? {
        paths.firstIndex(of: path)
    }

    /// The value at `path`; `.missing([path])` for a path that was not resolved.
    public func value(of path: String) -> Value {
        guard let index = position(of: path) else { return .missing([path]) }
        return values[index]
    }

    /// The range at `path`; `.other(.missing([path]))` for a path that was not resolved.
    public func range(of path: String) -> RangeResult {
        precondition(paths.isEmpty || !ranges.isEmpty, "only the values were resolved")
        guard let index = position(of: path) else { return .other(.missing([path])) }
        return ranges[index]
    }
}

extension Expression {
    /// ``evaluate(in:)`` over paths resolved beforehand (which must include every path in ``paths``), run
    /// specialised for the table.
    public func evaluate(in resolved: ResolvedPaths) -> Value {
        // A lone reference (most stated figures) is its path's value: no evaluator is made to walk its one node.
        if case .reference(let path) = root.syntax {
            return Evaluator<ResolvedPaths>.sized(Evaluator<ResolvedPaths>.referenced(resolved.value(of: path), path: path))
        }
        return Evaluator(environment: resolved, source: source).evaluate(root)
    }

    /// ``evaluateRange(in:)`` over paths resolved beforehand (which must include every path in ``paths``),
    /// run specialised for the table.
    public func evaluateRange(in resolved: ResolvedPaths) -> RangeResult {
        if case .reference(let path) = root.syntax {
            return RangeEvaluator<ResolvedPaths>.sized(RangeEvaluator<ResolvedPaths>.referenced(resolved.range(of: path), path: path))
        }
        return RangeEvaluator(environment: resolved, source: source).evaluate(root)
    }
}
