import JixiaoYAML

/// YAML merge keys (`<<: *base`) are a YAML 1.1 feature; the loader reads YAML 1.2, where `<<` is an
/// ordinary key, so the merged values would silently go missing. Every plain `<<` key is reported instead.
enum MergeKeys {
    static func report(in document: YAMLDocument, sink: DiagnosticSink) {
        // The loader notes plain `<<` keys as it builds the tree: almost no file has one, and walking the tree
        // with a path for every node costs more than reading the file.
        guard document.mayHaveMergeKeys else { return }
        // An explicit stack: the tree's depth is bounded by the loader, but no recursion is needed at all.
        var pending: [(node: Node, path: String)] = [(document.root, "")]
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
                    if isMergeKey(pair.key) {
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

    private static func isMergeKey(_ key: Node) -> Bool {
        guard let scalar = key.scalar else { return false }
        return scalar.style == .plain && key.tag == nil && scalar.text.hasSameBytes(as: "<<")
    }
}
