import JixiaoExpression

/// Resolves expression references for one submission: the current record, metrics computed so far, then facts.
struct ScoringEnvironment: ExpressionEnvironment {
    let facts: FactStore
    var metrics: [String: Value] = [:]
    var record: (variable: String, fields: [String: Value])?

    func value(of path: String) -> Value {
        if let record, path.hasPrefix(record.variable + ".") {
            let field = String(path.dropFirst(record.variable.count + 1))
            return record.fields[field] ?? .missing([path])
        }
        if let metric = metrics[path] { return metric }
        return facts.value(of: path) ?? .missing([path])
    }
}
