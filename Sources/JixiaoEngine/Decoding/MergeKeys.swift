import JixiaoYAML

/// YAML merge keys (`<<: *base`) are a YAML 1.1 feature; the loader reads YAML 1.2, where `<<` is an
/// ordinary key, so the merged values would silently go missing. Every plain `<<` key is reported instead.
enum MergeKeys {
    static func report(in root: Node, sink: DiagnosticSink) {
        // An explicit stack: the tree's depth is bounded by the loader, but no recursion is needed at all.
        var pending: [(node: Node, path: String)] = [(root, "")]
        while let (node, path) = pending.popLast() {
            switch node.content {
            case .scalar:
                continue
            case .sequence(let items):
                for (index, item) in items.enumerated().reversed() { pending.append((item, "\(path)[\(index)]")) }
            case .mapping(let pairs):
                for pair in pairs.reversed() {
                    let key = pair.key.scalar
                    let childPath = path.isEmpty ? (key?.text ?? "") : "\(path).\(key?.text ?? "")"
                    if let key, key.text == "<<", key.style == .plain, pair.key.tag == nil {
                        sink.report(Diagnostic(
                            location: pair.key.location, path: childPath,
                            message: "不支持 YAML 合并键“<<”：其中的字段不会被并入；请把这些字段直接写出（锚点 & 和别名 * 仍可用来复用整个值）"))
                        continue
                    }
                    pending.append((pair.value, childPath))
                }
            }
        }
    }
}
