import JixiaoYAML

/// Reads the rubric's `facts:` block: `path: {kind, label, unit, required, options, fields}` or `path: kind`.
struct FactDeclarationDecoder {
    let sink: DiagnosticSink

    func decode(_ node: Node?, path: String) -> [FactDeclaration] {
        guard let node, !node.isNull,
              let reader = MappingReader(node, path: path, sink: sink, what: "事实声明") else { return [] }
        return reader.entries.compactMap { entry in
            decodeOne(factPath: entry.key, node: entry.value, path: reader.childPath(entry.key))
        }
    }

    private func decodeOne(factPath: String, node: Node, path: String) -> FactDeclaration? {
        if !Self.isValidPath(factPath) {
            sink.report(Diagnostic(location: node.location, path: path,
                                   message: "事实路径“\(factPath)”无效：应为以点分隔的标识符，如 t01.income.total"))
        }
        if let scalar = node.scalar {
            guard let kind = parseKind(scalar.text, at: node, path: path) else { return nil }
            return FactDeclaration(path: factPath, kind: kind, label: factPath, unit: nil, required: false,
                                   options: [], fields: [])
        }
        guard let reader = MappingReader(node, path: path, sink: sink, what: "事实声明") else { return nil }
        reader.rejectUnknownKeys(allowed: ["kind", "label", "unit", "required", "options", "fields"])
        guard let kindText = reader.text("kind", required: true, what: "类型"),
              let kind = parseKind(kindText, at: reader.node("kind")!, path: reader.childPath("kind")) else { return nil }
        let options = reader.texts("options") ?? []
        if kind == .choice && options.isEmpty {
            sink.report(Diagnostic(location: node.location, path: path, message: "choice 类型须列出 options（可选值）"))
        }
        var fields: [FactDeclaration.ListField] = []
        if kind == .list {
            if let fieldsNode = reader.required("fields", what: "列表记录的字段"),
               let fieldsReader = MappingReader(fieldsNode, path: reader.childPath("fields"), sink: sink, what: "字段") {
                for entry in fieldsReader.entries {
                    let fieldPath = fieldsReader.childPath(entry.key)
                    guard let text = entry.value.scalar?.text, let fieldKind = parseKind(text, at: entry.value, path: fieldPath) else {
                        if entry.value.scalar == nil {
                            sink.report(Diagnostic(location: entry.value.location, path: fieldPath, message: "字段类型应为文本，如 amount"))
                        }
                        continue
                    }
                    if fieldKind == .list || fieldKind == .choice {
                        sink.report(Diagnostic(location: entry.value.location, path: fieldPath, message: "列表字段不支持 \(fieldKind.rawValue) 类型"))
                    }
                    fields.append(.init(name: entry.key, kind: fieldKind))
                }
            }
        }
        return FactDeclaration(path: factPath, kind: kind, label: reader.text("label") ?? factPath,
                               unit: reader.text("unit"), required: reader.bool("required") ?? false,
                               options: options, fields: fields)
    }

    private func parseKind(_ text: String, at node: Node, path: String) -> FactKind? {
        if let kind = FactKind(rawValue: text) { return kind }
        sink.report(Diagnostic(location: node.location, path: path, message: "未知的事实类型“\(text)”",
                               hint: Suggestion.didYouMean(text, among: FactKind.allCases.map(\.rawValue))
                                   ?? "可用类型：\(FactKind.allCases.map(\.rawValue).joined(separator: "、"))"))
        return nil
    }

    static func isValidPath(_ path: String) -> Bool {
        let segments = path.split(separator: ".", omittingEmptySubsequences: false)
        return !segments.isEmpty && segments.allSatisfy { segment in
            guard let first = segment.first else { return false }
            return (first.isLetter || first == "_" || first.isNumber)
                && segment.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
        }
    }
}
