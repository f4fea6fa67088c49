import JixiaoYAML

/// The mappings and lists of a submission by their dotted paths, found by a hash of the path's bytes: a path's
/// every prefix can be tried as it is read, without making a String of each one (most facts a rubric declares
/// are missing from a partial document, and each miss tries every prefix).
///
/// The hash is the table's own: entries sit in an open-addressed table of positions probed from the hash, so a
/// lookup neither hashes again nor compares the bytes of any path but the one with the same hash.
struct ContainerIndex: Sendable {
    struct Entry: Sendable {
        /// Where the path's UTF-8 bytes start in the index's byte buffer, and how many there are.
        let start: Int
        let length: Int
        let hash: UInt64
        /// The `section:` that applies here.
        let section: String?
    }

    private var entries: [Entry] = []
    /// Every entry's path, end to end: an array of its own per container cost an allocation and a release each.
    private var pathBytes: [UInt8] = []
    /// The container of each entry, by the same position: kept apart so that it can be read where it lies.
    private var nodes: [Node] = []
    /// Positions of entries by their hash, linear probing; -1 is empty. Its size is a power of two, at least
    /// twice the number of entries, so probes stay short.
    private var slots = [Int](repeating: -1, count: 16)

    /// FNV-1a, continued byte by byte as a path is read.
    static let emptyHash: UInt64 = 0xcbf2_9ce4_8422_2325

    static func hash(_ hash: UInt64, adding byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    static func hash(of bytes: some Sequence<UInt8>) -> UInt64 {
        bytes.reduce(emptyHash, hash(_:adding:))
    }

    /// Adds the container at `bytes`; a later entry with the same path replaces the earlier one.
    mutating func insert(path bytes: [UInt8], node: Node, section: String?) {
        if (entries.count + 1) * 2 > slots.count { grow() }
        entries.append(Entry(start: pathBytes.count, length: bytes.count, hash: Self.hash(of: bytes), section: section))
        pathBytes += bytes
        nodes.append(node)
        place(entries.count - 1)
    }

    subscript(position: Int) -> Entry { entries[position] }

    /// The node of the entry at `position`.
    func node(at position: Int) -> Node { nodes[position] }

    /// Calls `body` with the node of the entry at `position` where the index keeps it, not a copy of it.
    func withNode<Result>(at position: Int, _ body: (UnsafePointer<Node>) -> Result) -> Result {
        nodes.withUnsafeBufferPointer { body($0.baseAddress! + position) }
    }

    /// The `section:` that applies at the entry at `position`.
    func section(at position: Int) -> String? { entries[position].section }

    /// The position of the entry whose path is exactly `path`.
    func position(of path: String) -> Int? {
        var path = path
        return path.withUTF8 { position(of: $0[...], hash: Self.hash(of: $0)) }
    }

    /// The position of the entry whose path is exactly `bytes`, given their hash. A position rather than the
    /// entry: most lookups only learn that a prefix exists, and copying an entry retains all it holds.
    func position(of bytes: UnsafeBufferPointer<UInt8>.SubSequence, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let position = slots[slot]
            if entries[position].hash == hash, hasPath(at: position, UnsafeBufferPointer(rebasing: bytes)) {
                return position
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Whether the path of the entry at `position` is `bytes`.
    private func hasPath(at position: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        pathBytes.withUnsafeBufferPointer { UnsafeBufferPointer(rebasing: $0[pathRange(at: position)]).hasSameBytes(as: bytes) }
    }

    /// Whether the entries at `first` and `second` have the same path.
    private func haveSamePath(_ first: Int, _ second: Int) -> Bool {
        pathBytes.withUnsafeBufferPointer { hasPath(at: first, UnsafeBufferPointer(rebasing: $0[pathRange(at: second)])) }
    }

    /// Where the path of the entry at `position` lies in ``pathBytes``.
    private func pathRange(at position: Int) -> Range<Int> {
        entries[position].start..<(entries[position].start + entries[position].length)
    }

    /// Puts the entry at `position` in its slot: the first empty one from its hash, or the one of an entry
    /// with the same path.
    private mutating func place(_ position: Int) {
        let mask = slots.count - 1
        let entry = entries[position]
        var slot = Int(truncatingIfNeeded: entry.hash) & mask
        while slots[slot] >= 0 {
            let other = slots[slot]
            if entries[other].hash == entry.hash, haveSamePath(other, position) { break }
            slot = (slot + 1) & mask
        }
        slots[slot] = position
    }

    private mutating func grow() {
        slots = [Int](repeating: -1, count: slots.count * 2)
        for position in entries.indices { place(position) }
    }
}
