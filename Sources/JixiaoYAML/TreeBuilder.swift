import CYAML

/// Builds node trees from parser events: resolves aliases, rejects duplicate
/// keys and enforces the depth and node-count limits while the tree grows, so a
/// hostile document is stopped before it costs memory.
struct TreeBuilder {
    private let events: EventParser
    private let limits: YAMLLimits
    private let file: String
    /// Anchors seen so far in the current document (YAML scopes them per document), each with the node count of
    /// its subtree, so an alias adds its full expanded size. One table for both: an anchor is hashed once.
    private var anchors: [String: (node: Node, size: Int)] = [:]
    /// Nodes produced so far in the whole stream, counting every alias copy in full.
    private var nodeCount = 0
    /// Whether some mapping of the stream has a plain, untagged `<<` key, anywhere (also inside a complex key):
    /// noticed as the keys go by, so that nobody walks a tree to look for merge keys that almost never are there.
    private(set) var sawMergeKey = false
    /// Children of the sequences still open, innermost last; each sequence takes its own when it ends.
    private let openItems = MoveStack<Node>()
    /// Pairs of the mappings still open, innermost last.
    private let openPairs = MoveStack<Node.Pair>()

    init(events: EventParser, limits: YAMLLimits, file: String) {
        self.events = events
        self.limits = limits
        self.file = file
    }

    /// Every document of the stream, in order.
    mutating func buildStream() throws(YAMLError) -> [Node] {
        var documents: [Node] = []
        // The first event is always stream start; libyaml guarantees the order of the rest.
        _ = try events.advance()
        while true {
            switch try events.advance() {
            case YAML_DOCUMENT_START_EVENT:
                anchors = [:]
                let root = try buildNode(from: try events.advance(), depth: 0)
                _ = try events.advance() // document end
                documents.append(root)
            default:
                // Stream end: libyaml emits nothing else between documents.
                return documents
            }
        }
    }

    /// Builds the node that starts with the current event, of type `type`, reading events up to its end.
    /// `depth` is the number of collections enclosing it.
    private mutating func buildNode(from type: yaml_event_type_t, depth: Int) throws(YAMLError) -> Node {
        switch type {
        case YAML_SCALAR_EVENT:
            let location = events.location
            try countNodes(1, at: location)
            // What the event holds, read before the node is made.
            let (scalar, anchor, tag) = (events.scalar, events.anchor, events.tag)
            let node = Node(location: location, content: .scalar(scalar), tag: tag)
            guard let anchor else { return node }
            remember(node, anchor: anchor, size: 1)
            return node

        case YAML_ALIAS_EVENT:
            let name = events.aliasName
            let location = events.location
            guard let (node, size) = anchors[name] else {
                throw YAMLError(location: location, message: "别名“*\(name)”没有对应的锚点“&\(name)”（锚点须在别名之前定义）")
            }
            try countNodes(size, at: location, isAlias: true)
            return node

        case YAML_SEQUENCE_START_EVENT:
            // Read before the children replace the current event.
            let (location, anchor, tag) = (events.location, events.anchor, events.tag)
            try checkDepth(depth + 1, at: location)
            let countBefore = nodeCount
            try countNodes(1, at: location)
            let firstItem = openItems.count
            while true {
                let next = try events.advance()
                if next == YAML_SEQUENCE_END_EVENT { break }
                openItems.push(try buildNode(from: next, depth: depth + 1))
            }
            let items = openItems.popAll(from: firstItem)
            let node = Node(location: location, content: .sequence(items), tag: tag)
            guard let anchor else { return node }
            remember(node, anchor: anchor, size: nodeCount - countBefore)
            return node

        case YAML_MAPPING_START_EVENT:
            let (location, anchor, tag) = (events.location, events.anchor, events.tag)
            try checkDepth(depth + 1, at: location)
            let countBefore = nodeCount
            try countNodes(1, at: location)
            let firstPair = openPairs.count
            var keys = DuplicateKeyFinder()
            while true {
                let next = try events.advance()
                if next == YAML_MAPPING_END_EVENT { break }
                let key = try buildNode(from: next, depth: depth + 1)
                if case .scalar(let scalar) = key.content {
                    let text = scalar.text
                    let firstLine = openPairs.withElements(from: firstPair) { earlier in
                        keys.insert(text, line: key.location.line, after: earlier)
                    }
                    if let firstLine {
                        throw YAMLError(location: key.location, message: "映射中的键“\(text)”重复：第 \(firstLine) 行已出现")
                    }
                    if scalar.style == .plain, key.tag == nil, text.hasSameBytes(as: "<<") { sawMergeKey = true }
                }
                let value = try buildNode(from: try events.advance(), depth: depth + 1)
                openPairs.push(Node.Pair(key: key, value: value))
            }
            let pairs = openPairs.popAll(from: firstPair)
            let node = Node(location: location, content: .mapping(pairs), tag: tag)
            guard let anchor else { return node }
            remember(node, anchor: anchor, size: nodeCount - countBefore)
            return node

        default:
            // libyaml only sends node events here; anything else means a broken event stream.
            throw YAMLError(location: SourceLocation(file: file, line: 1, column: 1), message: "YAML 事件顺序异常")
        }
    }

    private mutating func remember(_ node: Node, anchor: String, size: Int) {
        // A later anchor with the same name replaces the earlier one, as YAML specifies.
        anchors[anchor] = (node, size)
    }

    private mutating func countNodes(_ added: Int, at location: SourceLocation, isAlias: Bool = false) throws(YAMLError) {
        // Compare before adding so the sum cannot overflow however large an alias expands.
        guard added <= limits.maxNodes - nodeCount else {
            let message = isAlias
                ? "别名展开超出节点上限（\(limits.maxNodes)），可能是别名炸弹"
                : "节点数超出上限（\(limits.maxNodes)）"
            throw YAMLError(location: location, message: message)
        }
        nodeCount += added
    }

    private func checkDepth(_ depth: Int, at location: SourceLocation) throws(YAMLError) {
        guard depth <= limits.maxDepth else {
            throw YAMLError(location: location, message: "嵌套层数超出上限（\(limits.maxDepth) 层）")
        }
    }
}
