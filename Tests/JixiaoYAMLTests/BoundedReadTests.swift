import Foundation
import Testing
@testable import JixiaoYAML

/// The size limit holds before a file is read, and on streams such as standard input.
@Suite("Bounded reading")
struct BoundedReadTests {
    @Test func aHugeRegularFileIsRefusedFromItsSizeWithoutReading() throws {
        // A sparse 1 GiB file takes no disk space. Had it been read, the refusal would come after
        // limit + 1 bytes and report that count; reporting the full size shows stat refused it first.
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-huge-\(UUID()).yaml").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(truncate(path, 1 << 30) == 0)
        guard case .failure(.tooLarge(let size)) = FileReader.readAll(path: path, maxBytes: 16 << 20) else {
            Issue.record("a 1 GiB file was not refused")
            return
        }
        #expect(size == 1_073_741_824)
        #expect(FileReader.Failure.tooLarge(size: size).message(maxBytes: 16 << 20) == "文件过大：1073741824 字节，上限 16777216 字节")
    }

    @Test func aStreamIsCutOffOneBytePastTheLimit() throws {
        // 20 bytes in a pipe, limit 10: reading stops at 11 bytes, one past the limit.
        let pipe = Pipe()
        pipe.fileHandleForWriting.write(Data(repeating: UInt8(ascii: "a"), count: 20))
        try pipe.fileHandleForWriting.close()
        let path = "/dev/fd/\(pipe.fileHandleForReading.fileDescriptor)"
        guard case .failure(.tooLarge(let size)) = FileReader.readAll(path: path, maxBytes: 10) else {
            Issue.record("a 20-byte stream passed a 10-byte limit")
            return
        }
        #expect(size == 11)
        #expect(FileReader.Failure.tooLarge(size: 11).message(maxBytes: 10) == "输入过大：超过上限 10 字节")
    }

    @Test func aStreamWithinTheLimitIsReadWhole() throws {
        let pipe = Pipe()
        pipe.fileHandleForWriting.write(Data("a: 1\n".utf8))
        try pipe.fileHandleForWriting.close()
        let read = FileReader.readAll(path: "/dev/fd/\(pipe.fileHandleForReading.fileDescriptor)", maxBytes: 5)
        #expect((try? read.get()) == Array("a: 1\n".utf8))
    }

    @Test func aRegularFileLongerThanOneReadIsReadWholeAndInOrder() throws {
        // 200,003 bytes: more than three 64 KB reads, and not a multiple of any block size.
        let contents = (0..<200_003).map { UInt8($0 % 251) }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-long-\(UUID()).yaml").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(contents)))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect((try? FileReader.readAll(path: path, maxBytes: 200_003).get()) == contents)
        guard case .failure(.tooLarge(let size)) = FileReader.readAll(path: path, maxBytes: 200_002) else {
            Issue.record("a file one byte over the limit was read")
            return
        }
        #expect(size == 200_003)
    }

    #if os(Linux)
    @Test func aFileWhoseSizeSaysZeroIsStillReadWhole() throws {
        // /proc files are regular files whose stat size is 0 however much they hold.
        let read = try FileReader.readAll(path: "/proc/self/status", maxBytes: 1 << 20).get()
        #expect(String(decoding: read.prefix(5), as: UTF8.self) == "Name:")
        #expect(read.last == UInt8(ascii: "\n"))
    }
    #endif

    @Test func aSymlinkLoopIsNamedAsSuch() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-loop-\(UUID())").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(symlink("b.yaml", directory + "/a.yaml") == 0)
        #expect(symlink("a.yaml", directory + "/b.yaml") == 0)
        guard case .failure(.unreadable(let reason)) = FileReader.readAll(path: directory + "/a.yaml", maxBytes: 100) else {
            Issue.record("a link loop was read")
            return
        }
        #expect(reason == "符号链接循环（链接直接或间接指向自己）")
    }
}
