import JixiaoCompare
import Foundation
import Testing

/// Per-record metric ids (`item_completion[2010301]`) get no column: told from the bytes when they can tell, by
/// the text search otherwise, always as the text search alone tells.
@Suite("逐条记录的计算项 id")
struct PerRecordMetricIdTests {
    @Test("字节判断与文本查找一致", arguments: [
        ("item_completion[2010301]", true), ("budget_rate", false), ("", false), ("[", true), ("a[", true),
        ("[b", true), ("执行率[1]", true), ("执行率", false), ("记录[项目]", true),
    ])
    func perRecord(id: String, expected: Bool) {
        #expect(id.isPerRecord == expected)
        #expect(id.contains("[") == expected)
    }

    @Test("方括号与相邻的组合字符或前置字符合为一个字符时，交给文本查找")
    func joinedBracketFollowsTheTextSearch() {
        // "[" followed by a combining acute accent, and "[" after an Arabic number sign (a prepended mark).
        for id in ["x[\u{301}1]", "\u{600}[1]", "a[\u{301}"] {
            #expect(id.isPerRecord == id.contains("["))
        }
    }
}
