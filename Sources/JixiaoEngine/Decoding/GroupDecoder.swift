import JixiaoExpression
import JixiaoYAML

/// Reads groups and their indicators, at any depth.
struct GroupDecoder {
    let sink: DiagnosticSink

    func decode(_ node: Node, path: String) -> Group? {
        guard let reader = MappingReader(node, path: path, sink: sink, what: "指标分组") else { return nil }
        reader.rejectUnknownKeys(allowed: ["id", "name", "points", "cap", "groups", "indicators", "description"])
        let id = reader.text("id", required: true, what: "分组标识")
        let name = reader.text("name", required: true, what: "分组名称")
        let declared = reader.number("points")
        let groupNodes = reader.sequence("groups") ?? []
        let indicatorNodes = reader.sequence("indicators") ?? []
        let groups = groupNodes.enumerated().compactMap { index, child in
            decode(child, path: "\(path).groups[\(index)]")
        }
        let indicators = indicatorNodes.enumerated().compactMap { index, child in
            decodeIndicator(child, path: "\(path).indicators[\(index)]")
        }
        // A child that failed to decode has its own error; adding up without it would only add a false one.
        let complete = groups.count == groupNodes.count && indicators.count == indicatorNodes.count
        if reader.node("groups") == nil && reader.node("indicators") == nil {
            sink.report(Diagnostic(location: node.location, path: path, message: "分组中没有任何指标或子分组"))
        }
        let sum = groups.reduce(Rational.zero) { $0 + $1.points }
            + indicators.filter { $0.method.role == .regular }.reduce(Rational.zero) { $0 + $1.points }
        if let declared, declared != sum, complete {
            sink.report(Diagnostic(location: reader.node("points")!.location, path: "\(path).points",
                                   message: "分组分值 \(NumberFormat.score(declared)) 与其下指标分值之和 \(NumberFormat.score(sum)) 不符"))
        }
        guard let id, let name else { return nil }
        return Group(id: id, name: name, points: declared ?? sum, capped: reader.bool("cap") ?? false,
                     groups: groups, indicators: indicators, location: node.location, path: path,
                     complete: complete)
    }

    func decodeIndicator(_ node: Node, path: String) -> Indicator? {
        guard let reader = MappingReader(node, path: path, sink: sink, what: "指标") else { return nil }
        reader.rejectUnknownKeys(allowed: ["id", "name", "points", "method", "applicable", "description"])
        let id = reader.text("id", required: true, what: "指标标识")
        let name = reader.text("name", required: true, what: "指标名称")
        let points = reader.number("points", required: true, what: "分值")
        if let points, points < .zero {
            sink.report(Diagnostic(location: reader.node("points")!.location, path: "\(path).points", message: "分值不能为负"))
        }
        let applicable = reader.expression("applicable")
        guard let methodNode = reader.required("method", what: "计分方法"),
              let (method, parameters) = decodeMethod(methodNode, path: "\(path).method") else { return nil }
        if let points { method.validate(points: points, parameters: parameters) }
        guard let id, let name, let points else { return nil }
        return Indicator(id: id, name: name, points: points, method: method, applicable: applicable,
                         description: reader.text("description"), location: node.location, path: path)
    }

    /// `method: manual`, `method: {formula: "expr"}` or `method: {bands: {...}}`.
    private func decodeMethod(_ node: Node, path: String) -> (any ScoringMethod, MethodParameters)? {
        let key: String
        let parametersNode: Node
        if let scalar = node.scalar {
            key = scalar.text
            parametersNode = Node(content: .mapping([]), location: node.location, tag: nil)
        } else if let pairs = node.pairs, pairs.count == 1, let name = pairs[0].key.scalar?.text {
            key = name
            parametersNode = pairs[0].value
        } else {
            sink.report(Diagnostic(location: node.location, path: path,
                                   message: "计分方法应写成“方法名: {参数}”的单键映射",
                                   hint: "如 method: {proportional: {actual: 完成数, target: 计划数}}"))
            return nil
        }
        guard let type = MethodRegistry.method(forKey: key) else {
            sink.report(Diagnostic(location: node.location, path: path, message: "未知的计分方法“\(key)”",
                                   hint: Suggestion.didYouMean(key, among: MethodRegistry.all.map { $0.key })
                                       ?? "可用方法：\(MethodRegistry.all.map { $0.key }.joined(separator: "、"))"))
            return nil
        }
        let parametersPath = "\(path).\(key)"
        var mapping = parametersNode
        if parametersNode.isNull {
            mapping = Node(content: .mapping([]), location: parametersNode.location, tag: nil)
        } else if parametersNode.scalar != nil, let shorthand = type.shorthandParameter {
            let keyNode = Node(content: .scalar(Scalar(text: shorthand, style: .plain)),
                               location: parametersNode.location, tag: nil)
            mapping = Node(content: .mapping([Node.Pair(key: keyNode, value: parametersNode)]),
                           location: parametersNode.location, tag: nil)
        }
        guard let reader = MappingReader(mapping, path: parametersPath, sink: sink, what: "“\(key)”方法的参数") else {
            return nil
        }
        let parameters = MethodParameters(reader: reader)
        let reportedBefore = sink.diagnostics.count
        guard let method = type.init(parameters: parameters) else {
            // Safety net: a method that refuses its parameters must never drop an indicator silently.
            if sink.diagnostics.count == reportedBefore {
                sink.report(Diagnostic(location: parametersNode.location, path: parametersPath,
                                       message: "“\(key)”方法的参数有误"))
            }
            return nil
        }
        return (method, parameters)
    }
}
