/// Finds a mapping's duplicate scalar keys as the mapping is read. Keys are compared byte for byte, as YAML does
/// (hashing bytes is far cheaper than hashing Chinese Strings). Most mappings have a handful of keys, which are
/// compared directly; a dictionary is built only when a mapping grows past that.
struct DuplicateKeyFinder {
    /// Up to this many pairs, a new key is compared with every earlier one. A comparison is cheap (the lengths
    /// first, then the bytes in place) and a table of hashed keys is not: it pays only past several dozen keys.
    static let directComparisonLimit = 64
    /// Line of the first occurrence of each scalar key, once the mapping is past the limit.
    private var lines: [UTF8Key: Int]?

    /// Records `key`, read at `line`, as the key of the pair that follows `pairs`; the line where it already
    /// appeared among them, if it did (the mapping is then refused, so the record no longer matters).
    mutating func insert(_ key: String, line: Int, after pairs: UnsafeBufferPointer<Node.Pair>) -> Int? {
        if lines != nil {
            // One hash of the key both finds an earlier occurrence and records this one.
            return lines!.updateValue(line, forKey: UTF8Key(key))
        }
        for index in pairs.indices {
            if case .scalar(let scalar) = pairs[index].key.content, scalar.text.hasSameBytes(as: key) {
                return pairs[index].key.location.line
            }
        }
        if pairs.count >= Self.directComparisonLimit {
            var lines: [UTF8Key: Int] = [:]
            for index in pairs.indices {
                if case .scalar(let scalar) = pairs[index].key.content {
                    lines[UTF8Key(scalar.text)] = pairs[index].key.location.line
                }
            }
            lines[UTF8Key(key)] = line
            self.lines = lines
        }
        return nil
    }
}
