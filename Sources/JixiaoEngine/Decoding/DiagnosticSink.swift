import JixiaoYAML

/// Collects every problem found while decoding, so one run reports them all.
final class DiagnosticSink {
    private(set) var diagnostics: [Diagnostic] = []

    var isEmpty: Bool { diagnostics.isEmpty }

    /// In reading order, so a long list can be fixed top to bottom.
    var sortedByPosition: [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let (x, y) = (a.element.location, b.element.location)
            return (x.file, x.line, x.column, a.offset) < (y.file, y.line, y.column, b.offset)
        }.map(\.element)
    }

    /// Decodes each item of an optional YAML sequence (`checks:`, `findings:`), reporting a non-sequence.
    func decodeList<Item>(_ node: Node?, path: String, _ decodeOne: (Node, String) -> Item?) -> [Item] {
        guard let node, !node.isNull else { return [] }
        guard let items = node.sequence else {
            report(Diagnostic(location: node.location, path: path, message: "\(path) 应为列表，实际是\(node.kindName)"))
            return []
        }
        return items.enumerated().compactMap { index, item in decodeOne(item, "\(path)[\(index)]") }
    }

    func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Throws everything collected so far, if anything.
    func throwIfAny() throws(DiagnosticError) {
        if !diagnostics.isEmpty { throw DiagnosticError(sortedByPosition) }
    }
}
