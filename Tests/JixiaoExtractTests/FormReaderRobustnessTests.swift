import JixiaoEngine
@testable import JixiaoExtract
import Testing

/// Form-like text put together at random — header words and level words broken anywhere, tabs, empty cells, blank
/// lines, figures — never traps the form reader, and every number it accounts for stands on a line of the document.
/// The generator is seeded: a failure repeats.
@Suite("自评表读取：随机输入")
struct FormReaderRobustnessTests {
    static let pieces = ["项目支出绩效自评表", "项目名称", "某项目", "主管部门", "实施单位", "项目资金（万元）", "年初", "预算数", "全年",
                         "执行数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度资金总额", "其中：财政拨款", "一级指标",
                         "二级指标", "三级指标", "年度", "指标值", "实际", "完成值", "偏差原因分析及改进措施", "产出指标", "数量指标",
                         "社会效益", "指标", "满意度", "服务对象满意度指标", "指标1", "……", "总分", "合计", "自评等级", "优", "十",
                         "10", "9", "86%", "≥95%", "266米", "43.2", "1,234.56", "0", " ", "", "", "\t", "\t\t", "评价结论", "注"]

    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test func randomFormTextNeverTraps() throws {
        var random = Generator(state: 20231106)
        for _ in 0..<300 {
            var lines: [String] = ["某县2022年度项目支出绩效自评表 1"]
            for _ in 0..<(5 + random.next(60)) {
                var line = ""
                for _ in 0..<(1 + random.next(random.next(3) == 0 ? 9 : 2)) {
                    line += Self.pieces[random.next(Self.pieces.count)]
                    if random.next(3) == 0 { line += "\t" }
                }
                lines.append(line)
            }
            let extraction = Extraction(DocumentText(name: "随机.txt", lines: lines, format: "测试"))
            #expect(extraction.records.allSatisfy { $0.line >= 1 && $0.line <= lines.count })
            for form in extraction.forms {
                #expect(form.rows.allSatisfy { $0.line >= 1 && $0.line <= lines.count })
            }
            // what is written loads as the submission format reads it: no figure is written that the format refuses
            let yaml = SubmissionWriter(extraction).write().yaml
            do {
                _ = try SubmissionLoader().load(bytes: Array(yaml.utf8), file: "随机.yaml")
            } catch {
                Issue.record("\(error)\n\(yaml)")
                return
            }
        }
    }
}
