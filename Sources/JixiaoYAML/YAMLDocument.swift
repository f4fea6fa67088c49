/// One loaded document and what the loader noticed while building it.
public struct YAMLDocument: Sendable {
    public var root: Node
    /// False when no mapping has a plain, untagged `<<` key (a YAML 1.1 merge key, which YAML 1.2 reads as an
    /// ordinary key): then nothing needs to walk the tree to look for one. True does not promise one where a
    /// reader looks (it may sit inside a complex key).
    public var mayHaveMergeKeys: Bool

    public init(root: Node, mayHaveMergeKeys: Bool) {
        self.root = root
        self.mayHaveMergeKeys = mayHaveMergeKeys
    }
}
