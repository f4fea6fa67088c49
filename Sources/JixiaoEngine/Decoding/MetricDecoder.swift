import JixiaoYAML

/// Reads the rubric's `metrics:` block: `id: {name, value, unit, places, each, as, key, label}` or `id: "expression"`.
struct MetricDecoder {
    let sink: DiagnosticSink
    let amountUnit: String

    func decode(_ node: Node?, path: String) -> [Metric] {
        guard let node, !node.isNull,
              let reader = MappingReader(node, path: path, sink: sink, what: "指标计算（metrics）") else { return [] }
        return reader.entries.compactMap { entry in
            decodeOne(id: entry.key, node: entry.value, path: reader.childPath(entry.key))
        }
    }

    private func decodeOne(id: String, node: Node, path: String) -> Metric? {
        if !FactDeclarationDecoder.isValidPath(id) || id.contains(".") {
            sink.report(Diagnostic(location: node.location, path: path,
                                   message: "计算项标识“\(id)”无效：应为不含点的标识符，如 execution_rate"))
        }
        if node.scalar != nil {
            guard let value = SourcedExpression.parse(node, path: path, sink: sink) else { return nil }
            return Metric(id: id, name: id, value: value, unit: .plain, places: 2, each: nil)
        }
        guard let reader = MappingReader(node, path: path, sink: sink, what: "计算项") else { return nil }
        reader.rejectUnknownKeys(allowed: ["name", "value", "unit", "places", "each", "as", "key", "label", "description", "better"])
        let better = reader.text("better").flatMap { text -> Metric.Direction? in
            guard let direction = Metric.Direction(rawValue: text) else {
                sink.report(Diagnostic(location: reader.node("better")!.location, path: reader.childPath("better"),
                                       message: "应为 higher（越高越好）或 lower（越低越好），实际是“\(text)”"))
                return nil
            }
            return direction
        }
        let value = reader.expression("value", required: true, what: "计算表达式")
        let places = reader.integer("places") ?? 2
        if !(0...6).contains(places) {
            sink.report(Diagnostic(location: reader.node("places")!.location, path: reader.childPath("places"),
                                   message: "显示小数位数应在 0–6 之间"))
        }
        var each: Metric.Each?
        if let list = reader.text("each") {
            each = Metric.Each(list: list, variable: reader.text("as") ?? "item",
                               key: reader.text("key"), label: reader.text("label"),
                               location: reader.node("each")!.location)
        } else {
            for key in ["as", "key", "label"] where reader.node(key) != nil {
                sink.report(Diagnostic(location: reader.node(key)!.location, path: reader.childPath(key),
                                       message: "“\(key)”只用于逐条计算（each）的计算项"))
            }
        }
        // Amounts are computed in the rubric's unit; another amount unit would only relabel the number
        // (百万元 beside a value in 万元 is 100× off), so it is refused.
        if let unit = reader.text("unit"), unit.hasSuffix("元"), unit != amountUnit, let node = reader.node("unit") {
            sink.report(Diagnostic(location: node.location, path: reader.childPath("unit"),
                                   message: "金额单位“\(unit)”与规则的金额单位“\(amountUnit)”不同：计算项的金额按规则的单位计算，写成“\(unit)”只会把数值标错单位；请写 unit: \(amountUnit) 或 unit: amount"))
        }
        guard let value else { return nil }
        var metric = Metric(id: id, name: reader.text("name") ?? id, value: value,
                            unit: DisplayUnit.parse(reader.text("unit"), amountUnit: amountUnit),
                            places: min(max(places, 0), 6), each: each)
        metric.better = better
        return metric
    }
}
