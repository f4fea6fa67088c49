import Foundation
import JixiaoYAML
import Testing

/// `FileReader.forEachLine`: a file read a block at a time, handed over a line at a time.
@Suite("逐行读取")
struct LineReadTests {
    /// The lines of `text` as (number, text or nil for a line over the limit), and the failure if any.
    static func lines(of bytes: [UInt8], maxLineBytes: Int) throws -> (lines: [(Int, String?)], failure: FileReader.Failure?) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-lines-\(UUID())").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var lines: [(Int, String?)] = []
        let failure = FileReader.forEachLine(path: path, maxLineBytes: maxLineBytes) { number, line in
            lines.append((number, line.map { String(decoding: $0, as: UTF8.self) }))
        }
        return (lines, failure)
    }

    @Test func givesEachLineWithItsNumberKeepingBlankLinesAndCarriageReturns() throws {
        let read = try Self.lines(of: Array("一\n\nb\r\nlast".utf8), maxLineBytes: 100)
        #expect(read.failure == nil)
        #expect(read.lines.map(\.0) == [1, 2, 3, 4])
        #expect(read.lines.map(\.1) == ["一", "", "b\r", "last"])
    }

    @Test func aFinalLineBreakAddsNoEmptyLine() throws {
        let read = try Self.lines(of: Array("a\nb\n".utf8), maxLineBytes: 100)
        #expect(read.lines.map(\.1) == ["a", "b"])
    }

    @Test func aLineOverTheLimitIsSkippedAndCountingGoesOn() throws {
        // Line 2 has 6 bytes against a limit of 5; line 3 has exactly 5.
        let read = try Self.lines(of: Array("ab\nabcdef\nabcde\n".utf8), maxLineBytes: 5)
        #expect(read.lines.map(\.0) == [1, 2, 3])
        #expect(read.lines.map(\.1) == ["ab", nil, "abcde"])
    }

    @Test func linesAcrossReadBlocksComeWhole() throws {
        // Blocks are 64 KiB: of 3,000 lines of 39 bytes plus "\n" (120,000 bytes), line 1,639 (bytes 65,520 to
        // 65,559) crosses the first block's end. A 140,000-byte line over a 65,536-byte limit spans three blocks,
        // is found too long in the second and passed over to its end in the fourth.
        var bytes: [UInt8] = []
        for number in 1...3_000 { bytes += Array(("line " + String(format: "%034d", number) + "\n").utf8) }
        bytes += Array(repeating: UInt8(ascii: "x"), count: 140_000) + [UInt8(ascii: "\n")]
        bytes += Array("end".utf8)
        let read = try Self.lines(of: bytes, maxLineBytes: 65_536)
        #expect(read.lines.count == 3_002)
        #expect(read.lines.prefix(3_000).allSatisfy { $0.1?.utf8.count == 39 })
        #expect(read.lines[1_638].1 == "line " + String(format: "%034d", 1_639))
        #expect(read.lines[3_000].0 == 3_001 && read.lines[3_000].1 == nil)
        #expect(read.lines[3_001].0 == 3_002 && read.lines[3_001].1 == "end")
    }

    @Test func aMissingFileIsNamedAsSuch() throws {
        let failure = FileReader.forEachLine(path: "/nonexistent-jixiao/results.jsonl", maxLineBytes: 10) { _, _ in }
        #expect(failure?.message(maxBytes: 10) == "无法读取文件：文件不存在")
    }
}
