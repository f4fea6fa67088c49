import Foundation
import JixiaoYAML
import Testing

@Suite struct InputTests {
    @Test func invalidUTF8IsReportedAtTheFirstBadByte() throws {
        // Line 2 is 名 称 : ␠ then 0xFF → the 5th character.
        let bytes = Array("键: 值\n名称: ".utf8) + [0xFF] + Array("x\n".utf8)
        let error = try #require(loadError(bytes))
        #expect(error.location == at(2, 5))
        #expect(error.message == "文件不是有效的 UTF-8 编码")
    }

    @Test func truncatedOverlongAndSurrogateSequencesAreInvalid() throws {
        // Truncated 中 (E4 B8 AD without AD) at the end of "a: " → column 4.
        #expect(loadError(Array("a: ".utf8) + [0xE4, 0xB8])?.location == at(1, 4))
        // Overlong encoding of NUL.
        #expect(loadError(Array("a: ".utf8) + [0xC0, 0x80])?.location == at(1, 4))
        // UTF-16 surrogate U+D800 encoded directly.
        #expect(loadError(Array("a: ".utf8) + [0xED, 0xA0, 0x80])?.location == at(1, 4))
        // Lone CR breaks lines too: line 3, after "b: ".
        #expect(loadError(Array("a\r\rb: ".utf8) + [0x80])?.location == at(3, 4))
    }

    /// The bytes are checked only when loading fails (libyaml refuses bad UTF-8 itself): a bad byte is still what
    /// is reported, though libyaml or the builder met another error before reaching it.
    @Test func badByteIsReportedEvenAfterAnEarlierError() throws {
        // A duplicate key on line 2, the bad byte at the start of line 3.
        let duplicate = try #require(loadError(Array("a: 1\na: 2\n".utf8) + [0xFF]))
        #expect(duplicate.location == at(3, 1))
        #expect(duplicate.message == "文件不是有效的 UTF-8 编码")
        // An unclosed flow sequence on line 1; the overlong C0 80 after "b: " on line 2, column 4.
        let syntax = try #require(loadError(Array("a: [1,\nb: ".utf8) + [0xC0, 0x80]))
        #expect(syntax.location == at(2, 4))
        #expect(syntax.message == "文件不是有效的 UTF-8 编码")
        // A UTF-16 byte order mark: libyaml would read the rest as UTF-16, so it is refused first, at its first byte.
        let utf16 = try #require(loadError([0xFF, 0xFE] + Array("a: 1\n".utf8)))
        #expect(utf16.location == at(1, 1))
        #expect(utf16.message == "文件不是有效的 UTF-8 编码")
    }

    /// Runs of three-byte characters are read as a run: a bad sequence right after one is still found, and where.
    @Test func badSequenceAfterARunOfChineseText() throws {
        // "a: " takes columns 1–3, each character one column: 中文中文 at 4–7, the bad byte at 8.
        #expect(loadError(Array("a: 中文中文".utf8) + [0xE4, 0x41])?.location == at(1, 8))
        // A surrogate (ED A0 80) and a truncated sequence at the end of the file, both after 中文 (columns 4–5).
        #expect(loadError(Array("a: 中文".utf8) + [0xED, 0xA0, 0x80])?.location == at(1, 6))
        #expect(loadError(Array("a: 中文".utf8) + [0xE4, 0xB8])?.location == at(1, 6))
        // Valid text around and between runs loads whole.
        let root = try YAMLLoader().load(bytes: Array("a: 中文x中é文\nb: 𠀀中\n".utf8), file: "t.yaml")
        #expect(root["a"]?.scalar?.text == "中文x中é文")
        #expect(root["b"]?.scalar?.text == "𠀀中")
    }

    @Test func byteOrderMarkIsAccepted() throws {
        let root = try YAMLLoader().load(bytes: [0xEF, 0xBB, 0xBF] + Array("a: 1".utf8), file: "test.yaml")
        #expect(root["a"]?.scalar?.text == "1")
    }

    @Test func emptyStreamIsAnError() throws {
        for text in ["", "# 只有注释\n", "\n\n"] {
            let error = try #require(loadError(text))
            #expect(error.location == at(1, 1))
            #expect(error.message == "文件为空")
            #expect(try YAMLLoader().loadAll(bytes: Array(text.utf8), file: "test.yaml").isEmpty)
        }
    }

    @Test func loadRejectsSeveralDocuments() throws {
        let text = "a: 1\n---\nb: 2\n"
        let error = try #require(loadError(text))
        #expect(error.location == at(3, 1))
        #expect(error.message == "文件中有 2 个 YAML 文档，只允许一个")
        let all = try YAMLLoader().loadAll(bytes: Array(text.utf8), file: "test.yaml")
        #expect(all.map { $0.pairs?.first?.key.scalar?.text } == ["a", "b"])
    }

    @Test func loadContentsOfFile() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("jixiao-yaml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("评分表.yaml").path
        try Data("标题: 测试\n".utf8).write(to: URL(fileURLWithPath: path))

        let root = try YAMLLoader().load(contentsOf: path)
        #expect(root["标题"]?.location == SourceLocation(file: path, line: 1, column: 5))

        let small = YAMLLoader(limits: YAMLLimits(maxBytes: 4, maxDepth: 10, maxNodes: 10))
        #expect(throws: YAMLError.self) { try small.load(contentsOf: path) }
        do {
            _ = try small.load(contentsOf: path)
        } catch {
            // "标题: 测试\n" is 6 + 2 + 6 + 1 = 15 bytes.
            #expect(error.message == "文件过大：15 字节，上限 4 字节")
        }
    }

    @Test func unreadableFileIsReportedAtLineOne() throws {
        let path = "/nonexistent/评分表.yaml"
        do {
            _ = try YAMLLoader().load(contentsOf: path)
            Issue.record("不存在的文件竟然加载成功")
        } catch {
            #expect(error.location == SourceLocation(file: path, line: 1, column: 1))
            #expect(error.message == "无法读取文件：文件不存在")
        }
        do {
            _ = try YAMLLoader().load(contentsOf: "/tmp")
            Issue.record("目录竟然加载成功")
        } catch {
            #expect(error.message == "无法读取文件：这是一个目录")
        }
    }
}
