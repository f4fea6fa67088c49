import JixiaoExpression
@testable import JixiaoRender
import Testing

/// The byte-level writers behind results.jsonl, the Markdown report, the CSV files and report.html: each must give
/// exactly the text the String-based code it replaced gave.
@Suite("按字节写出")
struct ByteWritersTests {
    @Test("ByteBuffer 扩容后保留已写内容")
    func byteBufferGrows() {
        var buffer = ByteBuffer(capacity: 1)
        buffer.append("ab")
        for byte in Array("0123456789".utf8) { buffer.append(byte) }
        buffer.append(String(repeating: "信访", count: 10))
        // 2 + 10 + 10 × 6 bytes, past the 16 bytes it started with
        #expect(buffer.count == 72)
        #expect(String(decoding: buffer.array, as: UTF8.self) == "ab0123456789" + String(repeating: "信访", count: 10))
    }

    @Test("ByteBuffer 直接写出的小数与 Rational.decimalText 一致", arguments: [
        (Int64(0), 0, "0"), (Int64(5), 2, "0.05"), (Int64(-5), 2, "-0.05"), (Int64(686924), 2, "6869.24"),
        (Int64(-120), 2, "-1.20"), (Int64(100), 0, "100"), (Int64(7), 1, "0.7"), (Int64(-3), 0, "-3"),
        (Int64.max, 0, "9223372036854775807"), (Int64.min, 3, "-9223372036854775.808"), (Int64(12), 6, "0.000012"),
    ])
    func byteBufferDecimal(digits: Int64, places: Int, text: String) {
        var buffer = ByteBuffer(capacity: 1)
        buffer.append("x")
        buffer.appendDecimal(digits: digits, places: places)
        #expect(String(decoding: buffer.array, as: UTF8.self) == "x" + text)
        #expect(Rational.decimalText(digits: digits, places: places) == text)
    }

