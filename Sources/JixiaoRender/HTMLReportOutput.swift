/// Where the HTML report goes, line by line: a long batch's report is written as it is made and never sits
/// whole in memory.
final class HTMLReportOutput {
    private let write: (String) throws -> Void
    /// Takes UTF-8 as it is, when the destination writes bytes; else it is made a String for `write`.
    private let writeUTF8: ((ArraySlice<UInt8>) throws -> Void)?

    init(_ write: @escaping (String) throws -> Void, utf8 writeUTF8: ((ArraySlice<UInt8>) throws -> Void)? = nil) {
        self.write = write
        self.writeUTF8 = writeUTF8
    }

    /// Whether UTF-8 goes to the destination as it is.
    var takesUTF8: Bool { writeUTF8 != nil }

    /// `text` and a line break.
    func line(_ text: String) throws {
        try write(text)
        try write("\n")
    }

    func lines(_ texts: [String]) throws {
        for text in texts { try line(text) }
    }

    /// Part of a line too long to build whole (a table row or header with one cell per department).
    func part(_ text: String) throws {
        try write(text)
    }

    /// Part of a line already in UTF-8 (pieces rendered ahead).
    func part(utf8 bytes: ArraySlice<UInt8>) throws {
        if let writeUTF8 { try writeUTF8(bytes) } else { try write(String(decoding: bytes, as: UTF8.self)) }
    }

    /// UTF-8 and a line break.
    func line(utf8 bytes: ArraySlice<UInt8>) throws {
        try part(utf8: bytes)
        try write("\n")
    }
}
