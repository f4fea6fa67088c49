import JixiaoExpression
import JixiaoYAML

/// The parameters of one `method:` entry, read with errors pointing at their lines.
public struct MethodParameters {
    let reader: MappingReader
    let sink: DiagnosticSink
    /// Path of the parameters in the rubric, e.g. `groups[0].indicators[1].method.bands`.
    public var path: String { reader.path }
    public var location: SourceLocation { reader.node.location }

    init(reader: MappingReader) {
        self.reader = reader
        self.sink = reader.sink
    }

    /// Reports a problem with the parameters.
    public func report(_ message: String, at key: String? = nil, hint: String? = nil) {
        let node = key.flatMap { reader.node($0) } ?? reader.node
        let path = key.map { reader.childPath($0) } ?? reader.path
        sink.report(Diagnostic(location: node.location, path: path, message: message, hint: hint))
    }

    public func allowOnly(_ keys: Set<String>) { reader.rejectUnknownKeys(allowed: keys) }

    public func has(_ key: String) -> Bool { reader.node(key) != nil }

    public func expression(_ key: String, what: String) -> SourcedExpression? {
        reader.expression(key, required: true, what: what)
    }

    public func optionalExpression(_ key: String) -> SourcedExpression? {
        reader.expression(key)
    }

    public func number(_ key: String, what: String) -> Rational? {
        reader.number(key, required: true, what: what)
    }

    public func optionalNumber(_ key: String) -> Rational? {
        reader.number(key)
    }

    public func text(_ key: String) -> String? { reader.text(key) }

    /// A list of texts; a single text counts as a one-element list.
    public func texts(_ key: String) -> [String]? { reader.texts(key) }

    public func bool(_ key: String) -> Bool? { reader.bool(key) }

    /// A required list of mappings, e.g. bands or checklist items.
    public func list(_ key: String, what: String) -> [MethodParameters]? {
        guard let items = reader.sequence(key, required: true, what: what) else { return nil }
        if items.isEmpty {
            report("“\(key)”不能为空", at: key)
            return nil
        }
        var result: [MethodParameters] = []
        for (index, item) in items.enumerated() {
            if let itemReader = MappingReader(item, path: "\(reader.childPath(key))[\(index)]", sink: sink, what: what) {
                result.append(MethodParameters(reader: itemReader))
            }
        }
        return result
    }

    /// A mapping from names to numbers, e.g. qualitative tiers `{优: 100%, 良: 80%}`, in written order.
    public func numberTable(_ key: String, what: String) -> [(name: String, value: Rational)]? {
        guard let node = reader.required(key, what: what),
              let table = MappingReader(node, path: reader.childPath(key), sink: sink, what: what) else { return nil }
        return table.entries.compactMap { entry in
            NodeValues.number(entry.value, path: table.childPath(entry.key), sink: sink).map { (entry.key, $0) }
        }
    }
}
