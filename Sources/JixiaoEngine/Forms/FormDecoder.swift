import JixiaoExpression
import JixiaoYAML

/// Reads `forms:`: each form's funding block and rows, every figure as printed.
struct FormDecoder {
    let sink: DiagnosticSink
    /// The submission's unit of bare amounts.
    let unit: String

    static let keys: Set<String> = ["id", "name", "kind", "section", "line", "unit", "funding", "indicators", "total", "grade"]
    static let fundingKeys: Set<String> = ["initial", "annual", "executed", "weight", "rate", "score", "line"]
    static let rowKeys: Set<String> = ["level1", "level2", "name", "weight", "target", "actual", "score", "deviation", "line"]
    static let kinds = ["项目", "部门整体"]
    static let grades = ["优", "良", "中", "差"]

    func decode(_ node: Node?) -> [Form] {
        sink.decodeList(node, path: "forms") { item, path in decodeOne(item, path: path) }
    }

    private func decodeOne(_ node: Node, path: String) -> Form? {
        guard let reader = MappingReader(node, path: path, sink: sink, what: "自评表") else { return nil }
        reader.rejectUnknownKeys(allowed: Self.keys)
        let name = reader.text("name", required: true, what: "项目名称")
        var formUnit = reader.text("unit") ?? unit
        if FactValueReader.unitsInYuan[formUnit] == nil, let unitNode = reader.node("unit") {
            sink.report(Diagnostic(location: unitNode.location, path: reader.childPath("unit"),
                                   message: "不支持的金额单位“\(formUnit)”，应为 元、千元、万元 或 亿元"))
            formUnit = unit
        }
        let figures = PrintedFigureReader(sink: sink, unit: formUnit)
        let kind = reader.text("kind") ?? "项目"
        if !Self.kinds.contains(kind), let kindNode = reader.node("kind") {
            sink.report(Diagnostic(location: kindNode.location, path: reader.childPath("kind"),
                                   message: "应为 项目 或 部门整体，实际是“\(kind)”"))
        }
        let grade = reader.text("grade")
        if let grade, !Self.grades.contains(grade), let gradeNode = reader.node("grade") {
            sink.report(Diagnostic(location: gradeNode.location, path: reader.childPath("grade"),
                                   message: "应为 优、良、中、差 之一，实际是“\(grade)”",
                                   hint: Suggestion.didYouMean(grade, among: Self.grades)))
        }
        var rows: [Form.Row] = []
        if let list = reader.node("indicators") {
            rows = sink.decodeList(list, path: reader.childPath("indicators")) { item, rowPath in
                decodeRow(item, path: rowPath, figures: figures)
            }
            for index in rows.indices { rows[index].id = "R\(index + 1)" }
        }
        guard let name else { return nil }
        return Form(
            id: reader.text("id"), name: name, kind: kind, section: reader.text("section"), line: reader.integer("line"),
            funding: reader.node("funding").flatMap { decodeFunding($0, path: reader.childPath("funding"), figures: figures) },
            rows: rows,
            total: reader.node("total").flatMap { figures.read($0, kind: .score, signed: false, path: reader.childPath("total")) },
            grade: grade, gradeLocation: reader.node("grade")?.location, location: node.location, path: path)
    }

    private func decodeFunding(_ node: Node, path: String, figures: PrintedFigureReader) -> Form.Funding? {
        guard !node.isNull, let reader = MappingReader(node, path: path, sink: sink, what: "资金情况") else { return nil }
        reader.rejectUnknownKeys(allowed: Self.fundingKeys)
        func figure(_ key: String, _ kind: PrintedFigure.Kind) -> PrintedFigure? {
            reader.node(key).flatMap { figures.read($0, kind: kind, signed: false, path: reader.childPath(key)) }
        }
        return Form.Funding(initial: figure("initial", .amount), annual: figure("annual", .amount),
                            executed: figure("executed", .amount), weight: figure("weight", .score),
                            rate: figure("rate", .rate), score: figure("score", .score),
                            line: reader.integer("line"), location: node.location, path: path)
    }

    private func decodeRow(_ node: Node, path: String, figures: PrintedFigureReader) -> Form.Row? {
        guard let reader = MappingReader(node, path: path, sink: sink, what: "绩效指标") else { return nil }
        reader.rejectUnknownKeys(allowed: Self.rowKeys)
        let name = reader.text("name", required: true, what: "三级指标名称")
        func value(_ key: String) -> FormValue? {
            guard let valueNode = reader.node(key), !valueNode.isNull else { return nil }
            guard let scalar = valueNode.scalar else {
                sink.report(Diagnostic(location: valueNode.location, path: reader.childPath(key),
                                       message: "应为指标值（如 ≥95%、266米、达到预期），实际是\(valueNode.kindName)"))
                return nil
            }
            return FormValue(printed: scalar.text, location: valueNode.location)
        }
        func score(_ key: String) -> PrintedFigure? {
            reader.node(key).flatMap { figures.read($0, kind: .score, signed: false, path: reader.childPath(key)) }
        }
        guard let name else { return nil }
        return Form.Row(id: "", level1: reader.text("level1"), level2: reader.text("level2"), name: name,
                        weight: score("weight"), target: value("target"), actual: value("actual"),
                        score: score("score"), deviation: reader.text("deviation"),
                        line: reader.integer("line"), location: node.location, path: path)
    }
}
