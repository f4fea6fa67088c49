import JixiaoYAML
import Mustache

/// Reads a rubric's `findings:` list.
struct FindingDecoder {
    let sink: DiagnosticSink

    static let keys: Set<String> = [
        "id", "problem", "when", "lost", "checks", "severity", "each", "as", "key",
        "indicators", "evidence", "cause", "measures",
    ]

    func decode(_ node: Node?, path: String) -> [FindingTemplate] {
        sink.decodeList(node, path: path) { item, itemPath in decodeOne(item, path: itemPath) }
    }

    private func decodeOne(_ node: Node, path: String) -> FindingTemplate? {
        guard let reader = MappingReader(node, path: path, sink: sink, what: "问题模板") else { return nil }
        reader.rejectUnknownKeys(allowed: Self.keys)
        let id = reader.text("id", required: true, what: "问题标识")
        let problem = reader.text("problem", required: true, what: "问题标题")
        let trigger = decodeTrigger(reader)
        let evidence = template(reader, key: "evidence", required: true)
        let cause = template(reader, key: "cause", required: false)
        let measures = reader.texts("measures") ?? []
        if measures.isEmpty {
            sink.report(Diagnostic(location: node.location, path: reader.childPath("measures"),
                                   message: "至少写一条改进措施（measures）"))
        }
        var each: Metric.Each?
        if let list = reader.text("each") {
            each = Metric.Each(list: list, variable: reader.text("as") ?? "item", key: reader.text("key"),
                               label: nil, location: reader.node("each")!.location)
        }
        var indicators = reader.texts("indicators") ?? []
        if indicators.isEmpty, case .pointsLost(let ids)? = trigger { indicators = ids }
        guard let id, let problem, let trigger, let evidence else { return nil }
        return FindingTemplate(id: id, problem: problem, trigger: trigger, each: each, indicators: indicators,
                               evidence: evidence.template, evidenceSource: evidence.source,
                               cause: cause?.template, measures: measures, location: node.location, path: path,
                               templateSources: [("evidence", evidence.source, reader.node("evidence")!.location)]
                                   + (cause.map { [("cause", $0.source, reader.node("cause")!.location)] } ?? []))
    }

    /// Exactly one of `when:`, `lost:` and `checks: mismatch`.
    private func decodeTrigger(_ reader: MappingReader) -> FindingTemplate.Trigger? {
        let given = ["when", "lost", "checks"].filter { reader.node($0) != nil }
        guard given.count == 1 else {
            sink.report(Diagnostic(location: reader.node.location, path: reader.path,
                                   message: given.isEmpty ? "须用 when（条件）、lost（失分指标）或 checks: mismatch（核对不一致）之一触发"
                                                          : "when、lost、checks 只能给一个，实际给了 \(given.joined(separator: "、"))"))
            return nil
        }
        switch given[0] {
        case "when":
            return reader.expression("when").map { .condition($0) }
        case "lost":
            return reader.texts("lost").map { .pointsLost($0) }
        default:
            let value = reader.text("checks")
            guard value == "mismatch" else {
                sink.report(Diagnostic(location: reader.node("checks")!.location, path: reader.childPath("checks"),
                                       message: "checks 只能写 mismatch（对每一处核对不一致触发）"))
                return nil
            }
            let severityText = reader.text("severity") ?? "warning"
            guard let severity = Check.Severity(rawValue: severityText) else {
                sink.report(Diagnostic(location: reader.node("severity")!.location, path: reader.childPath("severity"),
                                       message: "severity 应为 warning 或 error"))
                return nil
            }
            return .checkMismatches(minimumSeverity: severity)
        }
    }

    private func template(_ reader: MappingReader, key: String, required: Bool) -> (template: MustacheTemplate, source: String)? {
        guard let source = reader.text(key, required: required, what: "模板") else { return nil }
        if let problem = TemplateLimits.problem(in: source) {
            sink.report(Diagnostic(location: reader.node(key)!.location, path: reader.childPath(key), message: problem))
            return nil
        }
        do {
            // Text, not HTML: figures and Chinese quotes must come out as written.
            return (try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + source), source)
        } catch {
            sink.report(Diagnostic(location: reader.node(key)!.location, path: reader.childPath(key),
                                   message: "模板语法有误（如 {{#…}} 没有对应的 {{/…}}）：\(error)"))
            return nil
        }
    }
}
