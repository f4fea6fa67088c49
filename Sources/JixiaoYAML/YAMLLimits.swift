/// Bounds that keep a hostile or broken file from exhausting memory or stack.
public struct YAMLLimits: Sendable {
    /// Largest accepted input, in bytes.
    public var maxBytes: Int
    /// Deepest accepted nesting of sequences and mappings.
    public var maxDepth: Int
    /// Most nodes a stream may produce, counted after alias expansion, so that
    /// a "billion laughs" document is rejected before it is built.
    public var maxNodes: Int

    /// 16 MiB, 128 levels, one million nodes.
    public static let `default` = YAMLLimits(maxBytes: 16 * 1024 * 1024, maxDepth: 128, maxNodes: 1_000_000)

    public init(maxBytes: Int, maxDepth: Int, maxNodes: Int) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
    }
}
