import JixiaoYAML
import Testing

@Suite struct SourceLocationTests {
    @Test func columnsCountCharactersNotBytes() throws {
        let root = try loadYAML("名称: 绩效考核\n年份: 2024\n")
        // "名称: " is 4 characters (12 + 2 = 8 bytes), so the value starts at column 5, not 9.
        #expect(root["名称"]?.location == at(1, 5))
        #expect(root.pairs?[1].key.location == at(2, 1))
        #expect(root["年份"]?.location == at(2, 5))
        #expect(root.location == at(1, 1))
    }

    @Test func crlfLineBreaksCountOnce() throws {
        let root = try loadYAML("a: 1\r\nb:\r\n  - 甲\r\n  - 乙\r\n")
        let items = try #require(root["b"]?.sequence)
        // "  - " puts each item at column 5; CRLF must not add lines.
        #expect(root["b"]?.location == at(3, 3))
        #expect(items.map(\.location) == [at(3, 5), at(4, 5)])
        #expect(items.map { $0.scalar?.text } == ["甲", "乙"])
    }

    @Test func byteOrderMarkTakesNoColumn() throws {
        let root = try loadYAML("\u{FEFF}键: 值")
        // 键, ':', ' ' → the value is the 4th character after the BOM.
        #expect(root["键"]?.location == at(1, 4))
    }

    @Test func syntaxErrorAfterChineseTextPointsAtTheCharacter() throws {
        let error = try #require(loadError("名称: 值: 错"))
        // 名 称 : ␠ 值 : — the offending ':' is the 6th character.
        #expect(error.location == at(1, 6))
        #expect(error.message.hasPrefix("YAML 语法错误："))
        #expect(error.message.contains("mapping values are not allowed in this context"))
    }

    @Test func readerErrorGivenAsByteOffsetIsConvertedToCharacters() throws {
        // libyaml reports control characters by byte offset (8 here: 3 + 1 + 1 + 3);
        // 键 : ␠ 值 are 4 characters, so the control character is in column 5.
        let error = try #require(loadError("键: 值\u{01}"))
        #expect(error.location == at(1, 5))
        #expect(error.message.contains("control characters are not allowed"))
        #expect(error.message.contains("U+0001"))
        // Behind a byte order mark the byte offset grows by 3, the column must not.
        #expect(loadError("\u{FEFF}键: 值\u{01}")?.location == at(1, 5))
    }

    @Test func descriptionIsFileLineColumn() {
        let location = SourceLocation(file: "rubrics/2024.yaml", line: 12, column: 7)
        #expect(location.description == "rubrics/2024.yaml:12:7")
        let error = YAMLError(location: location, message: "文件为空")
        #expect(error.description == "rubrics/2024.yaml:12:7: 错误：文件为空")
    }
}

/// A location holds its file as a number; the name it gives back must be the one it was given, byte for byte.
@Suite struct SourceLocationFileTests {
    @Test func fileGivenBackAsWritten() {
        // é precomposed (U+00E9) and decomposed (e + U+0301): equal as Strings, two different file names.
        let composed = SourceLocation(file: "r\u{E9}sum\u{E9}.yaml", line: 1, column: 2)
        let decomposed = SourceLocation(file: "re\u{301}sume\u{301}.yaml", line: 1, column: 2)
        #expect(Array(composed.file.utf8) == Array("r\u{E9}sum\u{E9}.yaml".utf8))
        #expect(Array(decomposed.file.utf8) == Array("re\u{301}sume\u{301}.yaml".utf8))
        #expect(composed != decomposed)
        #expect(composed == SourceLocation(file: "r\u{E9}sum\u{E9}.yaml", line: 1, column: 2))
        #expect(composed.description == "r\u{E9}sum\u{E9}.yaml:1:2")
    }

    @Test func changingTheFileKeepsLineAndColumn() {
        var location = SourceLocation(file: "a.yaml", line: 3, column: 4)
        location.file = "提交/b.yaml"
        #expect(location == SourceLocation(file: "提交/b.yaml", line: 3, column: 4))
        #expect(location.description == "提交/b.yaml:3:4")
    }

    @Test func nodesOfALoadedFileNameIt() throws {
        let root = try YAMLLoader().load(bytes: Array("a:\n  b: 1\n".utf8), file: "目录/某局.yaml")
        #expect(root["a"]?["b"]?.location.file == "目录/某局.yaml")
        #expect(root["a"]?["b"]?.location == SourceLocation(file: "目录/某局.yaml", line: 2, column: 6))
    }
}
