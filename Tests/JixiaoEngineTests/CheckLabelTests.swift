import Testing
@testable import JixiaoEngine

@Suite("Reader labels of checks")
struct CheckLabelTests {
    @Test func findsTheFirstOccurrenceByBytes() {
        let text = "基本支出 上年 = 各分项之和 = 合计"
        let index = CheckResult.firstIndex(of: " = ", in: text)
        #expect(index.map { String(text[..<$0]) } == "基本支出 上年")
        #expect(CheckResult.firstIndex(of: "与前文", in: "公务接待费 人次与前文（说明七）所写一致")
            .map { String("公务接待费 人次与前文（说明七）所写一致"[..<$0]) } == "公务接待费 人次")
        #expect(CheckResult.firstIndex(of: " = ", in: "接待人数") == nil)
        // "==" without the spaces is not the separator.
        #expect(CheckResult.firstIndex(of: " = ", in: "a==b") == nil)
    }
}
