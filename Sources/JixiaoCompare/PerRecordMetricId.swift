extension String {
    /// Whether this metric id names a per-record metric (`item_completion[2010301]`), which differs from one
    /// department to the next and gets no column of its own: whether it holds the Character "[".
    ///
    /// From the bytes when they tell: almost every id has no "[" byte, and a "[" byte between ASCII bytes (or at
    /// an end) is a Character of its own (no grapheme cluster joins ASCII to it). Only otherwise the text search,
    /// which costs thousands of instructions.
    public var isPerRecord: Bool {
        let bytes = utf8
        var index = bytes.startIndex
        var previousIsASCII = true
        var undecided = false
        while index != bytes.endIndex {
            let byte = bytes[index]
            bytes.formIndex(after: &index)
            if byte == UInt8(ascii: "["), previousIsASCII {
                if index == bytes.endIndex || bytes[index] < 0x80 { return true }
                undecided = true
            } else if byte == UInt8(ascii: "[") {
                undecided = true
            }
            previousIsASCII = byte < 0x80
        }
        return undecided && contains("[")
    }
}
