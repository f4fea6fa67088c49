/// Builds node trees from parser events: resolves aliases, rejects duplicate
/// keys and enforces the depth and node-count limits while the tree grows, so a
/// hostile document is stopped before it costs memory.
struct TreeBuilder {
    private let events: EventParser
    private let limits: YAMLLimits
    private let file: String
    /// Anchors seen so far in the current document (YAML scopes them per document).
    private var anchors: [String: Node] = [:]
    /// Nodes produced so far in the whole stream, counting every alias copy in full.
    private var nodeCount = 0
    /// Node count of each anchored subtree, so an alias adds its full expanded size.
    private var anchoredSizes: [String: Int] = [:]

    init(events: EventParser, limits: YAMLLimits, file: String) {
        self.events = events
        self.limits = limits
        self.file = file
    }

    /// Every document of the stream, in order.
    mutating func buildStream() throws(YAMLError) -> [Node] {
        var documents: [Node] = []
        // The first event is always stream start; libyaml guarantees the order of the rest.
        _ = try events.next()
        while true {
            switch try events.next() {
            case .documentStart:
                anchors = [:]
                anchoredSizes = [:]
                let root = try buildNode(from: try events.next(), depth: 0)
                _ = try events.next() // document end
                documents.append(root)
            default:
                // Stream end: libyaml emits nothing else between documents.
                return documents
            }
        }
    }

    /// Builds the node that starts with `event`, reading events up to its end.
    /// `depth` is the number of collections enclosing it.
    private mutating func buildNode(from event: ParserEvent, depth: Int) throws(YAMLError) -> Node {
        switch event {
        case let .scalar(scalar, anchor, tag, location):
            try countNodes(1, at: location)
            let node = Node(content: .scalar(scalar), location: location, tag: tag)
            remember(node, anchor: anchor, size: 1)
            return node

        case let .alias(name, location):
            guard let node = anchors[name], let size = anchoredSizes[name] else {
                throw YAMLError(location: location, message: "别名“*\(name)”没有对应的锚点“&\(name)”（锚点须在别名之前定义）")
            }
            try countNodes(size, at: location, isAlias: true)
            return node

        case let .sequenceStart(anchor, tag, location):
            try checkDepth(depth + 1, at: location)
            let countBefore = nodeCount
            try countNodes(1, at: location)
            var items: [Node] = []
            while true {
                let next = try events.next()
                if case .sequenceEnd = next { break }
                items.append(try buildNode(from: next, depth: depth + 1))
            }
            let node = Node(content: .sequence(items), location: location, tag: tag)
            remember(node, anchor: anchor, size: nodeCount - countBefore)
            return node

        case let .mappingStart(anchor, tag, location):
            try checkDepth(depth + 1, at: location)
            let countBefore = nodeCount
            try countNodes(1, at: location)
            var pairs: [Node.Pair] = []
            var keys = DuplicateKeyFinder()
            while true {
                let next = try events.next()
                if case .mappingEnd = next { break }
                let key = try buildNode(from: next, depth: depth + 1)
                if let text = key.scalar?.text {
                    if let firstLine = keys.firstLine(of: text, in: pairs) {
                        throw YAMLError(location: key.location, message: "映射中的键“\(text)”重复：第 \(firstLine) 行已出现")
                    }
                    keys.add(text, line: key.location.line, pairCount: pairs.count, in: pairs)
                }
                let value = try buildNode(from: try events.next(), depth: depth + 1)
                pairs.append(Node.Pair(key: key, value: value))
            }
            let node = Node(content: .mapping(pairs), location: location, tag: tag)
            remember(node, anchor: anchor, size: nodeCount - countBefore)
            return node

        default:
            // libyaml only sends node events here; anything else means a broken event stream.
            throw YAMLError(location: SourceLocation(file: file, line: 1, column: 1), message: "YAML 事件顺序异常")
        }
    }

    private mutating func remember(_ node: Node, anchor: String?, size: Int) {
        guard let anchor else { return }
        // A later anchor with the same name replaces the earlier one, as YAML specifies.
        anchors[anchor] = node
        anchoredSizes[anchor] = size
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
