import JixiaoExpression
import JixiaoYAML

/// Reads a YAML mapping field by field, reporting wrong kinds, missing and unknown keys with their path.
struct MappingReader {
    let node: Node
    let path: String
    let sink: DiagnosticSink
    private let pairs: [Node.Pair]

    /// Nil (with a diagnostic) when `node` is not a mapping.
    init?(_ node: Node, path: String, sink: DiagnosticSink, what: String) {
        guard let pairs = node.pairs else {
            sink.report(Diagnostic(
                location: node.location, path: path,
                message: "\(what)应为映射（键: 值），实际是\(node.kindName)"))
            return nil
        }
        self.node = node
        self.path = path
        self.sink = sink
        self.pairs = pairs
    }

    var keys: [String] { pairs.compactMap { $0.key.scalar?.text } }

    var entries: [(key: String, keyNode: Node, value: Node)] {
        pairs.compactMap { pair in pair.key.scalar.map { ($0.text, pair.key, pair.value) } }
    }

    func childPath(_ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    func node(_ key: String) -> Node? {
        // Read in place: taking each pair out of the array copied both its nodes.
        for index in pairs.indices {
            if case .scalar(let scalar) = pairs[index].key.content, scalar.text == key { return pairs[index].value }
        }
        return nil
    }

    /// Reports every key not in `allowed`, suggesting the nearest allowed one.
    func rejectUnknownKeys(allowed: Set<String>) {
        for index in pairs.indices {
            guard case .scalar(let scalar) = pairs[index].key.content else {
                sink.report(Diagnostic(location: pairs[index].key.location, path: path, message: "键必须是标量"))
                continue
            }
            let key = scalar.text
            if !allowed.contains(key) {
                // `{amount: 23,005.58}` splits at the comma: the tail turns up as a key of its own.
                let splitNumber = !key.isEmpty && key.allSatisfy { $0.isNumber || $0 == "." }
                sink.report(Diagnostic(
                    location: pairs[index].key.location, path: childPath(key),
                    message: "未知的字段“\(key)”",
                    hint: splitNumber ? "行内映射 {…} 中逗号是分隔符，带千分位逗号的数字请加引号，如 \"23,005.58\""
                        : Suggestion.didYouMean(key, among: allowed.sorted())))
            }
        }
    }

    func required(_ key: String, what: String) -> Node? {
        if let value = node(key), !value.isNull { return value }
        sink.report(Diagnostic(location: node.location, path: childPath(key), message: "缺少必填字段“\(key)”（\(what)）"))
        return nil
    }

    func text(_ key: String, required isRequired: Bool = false, what: String = "") -> String? {
        guard let value = isRequired ? required(key, what: what) : node(key), !value.isNull else { return nil }
        guard let scalar = value.scalar else {
            sink.report(Diagnostic(location: value.location, path: childPath(key),
                                   message: "应为文本，实际是\(value.kindName)"))
            return nil
        }
        return scalar.text
    }

    func number(_ key: String, required isRequired: Bool = false, what: String = "") -> Rational? {
        guard let value = isRequired ? required(key, what: what) : node(key), !value.isNull else { return nil }
        return NodeValues.number(value, path: childPath(key), sink: sink)
    }

    func integer(_ key: String) -> Int? {
        guard let value = node(key), !value.isNull else { return nil }
        guard let text = value.scalar?.text, let int = Int(text) else {
            sink.report(Diagnostic(location: value.location, path: childPath(key),
                                   message: "应为整数，实际是“\(value.scalar?.text ?? value.kindName)”"))
            return nil
        }
        return int
    }

    func bool(_ key: String) -> Bool? {
        guard let value = node(key), !value.isNull else { return nil }
        return NodeValues.bool(value, path: childPath(key), sink: sink)
    }

    func sequence(_ key: String, required isRequired: Bool = false, what: String = "") -> [Node]? {
        guard let value = isRequired ? required(key, what: what) : node(key), !value.isNull else { return nil }
        guard let items = value.sequence else {
            sink.report(Diagnostic(location: value.location, path: childPath(key),
                                   message: "应为序列（列表），实际是\(value.kindName)"))
            return nil
        }
        return items
    }

    /// A list of texts; a single scalar counts as a one-element list.
    func texts(_ key: String) -> [String]? {
        guard let value = node(key), !value.isNull else { return nil }
        if let scalar = value.scalar { return [scalar.text] }
        guard let items = value.sequence else {
            sink.report(Diagnostic(location: value.location, path: childPath(key), message: "应为文本列表"))
            return nil
        }
        return items.enumerated().compactMap { index, item in
            guard let scalar = item.scalar else {
                sink.report(Diagnostic(location: item.location, path: "\(childPath(key))[\(index)]", message: "应为文本"))
                return nil
            }
            return scalar.text
        }
    }

    func expression(_ key: String, required isRequired: Bool = false, what: String = "") -> SourcedExpression? {
        guard let value = isRequired ? required(key, what: what) : node(key), !value.isNull else { return nil }
        return SourcedExpression.parse(value, path: childPath(key), sink: sink)
    }
}

/// Scalar conversions shared by rubric and submission decoding.
enum NodeValues {
    static func number(_ node: Node, path: String, sink: DiagnosticSink) -> Rational? {
        guard let text = node.scalar?.text, let value = Rational(decimalText: text) else {
            if let problem = node.scalar.flatMap({ Rational.sizeProblem(ofDecimalText: $0.text) }) {
                sink.report(Diagnostic(location: node.location, path: path, message: "数值超出可计算范围：\(problem)"))
                return nil
            }
            sink.report(Diagnostic(location: node.location, path: path,
                                   message: "应为数值（如 10、2.5、90%），实际是“\(node.scalar?.text ?? node.kindName)”"))
            return nil
        }
        return value
    }

    static func bool(_ node: Node, path: String, sink: DiagnosticSink) -> Bool? {
        switch node.scalar?.text {
        case "true", "True", "TRUE", "是", "yes": return true
        case "false", "False", "FALSE", "否", "no": return false
        default:
            sink.report(Diagnostic(location: node.location, path: path,
                                   message: "应为布尔值（true/false 或 是/否），实际是“\(node.scalar?.text ?? node.kindName)”"))
            return nil
        }
    }
}
