import JixiaoExpression
import JixiaoYAML

/// Resolves expression references for one submission: the current record, metrics computed so far, then facts.
/// It also gives each reference its range (what a printed figure may stand for), for the arithmetic checks.
struct ScoringEnvironment: RangeEnvironment {
    let facts: FactStore
    var metrics: [String: Value] = [:]
    var metricRanges: [String: RangeResult] = [:]
    var record: (variable: String, fields: [String: Value])?
    var recordRanges: [String: RangeResult] = [:]

    func value(of path: String) -> Value {
        if let record, let field = Self.field(of: path, inRecordNamed: record.variable) {
            return record.fields[field] ?? .missing([path])
        }
        if let metric = metrics[path] { return metric }
        return facts.value(of: path) ?? .missing([path])
    }

    func range(of path: String) -> RangeResult {
        if let record, let field = Self.field(of: path, inRecordNamed: record.variable) {
            return recordRanges[field] ?? .other(.missing([path]))
        }
        if let range = metricRanges[path] { return range }
        return facts.range(of: path) ?? .other(.missing([path]))
    }

    /// The value of `expression`, its paths looked up once and the evaluator run specialised for the table.
    func evaluate(_ expression: Expression) -> Value {
        expression.evaluate(in: resolveValues(expression.paths))
    }

    /// The values of `paths`, each looked up once, for evaluations that need no ranges.
    func resolveValues(_ paths: [String]) -> ResolvedPaths {
        ResolvedPaths(paths: paths, values: paths.map(value(of:)))
    }

    /// The value and range of each of `paths`, looked up once for all the evaluations that read them.
    func resolve(_ paths: [String]) -> ResolvedPaths {
        var values: [Value] = []
        var ranges: [RangeResult] = []
        values.reserveCapacity(paths.count)
        ranges.reserveCapacity(paths.count)
        for path in paths {
            let (value, range) = valueAndRange(of: path)
            values.append(value)
            ranges.append(range)
        }
        return ResolvedPaths(paths: paths, values: values, ranges: ranges)
    }

    /// ``value(of:)`` and ``range(of:)`` from one pass over the record and metrics.
    private func valueAndRange(of path: String) -> (Value, RangeResult) {
        if let record, let field = Self.field(of: path, inRecordNamed: record.variable) {
            return (record.fields[field] ?? .missing([path]), recordRanges[field] ?? .other(.missing([path])))
        }
        // A metric's value and range are stored together, so a path that is no metric needs no second test.
        if let metric = metrics[path] { return (metric, metricRanges[path] ?? facts.range(of: path) ?? .other(.missing([path]))) }
        return facts.valueAndRange(of: path) ?? (.missing([path]), .other(.missing([path])))
    }

    /// The field `path` names in the record called `variable` (`item.amount` → `amount` in `item`), or nil;
    /// compared byte by byte in place (`memcmp`) so that no `item.` prefix is built for each lookup, and the
    /// views' own comparison, a byte at a time, is not run for every path of every per-record evaluation.
    static func field(of path: String, inRecordNamed variable: String) -> String? {
        let length = variable.utf8.count
        let bytes = path.utf8
        guard bytes.count > length, path.hasBytePrefix(variable),
              bytes[bytes.index(bytes.startIndex, offsetBy: length)] == UInt8(ascii: ".") else { return nil }
        return path.droppingBytes(first: length + 1)
    }
}
