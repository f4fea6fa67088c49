import JixiaoCompare
import JixiaoExpression
import Testing

@Suite("精确 JSON 读取")
struct ExactJSONReaderTests {
    @Test("对象保持键的顺序，数值保持原文并精确换算")
    func keyOrderAndExactNumbers() throws {
        let value = try ExactJSONReader().read(#"{"z": 1, "a": 88.61, "m": -1.5e2, "big": 12345678901234567890.125}"#)
        #expect(value.members?.map(\.key) == ["z", "a", "m", "big"])
        #expect(value["a"]?.numberText == "88.61")
        #expect(value["a"]?.rational == Rational(8861).divided(by: 100))
        #expect(value["m"]?.rational == r("-150"))
        #expect(value["big"]?.rational == r("12345678901234567890.125"))
    }

    @Test("数值原文：指数符号写作 e，正号保留")
    func exponentMark() throws {
        let value = try ExactJSONReader().read("[1E+2, -2.5e-1]")
        #expect(value.array?.map(\.numberText) == ["1e+2", "-2.5e-1"])
        #expect(value.array?.first?.rational == r("100"))
    }

    @Test("字符串转义：\\n、\\\"、\\u 与代理对")
    func escapes() throws {
        let value = try ExactJSONReader().read(#"["a\"b\\c\/d\n", "\u4fe1\u8bbf", "\ud83d\ude00", "\t"]"#)
        #expect(value.array?.map(\.string) == ["a\"b\\c/d\n", "信访", "😀", "\t"])
    }

    @Test("值的位置：行与列")
    func positions() throws {
        let value = try ExactJSONReader().read("{\n  \"a\": [1,\n    true]\n}")
        let items = try #require(value["a"]?.array)
        #expect((items[0].line, items[0].column) == (2, 9))
        #expect((items[1].line, items[1].column) == (3, 5))
    }

    @Test("格式错误报告行:列", arguments: [
        ("{\"a\": 1,}", 1, 9, "此处应为用双引号括起的键"),
        ("{\"a\": 01}", 1, 8, "数值不能以 0 开头"),
        ("[1, 2", 1, 6, "逗号“,”或“]”"),
        ("{\"a\": 1}\n  x", 2, 3, "多余内容"),
        // Line 2 is ` "a": "b` and the raw newline follows `b` in column 9.
        ("{\n \"a\": \"b\n\"}", 2, 9, "控制字符"),
        ("{\"a\": 1, \"a\": 2}", 1, 10, "键“a”重复"),
        ("[\"\\x\"]", 1, 4, "无效的转义序列"),
        ("[\"\\ude00\"]", 1, 9, "单独的低位代理"),
        ("[1.]", 1, 4, "小数点之后应为数字"),
        ("[tru]", 1, 2, "应为 true"),
        // Columns count characters, not bytes: "信访" is two columns (six UTF-8 bytes), so `x` is column 10.
        ("{\"信访\": 1 x}", 1, 10, "逗号“,”或“}”"),
        // The 17th key repeats the 3rd: found by the set a large object switches to.
        ("{" + (1...16).map { "\"k\($0)\": \($0)" }.joined(separator: ", ") + ", \"k3\": 0}", 1, 160, "键“k3”重复"),
        (#"["a\u00"]"#, 1, 8, "4 位十六进制数字"),
        ("", 1, 1, "JSON 不完整"),
    ])
    func malformed(text: String, line: Int, column: Int, message: String) {
        #expect {
            _ = try ExactJSONReader().read(text)
        } throws: { error in
            guard let error = error as? ComparisonInputError else { return false }
            return error.line == line && error.column == column && error.message.contains(message)
                && error.description.hasPrefix("\(line):\(column): 错误：")
        }
    }

    @Test("嵌套过深被拒绝")
    func depthLimit() {
        let text = String(repeating: "[", count: ExactJSONReader.maximumDepth + 1) + String(repeating: "]", count: ExactJSONReader.maximumDepth + 1)
        #expect(throws: ComparisonInputError.self) { try ExactJSONReader().read(text) }
    }

    @Test("JSON Lines：每行一个值，错误报告文件中的行号")
    func jsonLines() {
        let results = ExactJSONReader().readLines("{\"a\": 1}\n\n{\"a\": }\n[2]\n")
        #expect(results.count == 3)
        if case .failure(let error) = results[1] {
            #expect((error.line, error.column) == (3, 7))
        } else {
            Issue.record("第 3 行应当报错")
        }
        if case .success(let value) = results[2] { #expect(value.line == 4) } else { Issue.record("第 4 行应当读出") }
    }
}
