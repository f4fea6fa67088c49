/// Finds a mapping's duplicate scalar keys as the mapping is read. Keys are compared byte for byte, as YAML does
/// (hashing bytes is far cheaper than hashing Chinese Strings). Most mappings have a handful of keys, which are
/// compared directly; a dictionary is built only when a mapping grows past that.
struct DuplicateKeyFinder {
    /// Up to this many pairs, a new key is compared with every earlier one.
    static let directComparisonLimit = 16
    /// Line of the first occurrence of each scalar key, once the mapping is past the limit.
    private var lines: [UTF8Key: Int]?

    /// The line where `key` already appeared among `pairs`, or nil.
    func firstLine(of key: String, in pairs: [Node.Pair]) -> Int? {
        if let lines { return lines[UTF8Key(key)] }
        for pair in pairs {
            if let text = pair.key.scalar?.text, text.hasSameBytes(as: key) { return pair.key.location.line }
        }
        return nil
    }

    /// Records `key`, read at `line`, as the pair about to join the `pairCount` pairs read so far.
    mutating func add(_ key: String, line: Int, pairCount: Int, in pairs: [Node.Pair]) {
        if lines != nil {
            lines![UTF8Key(key)] = line
        } else if pairCount >= Self.directComparisonLimit {
            var lines: [UTF8Key: Int] = [:]
            for pair in pairs {
                if let text = pair.key.scalar?.text { lines[UTF8Key(text)] = pair.key.location.line }
            }
            lines[UTF8Key(key)] = line
            self.lines = lines
        }
    }
}
