extension String {
    /// Whether this metric id names a per-record metric (`item_completion[2010301]`), which differs from one
    /// department to the next and gets no column of its own. The byte test first: the text search, which tells
    /// exactly as before, costs thousands of instructions and almost every id has no `[`.
    public var isPerRecord: Bool {
        utf8.contains(UInt8(ascii: "[")) && contains("[")
    }
}
