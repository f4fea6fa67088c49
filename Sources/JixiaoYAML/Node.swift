/// One node of a YAML document, with the place it was written.
public struct Node: Sendable {
    /// What the node holds.
    public enum Content: Sendable {
        case scalar(Scalar)
        case sequence([Node])
        /// Key/value pairs in source order.
        case mapping([Pair])
    }

    /// One entry of a mapping.
    public struct Pair: Sendable {
        public var key: Node
        public var value: Node

        public init(key: Node, value: Node) {
            self.key = key
            self.value = value
        }
    }

    // The location comes first so that the memberwise initialiser, `init(location:content:tag:)`, differs from the
    // public one below: the loader makes every node with it, because a node made by an initialiser written out
    // was copied and the original destroyed on its way to the caller.
    /// Start of the node in the source. A node copied from an alias keeps the
    /// location of the anchored node it was copied from.
    public var location: SourceLocation
    public var content: Content
    /// The explicit tag, fully resolved by libyaml (`!!str` becomes
    /// `tag:yaml.org,2002:str`); `nil` when the source gave none.
    public var tag: String?
}

extension Node {
    public init(content: Content, location: SourceLocation, tag: String? = nil) {
        self.init(location: location, content: content, tag: tag)
    }
}

extension Node {
    /// The scalar, if this node is one.
    public var scalar: Scalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The items, if this node is a sequence.
    public var sequence: [Node]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The pairs in source order, if this node is a mapping.
    public var pairs: [Pair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// Whether the node is an untagged plain null under the YAML 1.2 core schema:
    /// empty, `~`, `null`, `Null` or `NULL`.
    public var isNull: Bool {
        guard tag == nil, case .scalar(let scalar) = content, scalar.style == .plain else { return false }
        // Asked of nearly every scalar read: the length and the first byte settle most of them before any
        // String comparison, which is a call into the standard library each.
        let text = scalar.text
        switch text.utf8.count {
        case 0:
            return true
        case 1:
            return text.utf8.first == UInt8(ascii: "~")
        case 4:
            guard let first = text.utf8.first, first == UInt8(ascii: "n") || first == UInt8(ascii: "N") else {
                return false
            }
            return text == "null" || text == "Null" || text == "NULL"
        default:
            return false
        }
    }

    /// The value whose key is a scalar with exactly this text; `nil` if this node is
    /// not a mapping or has no such key. Keys are unique (the loader rejects duplicates).
    public subscript(key: String) -> Node? {
        guard case .mapping(let pairs) = content else { return nil }
        // Read in place: taking each pair out of the array copied both its nodes.
        for index in pairs.indices {
            if case .scalar(let scalar) = pairs[index].key.content, scalar.text.hasSameBytes(as: key) {
                return pairs[index].value
            }
        }
        return nil
    }

    /// The kind of node in Chinese, for error messages: 标量, 序列 or 映射.
    public var kindName: String {
        switch content {
        case .scalar: "标量"
        case .sequence: "序列"
        case .mapping: "映射"
        }
    }
}
