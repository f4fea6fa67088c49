import JixiaoEngine

/// The dotted fact paths of one or more rubrics folded into the nested YAML tree a submission writes them in:
/// `t05.total.total` becomes `t05: {total: {total: …}}`. A digit segment (`t05.rows.0.total`) indexes a list,
/// so it folds into that list's example record instead of a key named `0`.
final class FactTemplateTree {
    /// One key of the tree: a mapping of further keys, a fact to fill in, or a list with an example record.
    final class Node {
        var children: [(key: String, node: Node)] = []
        var fact: FactDeclaration?
        /// Set when the key holds a list: the fields of its example record (none for a list of plain values).
        var listFields: [(name: String, kind: FactKind)]?
        /// Facts that name a whole value here although other facts name keys inside it (reported, not written).
        var shadowed: [FactDeclaration] = []

        func child(_ key: String) -> Node {
            if let existing = children.first(where: { $0.key == key }) { return existing.node }
            let node = Node()
            children.append((key, node))
            return node
        }

        var isList: Bool { listFields != nil }
    }

    let root = Node()

    /// Adds every fact, in the order given; a path already added keeps its first declaration (label, kind).
    func add(_ facts: [FactDeclaration]) {
        for fact in facts { add(fact) }
    }

    private func add(_ fact: FactDeclaration) {
        let segments = fact.path.split(separator: ".").map(String.init)
        var node = root
        for (position, segment) in segments.enumerated() {
            if segment.allSatisfy(\.isNumber) {
                // An index into a list: the rest of the path is a field of the list's records.
                let fieldPath = segments[(position + 1)...]
                if node.listFields == nil { node.listFields = [] }
                if let field = fieldPath.first, fieldPath.count == 1,
                   !(node.listFields ?? []).contains(where: { $0.name == field }) {
                    node.listFields?.append((field, fact.kind))
                }
                return
            }
            node = node.child(segment)
            if node.isList, position < segments.count - 1, !segments[position + 1].allSatisfy(\.isNumber) {
                return  // `list.field` names a field across records: the example record shows it.
            }
        }
        if fact.kind == .list {
            let fields = fact.fields.map { (name: $0.name, kind: $0.kind) }
            if node.fact?.kind == .list {
                // Declared twice (a rubric and its check set): keep the first order, add fields only the second has.
                node.listFields = (node.listFields ?? []) + fields.filter { field in
                    !(node.listFields ?? []).contains { $0.name == field.name }
                }
            } else {
                // Fields named so far only through indexed paths follow the declared ones.
                node.listFields = fields + (node.listFields ?? []).filter { field in
                    !fields.contains { $0.name == field.name }
                }
                node.fact = fact
            }
        } else if node.fact == nil, node.listFields == nil {
            if node.children.isEmpty { node.fact = fact } else { node.shadowed.append(fact) }
        }
    }
}