    @Test("JSON 字符串转义：短于、等于、长于八字节的字符串，转义字符在各处", arguments: [
        ("", #""""#), ("abc", #""abc""#), ("12345678", #""12345678""#), ("1234567\"", #""1234567\"""#),
        ("信访局信访局\n", #""信访局信访局\n""#), ("a\tb\u{1}c\\d\"e长沙市信访局2023年度", #""a\tb\u0001c\\d\"e长沙市信访局2023年度""#),
        ("长沙市信访局2023年度\r", #""长沙市信访局2023年度\r""#), ("123456789", #""123456789""#),
        // Shorter than eight bytes, with and without a byte to escape.
        ("万元", #""万元""#), ("a\"b", #""a\"b""#), ("\n", #""\n""#), ("1\u{7}", #""1\u0007""#),
    ])
    func jsonStringEscaping(text: String, json: String) {
        var buffer = ByteBuffer()
        JSONValue.writeString(text, to: &buffer)
        #expect(String(decoding: buffer.array, as: UTF8.self) == json)
    }

    @Test("热力图色相：整数算法与有理数算法一致（半数进位，0 至 1 之外截断）", arguments: [
        (0, 1, 0), (1, 1, 120), (1, 2, 60), (1, 3, 40), (2, 3, 80), (1, 240, 1), (1, 241, 0), (5, 8, 75),
        (7, 9, 93), (-1, 2, 0), (3, 2, 120), (99, 100, 119),
    ])
    func heatHue(numerator: Int, denominator: Int, hue: Int) {
        let share = Rational(numerator).divided(by: Rational(denominator))!
        #expect(HTMLReportEscaping.hue(share) == hue)
        #expect(HTMLReportEscaping.heatColour(share) == "hsl(\(hue), 62%, 78%)")
        // The general path, on rationals.
        #expect((min(max(share, .zero), .one) * Rational(120)).decimalText(places: 0) == String(hue))
    }

    @Test("终端文本清理：八字节一组预判时，各处的控制字符与分隔符都不漏掉", arguments: [
        ("长沙市信访局信访", "长沙市信访局信访"), ("长沙市信访局\u{85}信访", "长沙市信访局 信访"),
        ("abcdefgh\u{7F}ij", "abcdefghij"), ("abcdefghijklmno\u{2028}", "abcdefghijklmno "),
        ("“长沙”信访局2023年度", "“长沙”信访局2023年度"), ("abcdefgh\tijk", "abcdefgh ijk"),
        ("abcdefgh\u{202E}x", "abcdefghx"), ("abcdefgh\u{1B}[31mx", "abcdefghx"),
    ])
    func terminalLine(text: String, line: String) {
        #expect(TerminalText.line(text) == line)
    }

    @Test("ByteBuffer 复制已写出的字节，扩容时也不丢失")
    func byteBufferCopiesWrittenBytes() {
        var buffer = ByteBuffer(capacity: 16)
        buffer.append("[6869.24,")
        // 9 + 7 bytes fill the 16 it started with; the copy of bytes 1..<8 makes it grow.
        buffer.appendCopy(of: 1..<8)
        buffer.append(UInt8(ascii: ","))
        buffer.appendCopy(of: 1..<8)
        #expect(String(decoding: buffer.array, as: UTF8.self) == "[6869.24,6869.24,6869.24")
    }

    @Test("ByteBuffer 已写出的字节读作文本：全部，或从某处起")
    func byteBufferReadsItsBytesAsText() {
        var buffer = ByteBuffer(capacity: 4)
        buffer.append("甲局,2023")
        // "甲局," is 3 + 3 + 1 bytes: the year starts at byte 7.
        #expect(buffer.text == "甲局,2023")
        #expect(buffer.text(from: 7) == "2023")
        #expect(buffer.text(from: buffer.count) == "")
    }

    @Test("JSONLineWriter 交出的字节（不复制）：多次扩容后内容完整，可按下标读取")
    func lineWriterHandsOverItsBytes() {
        var writer = JSONLineWriter(capacity: 16)
        writer.array { writer in
            for _ in 0..<1000 { writer.string("信访") }
        }
        let taken = writer.take()
        // "[" + 1000 × "\"信访\"" (8 bytes) + 999 commas + "]": from 16 bytes through ten doublings.
        #expect(taken.count == 2 + 8 * 1000 + 999)
        #expect(taken.first == UInt8(ascii: "[") && taken.last == UInt8(ascii: "]"))
        #expect(taken[1] == UInt8(ascii: "\"") && taken[9] == UInt8(ascii: ","))
        let expected = "[" + Array(repeating: #""信访""#, count: 1000).joined(separator: ",") + "]"
        #expect(String(decoding: taken, as: UTF8.self) == expected)
    }

    @Test("JSONLineWriter 重写已写出的值：前置逗号照常")
    func lineWriterRepeatsValue() {
        var writer = JSONLineWriter()
        writer.object { writer in
            writer.key("stated")
            let start = writer.count
            writer.number(digits: 686924, places: 2)
            let span = start..<writer.count
            writer.key("computed")
            writer.repeatValue(span)
            writer.key("both")
            writer.array { writer in
                writer.repeatValue(span)
                writer.repeatValue(span)
            }
        }
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #"{"stated":6869.24,"computed":6869.24,"both":[6869.24,6869.24]}"#)
    }

    @Test("结果行中与文档相同的重新计算值照抄文档值，差额 0 直接写出，与 /1 逐项写出的一致")
    func agreeingCheckWrittenOnce() throws {
        let seed = try RepositoryFiles.scoreSeed()
        let line = String(decoding: ResultLineRenderer(engineVersion: "test").line(seed), as: UTF8.self)
        let tree = JSONRenderer(engineVersion: "test").render(seed, pretty: false)
        // 01表: 本年收入合计 1717.31 = 1717.31 + seven rows of 0.00, so both sides are 1717.31 and they differ by 0.
        #expect(line.contains(#"{"check":"t01-income-total","verdict":"ok","stated":1717.31,"computed":1717.31,"difference":0,"#))
        #expect(tree.contains(#""stated":1717.31,"computed":1717.31,"difference":0,"#))
        // A check whose sides differ is written side by side as before: the first mismatch of each, in both.
        let mismatch = #/"verdict":"mismatch","stated":([-0-9.]+),"computed":([-0-9.]+),"difference":([-0-9.]+)/#
        let lineFigures = try #require(line.firstMatch(of: mismatch))
        #expect(lineFigures.1 != lineFigures.2 && lineFigures.3 != "0")
    }

    @Test("分数写成字符串：JSONLineWriter 直接写出数字，与 JSONTreeBuilder 拼出的文本相同")
    func fractionStrings() {
        func write<Output: JSONOutput & ~Copyable>(to output: inout Output) {
            output.array { output in
                output.string(numerator: 1000, denominator: 19)
                output.string(numerator: -7, denominator: 3)
            }
        }
        var builder = JSONTreeBuilder()
        write(to: &builder)
        var writer = JSONLineWriter()
        write(to: &writer)
        let expected = #"["1000/19","-7/3"]"#
        #expect(builder.document?.serialized(pretty: false) == expected)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
    }

    @Test("JSONLineWriter 自行放置逗号，空容器写作 [] 与 {}")
    func lineWriterCommas() {
        var writer = JSONLineWriter()
        writer.object { writer in
            writer.member("a", "x\"y")
            writer.key("b")
            writer.array { writer in
                writer.number("1.5")
                writer.null()
                writer.bool(true)
                writer.array { _ in }
            }
            writer.key(escaping: "路径\n")
            writer.object { _ in }
        }
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #"{"a":"x\"y","b":[1.5,null,true,[]],"路径\n":{}}"#)
    }

    @Test("JSONTreeBuilder 与 JSONLineWriter 写出同一文档")
    func treeBuilderMatchesLineWriter() {
        func write<Output: JSONOutput & ~Copyable>(to output: inout Output) {
            output.object { output in
                output.member("name", "长沙")
                output.member("score", number: nil)
                output.member("total", number: .hundred)
                output.member("ids", strings: ["A1", "B2"])
                output.key("nested")
                output.object { output in
                    output.key(escaping: "x")
                    output.array { output in output.bool(false) }
                }
            }
        }
        var builder = JSONTreeBuilder()
        write(to: &builder)
        var writer = JSONLineWriter()
        write(to: &writer)
        let expected = #"{"name":"长沙","score":null,"total":100,"ids":["A1","B2"],"nested":{"x":[false]}}"#
        #expect(builder.document?.serialized(pretty: false) == expected)
        #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
    }

    @Test("Markdown 单元格：转义字符逐个加反斜杠，行首的块标记只转义一次", arguments: [
        ("预算执行率 | 90%", "预算执行率 \\| 90%"), ("> 引用", "\\> 引用"), ("# 标题", "\\# 标题"),
        ("1. 第一", "1\\. 第一"), ("12)", "12\\)"), ("8.5", "8.5"), ("-0.25", "-0.25"), ("- 列表", "\\- 列表"),
        ("*强调*_x_", "\\*强调\\*\\_x\\_"), ("", ""),
        // Copied as they are (nothing to clean, mark or escape), and their near misses.
        ("长沙市信访局", "长沙市信访局"), ("10", "10"), ("1.5 分", "1.5 分"), ("甲\u{85}乙", "甲 乙"), ("12", "12"),
        ("3) 项", "3\\) 项"), ("“引号”", "“引号”"),
        // A marker followed by another ASCII character is none; followed by nothing, a space or itself it is.
        ("-7.63%", "-7.63%"), ("+0", "+0"), ("#1", "#1"), ("=x", "=x"), ("-", "\\-"), ("--", "\\--"), ("==", "\\=="),
        ("#标题", "#标题"), ("-\u{301}x", "-\u{301}x"),
    ])
    func markdownCell(text: String, cell: String) {
        #expect(MarkdownText.cell(text) == cell)
        var output = MarkdownOutput()
        output.newLine()
        output.escaped(text)
        #expect(String(decoding: output.take(), as: UTF8.self) == cell)
    }

    @Test("MarkdownOutput 以换行连接各行，末行后没有换行")
    func markdownLines() {
        var output = MarkdownOutput()
        output.line("## 标题")
        output.line("")
        output.startRow()
        output.cell("A1 指标")
        output.cell("2")
        output.cell("a|b")
        #expect(String(decoding: output.take(), as: UTF8.self) == "## 标题\n\n| A1 指标 | 2 | a\\|b |")
    }

    @Test("Markdown 分段写出的文本与整段转义相同：只在整段的开头判断块标记", arguments: [
        // (first piece, second piece, the whole escaped as one)
        ("A1", " 信访局", "A1 信访局"), ("1", ". 第一", "1\\. 第一"), ("#", " 标题", "\\# 标题"),
        ("长沙", "- 列表", "长沙- 列表"), ("a|", "*b*", "a\\|\\*b\\*"), ("", "> 引用", "\\> 引用"),
        ("甲\u{1B}", "[31m乙", "甲乙"), ("甲\t", "乙", "甲 乙"),
    ])
    func markdownPieces(first: String, second: String, escaped: String) {
        var output = MarkdownOutput()
        output.startRow()
        output.cell { cell in
            cell.append(first)
            cell.append(second)
        }
        #expect(String(decoding: output.take(), as: UTF8.self) == "| " + escaped + " |")
        #expect(MarkdownText.cell(first + second) == escaped)
    }

    @Test("分数直接写成数字：与 NumberFormat.score 一致（最多两位小数，末尾不留 0）", arguments: [
        (fraction(17, 2), "8.5"), (Rational(10), "10"), (fraction(-1, 4), "-0.25"), (fraction(2, 3), "0.67"),
        (Rational(0), "0"), (fraction(1, 8), "0.13"), (fraction(199, 200), "1"),
    ])
    func scoreDigits(value: Rational, text: String) {
        var buffer = ByteBuffer(capacity: 1)
        buffer.appendScore(value)
        #expect(buffer.text == text)
        var string = ""
        string.appendScore(value)
        #expect(string == text)
    }

    @Test("CSV 字段：按字节加引号、双写引号、中和公式")
    func csvFields() {
        var output: [UInt8] = []
        CSVWriter.append(record: ["长沙,市", "说\"明\"", "=1+1", "-3.5", "a\r\nb"], to: &output)
        #expect(String(decoding: output, as: UTF8.self) == "\"长沙,市\",\"说\"\"明\"\"\",'=1+1,-3.5,\"a\r\nb\"\r\n")
    }

    @Test("HTML 转义直接写入字节，与 escape(_:) 相同")
    func htmlEscaping() {
        let text = #"<b>"长沙"</b> & '信访'"#
        var output: [UInt8] = []
        HTMLReportEscaping.append(escaping: text, to: &output)
        #expect(String(decoding: output, as: UTF8.self) == "&lt;b&gt;&quot;长沙&quot;&lt;/b&gt; &amp; &#39;信访&#39;")
        #expect(HTMLReportEscaping.escape(text) == String(decoding: output, as: UTF8.self))
    }

    @Test("矩阵单元格由分项拼成", arguments: [
        ("4", "", false, "4"), ("4", "失 11", false, "4（失 11）"), ("4", "", true, "4（否决，计 0）"),
        ("4", "失 11", true, "4（失 11；否决，计 0）"),
    ])
    func matrixCellFromParts(cell: String, lost: String, zeroed: Bool, expected: String) {
        #expect(CompareText.matrixCell(cell: cell, lost: lost, zeroedByVeto: zeroed) == expected)
    }

    @Test("终端文本：按字节判断是否需要清理，与逐个标量的判断一致")
    func terminalTextBytes() {
        func removedOrReplaced(_ value: UInt32) -> Bool {
            switch value {
            case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: true
            default: false
            }
        }
        for value in UInt32(0)...0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            var text = "长" + String(Character(scalar)) + "沙"
            #expect(text.withUTF8(TerminalText.needsCleaning) == removedOrReplaced(value), "U+\(String(value, radix: 16))")
        }
        // Curly quotes and dashes share the lead byte E2 with the separators, and stay as they are.
        #expect(TerminalText.line("“长沙”——信访") == "“长沙”——信访")
        #expect(TerminalText.line("长沙\u{2028}信访\u{202E}局") == "长沙 信访局")
    }

    @Test("定点小数直接写入字节，与 Rational.decimalText(digits:places:) 相同", arguments: [
        (Int64(88611), 3, "88.611"), (5, 2, "0.05"), (-5, 2, "-0.05"), (0, 0, "0"), (700, 0, "700"),
        (-123456789, 4, "-12345.6789"), (Int64.min, 2, "-92233720368547758.08"),
    ])
    func decimalDigits(digits: Int64, places: Int, text: String) {
        var buffer = ByteBuffer(capacity: 1)
        buffer.append("x=")
        buffer.appendDecimal(digits: digits, places: places)
        #expect(String(decoding: buffer.array, as: UTF8.self) == "x=" + text)
        #expect(Rational.decimalText(digits: digits, places: places) == text)
    }
}

/// `numerator / denominator`, for test arguments.
private func fraction(_ numerator: Int, _ denominator: Int) -> Rational {
    Rational(numerator).divided(by: Rational(denominator))!
}
