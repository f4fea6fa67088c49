import JixiaoExpression
import JixiaoYAML

/// Reads a `checks:` list (of a rubric or a check set).
struct CheckDecoder {
    let sink: DiagnosticSink
    let amountUnit: String
    let checkSet: String?

    static let keys: Set<String> = [
        "id", "name", "stated", "computed", "relation", "severity", "tolerance", "unit", "where",
        "description", "each", "as", "key", "label",
    ]

    func decode(_ node: Node?, path: String) -> [Check] {
        sink.decodeList(node, path: path) { item, itemPath in decodeOne(item, path: itemPath) }
    }

    private func decodeOne(_ node: Node, path: String) -> Check? {
        guard let reader = MappingReader(node, path: path, sink: sink, what: "核对规则") else { return nil }
        reader.rejectUnknownKeys(allowed: Self.keys)
        let id = reader.text("id", required: true, what: "核对标识")
        let name = reader.text("name", required: true, what: "核对名称")
        let stated = reader.expression("stated", required: true, what: "文档所列数值")
        let computed = reader.expression("computed", required: true, what: "重新计算的数值")
        let relationText = reader.text("relation") ?? "=="
        let relation = Check.Relation(rawValue: relationText)
        if relation == nil {
            sink.report(Diagnostic(location: reader.node("relation")!.location, path: reader.childPath("relation"),
                                   message: "relation 应为 ==、<= 或 >=，实际是“\(relationText)”"))
        }
        let severityText = reader.text("severity") ?? "error"
        let severity = Check.Severity(rawValue: severityText)
        if severity == nil {
            sink.report(Diagnostic(location: reader.node("severity")!.location, path: reader.childPath("severity"),
                                   message: "severity 应为 error 或 warning，实际是“\(severityText)”",
                                   hint: Suggestion.didYouMean(severityText, among: ["error", "warning"])))
        }
        let tolerance = reader.number("tolerance")
        if let tolerance, tolerance < .zero {
            sink.report(Diagnostic(location: reader.node("tolerance")!.location, path: reader.childPath("tolerance"),
                                   message: "容差不能为负"))
        }
        var each: Metric.Each?
        if let list = reader.text("each") {
            each = Metric.Each(list: list, variable: reader.text("as") ?? "item", key: reader.text("key"),
                               label: reader.text("label"), location: reader.node("each")!.location)
        }
        guard let id, let name, let stated, let computed, let relation, let severity else { return nil }
        return Check(id: id, name: name, stated: stated, computed: computed, relation: relation, severity: severity,
                     tolerance: tolerance, unit: reader.text("unit").map { DisplayUnit.parse($0, amountUnit: amountUnit) },
                     whereInDocument: reader.text("where"), description: reader.text("description"),
                     each: each, checkSet: checkSet, location: node.location)
    }
}
