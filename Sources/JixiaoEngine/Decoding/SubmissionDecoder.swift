import JixiaoExpression
import JixiaoYAML

/// Reads a submission file. Only its frame is checked here; facts are read against a rubric by ``FactStore``.
public struct SubmissionLoader: Sendable {
    public var limits: YAMLLimits

    public init(limits: YAMLLimits = .default) {
        self.limits = limits
    }

    public func load(contentsOf path: String) throws(DiagnosticError) -> Submission {
        try load(bytes: try FileBytes.read(path), file: path)
    }

    public func load(bytes: [UInt8], file: String) throws(DiagnosticError) -> Submission {
        try DocumentReader.decode(bytes: bytes, file: file, limits: limits, what: "提交文件") { root, sink, sha256 in
            SubmissionDecoder(sink: sink).decode(root, file: file, sha256: sha256)
        }
    }
}

struct SubmissionDecoder {
    let sink: DiagnosticSink

    static let topLevelKeys: Set<String> = [
        "department", "year", "unit", "rubrics", "document", "facts", "stated", "report",
        "manual_scores", "claimed_scores", "causes", "statements", "forms",
    ]

    func decode(_ root: Node, file: String, sha256: String) -> Submission? {
        guard let top = MappingReader(root, path: "", sink: sink, what: "提交文件") else { return nil }
        top.rejectUnknownKeys(allowed: Self.topLevelKeys)
        let department = top.text("department", required: true, what: "部门名称")
        let year = top.integer("year")
        SubmissionFrameChecks.department(department, node: top.node("department"), sink: sink)
        SubmissionFrameChecks.year(year, node: top.node("year"), sink: sink)
        if top.node("year") == nil {
            sink.report(Diagnostic(location: root.location, path: "year", message: "缺少必填字段“year”（年度）"))
        }
        let facts = top.node("facts")
        if let facts, facts.pairs == nil, !facts.isNull {
            sink.report(Diagnostic(location: facts.location, path: "facts", message: "facts 应为映射（键: 值）"))
        }
        let unit = top.text("unit") ?? "万元"
        if FactValueReader.unitsInYuan[unit] == nil, let node = top.node("unit") {
            sink.report(Diagnostic(location: node.location, path: "unit",
                                   message: "不支持的金额单位“\(unit)”，应为 元、千元、万元 或 亿元"))
        }
        var causes: [String: String] = [:]
        if let node = top.node("causes"), !node.isNull,
           let reader = MappingReader(node, path: "causes", sink: sink, what: "原因") {
            for entry in reader.entries {
                if let text = reader.text(entry.key) { causes[entry.key] = text }
            }
        }
        // An unknown unit is reported above; the file's figures are then read in the default unit.
        let amountUnit = FactValueReader.unitsInYuan[unit] == nil ? "万元" : unit
        let forms = FormDecoder(sink: sink, unit: amountUnit).decode(top.node("forms"))
        let statements = StatementDecoder(sink: sink, unit: amountUnit).decode(top.node("statements"))
        guard let department, let year else { return nil }
        var submission = Submission(department: department, year: year, unit: unit,
                          rubrics: top.texts("rubrics") ?? [], rubricsLocation: top.node("rubrics")?.location,
                          document: top.text("document"),
                          facts: facts, stated: top.node("stated"),
                          manualScores: scores(top, key: "manual_scores"), causes: causes,
                          causesLocation: top.node("causes")?.location,
                          claimedScores: scores(top, key: "claimed_scores"),
                          file: file, sha256: sha256)
        submission.statements = statements
        submission.forms = forms
        return submission
    }

    /// `{rubric-id: {indicator-id: score}}`.
    private func scores(_ top: MappingReader, key: String) -> [String: [String: Submission.ScoreEntry]] {
        guard let node = top.node(key), !node.isNull,
              let byRubric = MappingReader(node, path: key, sink: sink, what: "评分") else { return [:] }
        var result: [String: [String: Submission.ScoreEntry]] = [:]
        for rubric in byRubric.entries {
            guard let byIndicator = MappingReader(rubric.value, path: byRubric.childPath(rubric.key), sink: sink,
                                                  what: "指标评分") else { continue }
            for entry in byIndicator.entries {
                if let value = NodeValues.number(entry.value, path: byIndicator.childPath(entry.key), sink: sink) {
                    result[rubric.key, default: [:]][entry.key] = .init(value: value, location: entry.value.location)
                }
            }
        }
        return result
    }
}
