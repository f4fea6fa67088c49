import JixiaoExpression

/// Resolves expression references for one submission: the current record, metrics computed so far, then facts.
/// It also gives each reference its range (what a printed figure may stand for), for the arithmetic checks.
struct ScoringEnvironment: RangeEnvironment {
    let facts: FactStore
    var metrics: [String: Value] = [:]
    var metricRanges: [String: RangeResult] = [:]
    var record: (variable: String, fields: [String: Value])?
    var recordRanges: [String: RangeResult] = [:]

    func value(of path: String) -> Value {
        if let record, path.hasPrefix(record.variable + ".") {
            let field = String(path.dropFirst(record.variable.count + 1))
            return record.fields[field] ?? .missing([path])
        }
        if let metric = metrics[path] { return metric }
        return facts.value(of: path) ?? .missing([path])
    }

    func range(of path: String) -> RangeResult {
        if let record, path.hasPrefix(record.variable + ".") {
            let field = String(path.dropFirst(record.variable.count + 1))
            return recordRanges[field] ?? .other(.missing([path]))
        }
        if let range = metricRanges[path] { return range }
        return facts.range(of: path) ?? .other(.missing([path]))
    }
}
