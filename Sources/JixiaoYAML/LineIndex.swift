/// Turns a byte offset into a line and a column counted in Unicode scalars.
///
/// libyaml reports most positions as line/column already; this is for the
/// positions given as byte offsets (invalid UTF-8, libyaml reader errors).
struct LineIndex {
    let bytes: [UInt8]
    let file: String

    /// The location of the byte at `byteOffset`. Line breaks are LF, CRLF and
    /// lone CR, like libyaml; a UTF-8 byte order mark does not take a column.
    /// The bytes before `byteOffset` must be valid UTF-8.
    func location(ofByteOffset byteOffset: Int) -> SourceLocation {
        let end = min(max(byteOffset, 0), bytes.count)
        var line = 1
        var lineStart = Self.hasByteOrderMark(bytes) ? 3 : 0
        var index = lineStart
        while index < end {
            switch bytes[index] {
            case UInt8(ascii: "\n"):
                line += 1
                lineStart = index + 1
            case UInt8(ascii: "\r"):
                // A CR followed by LF ends the line at the LF.
                if index + 1 >= bytes.count || bytes[index + 1] != UInt8(ascii: "\n") {
                    line += 1
                    lineStart = index + 1
                }
            default:
                break
            }
            index += 1
        }
        // Every scalar has exactly one byte that is not a continuation byte (10xxxxxx).
        let scalarsBefore = bytes[min(lineStart, end)..<end].count { $0 & 0xC0 != 0x80 }
        return SourceLocation(file: file, line: line, column: scalarsBefore + 1)
    }

    static func hasByteOrderMark(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xEF, 0xBB, 0xBF])
    }
}
