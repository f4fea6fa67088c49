extension String {
    /// Whether this metric id names a per-record metric (`item_completion[2010301]`), which differs from one
    /// department to the next and gets no column of its own: whether it holds the Character "[".
    ///
    /// From the bytes when they tell: almost every id has no "[" byte, and a "[" byte between ASCII bytes (or at
    /// an end) is a Character of its own (no grapheme cluster joins ASCII to it). Only otherwise the text search,
    /// which costs thousands of instructions.
    public var isPerRecord: Bool {
        let verdict = utf8.withContiguousStorageIfAvailable(Self.perRecordVerdict) ?? .undecided
        return verdict == .undecided ? contains("[") : verdict == .perRecord
    }

    private enum PerRecordVerdict { case perRecord, notPerRecord, undecided }

    /// What the bytes of an id tell of its "[" Characters.
    private static func perRecordVerdict(_ bytes: UnsafeBufferPointer<UInt8>) -> PerRecordVerdict {
        var verdict = PerRecordVerdict.notPerRecord
        for index in bytes.indices where bytes[index] == UInt8(ascii: "[") {
            let previousIsASCII = index == 0 || bytes[index - 1] < 0x80
            let nextIsASCII = index + 1 == bytes.count || bytes[index + 1] < 0x80
            if previousIsASCII && nextIsASCII { return .perRecord }
            verdict = .undecided
        }
        return verdict
    }
}
