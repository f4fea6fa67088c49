import Foundation
import JixiaoYAML

/// Walks a YAML node tree against a JSON Schema at the level of keys, shapes and enums — enough to show that
/// every key a shipped file uses is one the schema allows, without a JSON Schema package.
///
/// Understands the subset `schemas/submission.schema.json` uses: `$ref` to `#/definitions/…`, `type`,
/// `properties`, `additionalProperties` (false or a schema), `items`, `anyOf` and `enum`.
struct SchemaKeyWalker {
    let root: [String: Any]
    /// How many mapping keys were checked, so a test can tell a real walk from an empty one.
    private(set) var keysChecked = 0

    init(schemaFile: URL) throws {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: schemaFile))
        guard let root = object as? [String: Any] else { throw CocoaError(.fileReadCorruptFile) }
        self.root = root
    }

    /// Problems found under `node`, each as `path：what is wrong`.
    mutating func problems(_ node: Node, path: String = "") -> [String] {
        problems(node, schema: root, path: path)
    }

    func resolve(_ schema: [String: Any]) -> [String: Any] {
        guard let reference = schema["$ref"] as? String else { return schema }
        let name = reference.replacingOccurrences(of: "#/definitions/", with: "")
        let definitions = root["definitions"] as? [String: Any] ?? [:]
        // Keys beside $ref (descriptions) are kept; the referenced schema supplies the rest.
        var merged = definitions[name] as? [String: Any] ?? [:]
        for (key, value) in schema where key != "$ref" { merged[key] = value }
        return merged
    }

    private mutating func problems(_ node: Node, schema unresolved: [String: Any], path: String) -> [String] {
        let schema = resolve(unresolved)
        if let branches = schema["anyOf"] as? [[String: Any]] {
            var first: [String]?
            for branch in branches {
                var trial = self
                let found = trial.problems(node, schema: branch, path: path)
                if found.isEmpty {
                    self = trial
                    return []
                }
                first = first ?? found
            }
            return first ?? []
        }
        let types = Self.types(schema)
        switch node.content {
        case .mapping(let pairs):
            guard types.isEmpty || types.contains("object") else { return ["\(path)：模式不允许映射"] }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            var found: [String] = []
            for pair in pairs {
                let key = pair.key.scalar?.text ?? ""
                let childPath = path.isEmpty ? key : "\(path).\(key)"
                keysChecked += 1
                if let property = properties[key] as? [String: Any] {
                    found += problems(pair.value, schema: property, path: childPath)
                } else if let additional = schema["additionalProperties"] as? [String: Any] {
                    found += problems(pair.value, schema: additional, path: childPath)
                } else if schema["additionalProperties"] as? Bool == false {
                    found.append("\(childPath)：模式中没有这个字段")
                }
            }
            return found
        case .sequence(let items):
            guard types.isEmpty || types.contains("array") else { return ["\(path)：模式不允许列表"] }
            guard let itemSchema = schema["items"] as? [String: Any] else { return [] }
            var found: [String] = []
            for (index, item) in items.enumerated() {
                found += problems(item, schema: itemSchema, path: "\(path)[\(index)]")
            }
            return found
        case .scalar(let scalar):
            if node.isNull { return [] }
            if let options = schema["enum"] as? [Any] {
                let texts = options.compactMap { option -> String? in
                    if let text = option as? String { return text }
                    if let flag = option as? Bool { return flag ? "true" : "false" }
                    return nil
                }
                return texts.contains(scalar.text) ? [] : ["\(path)：“\(scalar.text)”不在可选值 \(texts) 中"]
            }
            let scalarTypes: Set<String> = ["string", "number", "integer", "boolean", "null"]
            guard types.isEmpty || !types.isDisjoint(with: scalarTypes) else { return ["\(path)：模式不允许标量"] }
            return []
        }
    }

    static func types(_ schema: [String: Any]) -> Set<String> {
        if let one = schema["type"] as? String { return [one] }
        return Set(schema["type"] as? [String] ?? [])
    }
}
