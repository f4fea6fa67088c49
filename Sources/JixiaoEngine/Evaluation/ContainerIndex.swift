import JixiaoYAML

/// The mappings and lists of a submission by their dotted paths, found by a hash of the path's bytes: a path's
/// every prefix can be tried as it is read, without making a String of each one (most facts a rubric declares
/// are missing from a partial document, and each miss tries every prefix).
struct ContainerIndex: Sendable {
    struct Entry: Sendable {
        let path: String
        let node: Node
        /// The `section:` that applies here.
        let section: String?
        /// The next entry whose path has the same hash, or -1.
        fileprivate(set) var nextWithSameHash: Int
    }

    private var entries: [Entry] = []
    private var firstByHash: [UInt64: Int] = [:]

    /// FNV-1a, continued byte by byte as a path is read.
    static let emptyHash: UInt64 = 0xcbf2_9ce4_8422_2325

    static func hash(_ hash: UInt64, adding byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    static func hash(of bytes: some Sequence<UInt8>) -> UInt64 {
        bytes.reduce(emptyHash, hash(_:adding:))
    }

    mutating func insert(path bytes: [UInt8], node: Node, section: String?) {
        let hash = Self.hash(of: bytes)
        entries.append(Entry(path: String(decoding: bytes, as: UTF8.self), node: node, section: section,
                             nextWithSameHash: firstByHash[hash] ?? -1))
        firstByHash[hash] = entries.count - 1
    }

    subscript(position: Int) -> Entry { entries[position] }

    /// The position of the entry whose path is exactly `bytes`, given their hash. A position rather than the
    /// entry: most lookups only learn that a prefix exists, and copying an entry retains all it holds.
    func position(of bytes: UnsafeBufferPointer<UInt8>.SubSequence, hash: UInt64) -> Int? {
        var index = firstByHash[hash] ?? -1
        while index >= 0 {
            let utf8 = entries[index].path.utf8
            let same = utf8.count == bytes.count
                && (utf8.withContiguousStorageIfAvailable { $0.elementsEqual(bytes) } ?? utf8.elementsEqual(bytes))
            if same { return index }
            index = entries[index].nextWithSameHash
        }
        return nil
    }
}
