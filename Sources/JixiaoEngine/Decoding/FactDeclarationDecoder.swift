import JixiaoYAML

/// Reads the rubric's `facts:` block: `path: {kind, label, unit, required, options, fields}` or `path: kind`.
struct FactDeclarationDecoder {
    static let keys: Set<String> = ["kind", "label", "unit", "required", "options", "fields", "of"]
    let sink: DiagnosticSink

    func decode(_ node: Node?, path: String) -> [FactDeclaration] {
        guard let node, !node.isNull,
              let reader = MappingReader(node, path: path, sink: sink, what: "事实声明") else { return [] }
        return reader.entries.compactMap { entry in
            var fact = decodeOne(factPath: entry.key, node: entry.value, path: reader.childPath(entry.key))
            fact?.location = entry.keyNode.location
            return fact
        }
    }

    private func decodeOne(factPath: String, node: Node, path: String) -> FactDeclaration? {
        if !Self.isValidPath(factPath) {
            sink.report(Diagnostic(location: node.location, path: path,
                                   message: "事实路径“\(factPath)”无效：应为以点分隔的标识符，如 t01.income.total"))
        }
        if let scalar = node.scalar {
            guard let kind = parseKind(scalar.text, at: node, path: path) else { return nil }
            if kind == .list {
                sink.report(Diagnostic(location: node.location, path: path,
                                       message: "list 类型须写成映射，并给出 fields（记录的字段）或 of（元素类型）"))
            }
            return FactDeclaration(path: factPath, kind: kind, label: factPath, unit: nil, required: false,
                                   options: [], fields: [], elementKind: nil)
        }
        guard let reader = MappingReader(node, path: path, sink: sink, what: "事实声明") else { return nil }
        reader.rejectUnknownKeys(allowed: Self.keys)
        guard let kindText = reader.text("kind", required: true, what: "类型"),
              let kind = parseKind(kindText, at: reader.node("kind")!, path: reader.childPath("kind")) else { return nil }
        let options = reader.texts("options") ?? []
        if kind == .choice && options.isEmpty {
            sink.report(Diagnostic(location: node.location, path: path, message: "choice 类型须列出 options（可选值）"))
        }
        var fields: [FactDeclaration.ListField] = []
        var elementKind: FactKind?
        for key in ["of", "fields"] where kind != .list && reader.node(key) != nil {
            sink.report(Diagnostic(location: reader.node(key)!.location, path: reader.childPath(key),
                                   message: "“\(key)”只用于 list 类型的事实"))
        }
        if kind == .list, let ofText = reader.text("of") {
            elementKind = parseKind(ofText, at: reader.node("of")!, path: reader.childPath("of"))
            if elementKind == .list || elementKind == .choice {
                sink.report(Diagnostic(location: reader.node("of")!.location, path: reader.childPath("of"),
                                       message: "列表元素不支持 \(ofText) 类型"))
            }
            if reader.node("fields") != nil {
                sink.report(Diagnostic(location: reader.node("fields")!.location, path: reader.childPath("fields"),
                                       message: "fields（记录列表）与 of（值列表）只能给一个"))
            }
        } else if kind == .list {
            if let fieldsNode = reader.required("fields", what: "列表记录的字段（或用 of 给出元素类型）"),
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
                               options: options, fields: fields, elementKind: elementKind)
    }

    /// `path` is made only for a diagnostic: every fact's kind is read, and making the path cost more than that.
    private func parseKind(_ text: String, at node: Node, path: @autoclosure () -> String) -> FactKind? {
        if let kind = FactKind(rawValue: text) { return kind }
        let path = path()
        sink.report(Diagnostic(location: node.location, path: path, message: "未知的事实类型“\(text)”",
                               hint: Suggestion.didYouMean(text, among: FactKind.allCases.map(\.rawValue))
                                   ?? "可用类型：\(FactKind.allCases.map(\.rawValue).joined(separator: "、"))"))
        return nil
    }

    static func isValidPath(_ path: String) -> Bool {
        // An ASCII path is decided in one pass over its bytes, read from the String's own storage (iterating its
        // UTF-8 view cost tens of instructions a byte); only other scripts need the Unicode character classes.
        var text = path
        let asciiAnswer = text.withUTF8 { bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var segmentLength = 0
            for byte in bytes {
                if byte == UInt8(ascii: ".") {
                    guard segmentLength > 0 else { return false }
                    segmentLength = 0
                    continue
                }
                let isWordByte = byte == UInt8(ascii: "_") || byte >= 0x30 && byte <= 0x39
                    || byte >= 0x41 && byte <= 0x5A || byte >= 0x61 && byte <= 0x7A
                guard isWordByte else { return false }
                segmentLength += 1
            }
            return segmentLength > 0
        }
        if let asciiAnswer { return asciiAnswer }
        let segments = path.split(separator: ".", omittingEmptySubsequences: false)
        return !segments.isEmpty && segments.allSatisfy { segment in
            guard let first = segment.first else { return false }
            return (first.isLetter || first == "_" || first.isNumber)
                && segment.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
        }
    }
}
