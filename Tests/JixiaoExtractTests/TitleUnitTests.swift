@testable import JixiaoExtract
import Testing

/// The unit of a page's bare amounts: printed on a 单位 line, else the one most figures carry, else 万元 — the same
/// on every run (it was once taken from a dictionary's order, which changes from run to run).
@Suite("金额单位")
struct TitleUnitTests {
    private func unit(_ lines: [String]) -> String {
        TitleReader.unit(of: DocumentText(name: "t.txt", lines: lines, format: "测试"))
    }

    @Test func aPageWithoutAnyUnitIsInWanYuan() {
        // No 元 anywhere: four units tie at zero.
        #expect(unit(["产出指标数量指标足额保障率=100% 22.5 科目调整次数≤10次 22.5"]) == "万元")
    }

    @Test func aTieGoesToWanYuan() {
        // one 万元 and one 元
        #expect(unit(["支出3万元，其中接待费300元。"]) == "万元")
    }

    @Test func theUnitLineAndTheMajorityStillDecide() {
        #expect(unit(["单位：元", "支出3万元。"]) == "元")
        #expect(unit(["接待费300元，会议费200元，培训费3万元。"]) == "元")
    }
}
