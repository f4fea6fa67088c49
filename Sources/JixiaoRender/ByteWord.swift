/// Tests on eight bytes at once, read as one `UInt64`, for scanners that skip text needing no work.
///
/// Each test returns a mask with the high bit set in the bytes it finds (and possibly, in the bytes above a found
/// one, a false positive from the borrow): zero means no byte of the word matches, which is all a scanner needs
/// to skip the word; any other answer sends it to look at the bytes one by one.
enum ByteWord {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Bytes of `word` below `bound` (at most 0x80).
    @inline(__always)
    static func bytes(of word: UInt64, below bound: UInt8) -> UInt64 {
        (word &- UInt64(bound) &* ones) & ~word & highBits
    }

    /// Bytes of `word` equal to `byte`.
    @inline(__always)
    static func bytes(of word: UInt64, equalTo byte: UInt8) -> UInt64 {
        let zeroWhereEqual = word ^ (UInt64(byte) &* ones)
        return (zeroWhereEqual &- ones) & ~zeroWhereEqual & highBits
    }
}
