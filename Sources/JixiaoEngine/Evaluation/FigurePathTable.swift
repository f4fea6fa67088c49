import JixiaoYAML

/// The paths of a submission's printed figures, kept as bytes and found by a hash of them.
///
/// Made once per submission and asked, under every rubric, whether each path a check verified names a figure:
/// a String per figure and a Set of them per rubric cost more than the counting. Paths sit end to end in one
/// byte buffer; a path listed twice (two statements printing the same figure) is one entry counted twice, as the
/// list it replaces counted it.
struct FigurePathTable: Sendable {
    private struct Entry: Sendable {
        let start: Int
        let length: Int
        let hash: UInt64
        /// How many times the path was listed.
        var figures: Int
    }

    /// Every distinct path's bytes, end to end.
    private var bytes: [UInt8] = []
    private var entries: [Entry] = []
    /// Positions of entries by their hash, linear probing; -1 is empty. A power of two, at least twice the
    /// number of entries.
    private var slots = [Int](repeating: -1, count: 64)
    /// Figures listed, a path listed twice counted twice.
    private(set) var count = 0

    /// Distinct paths; positions run from 0 to this.
    var distinctCount: Int { entries.count }

    /// Lists the figure at `path`.
    mutating func insert(_ path: String) {
        var path = path
        path.withUTF8 { insert($0) }
    }

    /// Lists the figure whose path is these UTF-8 bytes.
    mutating func insert(_ path: UnsafeBufferPointer<UInt8>) {
        count += 1
        let hash = Self.hash(of: path)
        if let position = position(of: path, hash: hash) {
            entries[position].figures += 1
            return
        }
        if (entries.count + 1) * 2 > slots.count { grow() }
        entries.append(Entry(start: bytes.count, length: path.count, hash: hash, figures: 1))
        bytes.append(contentsOf: path)
        place(entries.count - 1)
    }

    /// The position of the entry for `path`, or nil when no figure is printed there.
    func position(of path: String) -> Int? {
        // Read where the path lies: a mutable copy to read it through cost a retain and a release per path.
        func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
            self.position(of: bytes, hash: Self.hash(of: bytes))
        }
        return path.utf8.withContiguousStorageIfAvailable(find) ?? Array(path.utf8).withUnsafeBufferPointer(find)
    }

    /// How many times the path at `position` was listed.
    func figures(at position: Int) -> Int { entries[position].figures }

    /// A hash of a path's bytes in place, eight at a time: every path every check of every rubric verified is
    /// hashed, and a byte at a time that was most of the counting. Each multiplication carries a word's bits only
    /// upwards, so its high half is folded down before the next word (the slots are picked by the low bits).
    private static func hash(of path: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let prime: UInt64 = 0x0000_0100_0000_01b3
        var hash = ContainerIndex.emptyHash
        guard let base = path.baseAddress else { return hash }
        let words = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= path.count {
            hash = (hash ^ words.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* prime
            hash ^= hash >> 32
            offset += 8
        }
        while offset < path.count {
            hash = (hash ^ UInt64(base[offset])) &* prime
            offset += 1
        }
        return hash ^ (hash >> 32)
    }

    private func position(of path: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        return bytes.withUnsafeBufferPointer { bytes in
            while slots[slot] >= 0 {
                let entry = entries[slots[slot]]
                if entry.hash == hash,
                   UnsafeBufferPointer(rebasing: bytes[entry.start..<(entry.start + entry.length)]).hasSameBytes(as: path) {
                    return slots[slot]
                }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    /// Puts the entry at `position`, whose path is in no other entry, in the first empty slot from its hash.
    private mutating func place(_ position: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: entries[position].hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = position
    }

    private mutating func grow() {
        slots = [Int](repeating: -1, count: slots.count * 2)
        for position in entries.indices { place(position) }
    }
}
