import Foundation
import JixiaoCompare
import JixiaoRender
import Testing

/// Escape sequences and control characters from a submission never reach the terminal.
@Suite("终端输出：去除控制字符与转义序列")
struct TerminalTextTests {
    @Test("部门名称中的 ANSI 转义、回车与换行不进入文本输出")
    func ansiAndBreaksStripped() {
        let name = "甲\u{1B}[2J\u{1B}[31m局\r\n总分 130 分\u{1B}]0;标题\u{07}\u{202E}乙"
        let text = CompareTextRenderer().render(Comparison(rubricId: "r100", rows: [row(name, score: "90")]))
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x0D || $0.value == 0x202E })
        // CSI and OSC sequences vanish whole; the line break becomes a space.
        #expect(text.contains("甲局  总分 130 分乙"))
        #expect(!text.split(separator: "\n").contains { $0.hasPrefix("总分 130 分") })
    }

    @Test("Markdown 对比表转义 HTML、链接与竖线")
    func markdownEscapes() {
        let markdown = CompareMarkdownRenderer().render(Comparison(rubricId: "r100", rows: [
            row("<img src=x onerror=alert(1)>|[x](javascript:alert(1))", score: "90"),
        ]))
        // Every < is escaped: none is left that is not preceded by a backslash.
        #expect(!markdown.replacingOccurrences(of: "\\<", with: "").contains("<"))
        #expect(markdown.contains(#"\<img src=x onerror=alert(1)\>\|\[x\](javascript:alert(1))"#))
    }
}
