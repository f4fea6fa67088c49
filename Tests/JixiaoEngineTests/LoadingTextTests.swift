import Testing
@testable import JixiaoEngine

/// The texts of a rubric read at loading time byte by byte: units, the names in finding templates and their limits.
@Suite("Loading texts")
struct LoadingTextTests {
    @Test("units: ASCII and Chinese words by their bytes, anything else as Strings, with the same answers")
    func units() {
        #expect(DisplayUnit.parse("万元", amountUnit: "元") == .amount("万元"))
        #expect(DisplayUnit.parse("amount", amountUnit: "元") == .amount("元"))
        #expect(DisplayUnit.parse("辆", amountUnit: "元") == .count("辆"))
        #expect(DisplayUnit.parse("台（套）", amountUnit: "元") == .count("台（套）"))
        #expect(DisplayUnit.parse("%", amountUnit: "元") == .percent)
        #expect(DisplayUnit.parse("分", amountUnit: "元") == .points)
        #expect(DisplayUnit.parse("count", amountUnit: "元") == .count(""))
        #expect(DisplayUnit.parse("", amountUnit: "元") == .plain)
        #expect(DisplayUnit.parse(nil, amountUnit: "元") == .plain)
        // The full-width percent sign is only compatibility-equivalent to "%": another unit, as before.
        #expect(DisplayUnit.parse("％", amountUnit: "元") == .amount("％"))
    }

    @Test("the names a template reads: variables and sections, not comments, partials or closers")
    func templateNames() {
        let names = RubricValidator.templateNames(in: "{{a}}，{{# b }}x{{/b}}{{! c}}{{{d}}}{{&e}}{{>p}}{{ 部门 }}")
        #expect(names == ["a", "b", "d", "e", "部门"])
    }

    @Test("template limits: a changed delimiter anywhere, sections nested too deep")
    func templateLimits() {
        #expect(TemplateLimits.problem(in: "{{x}} {{{=<% %>=}}") == "模板中不支持更换分隔符（{{= … =}}）")
        let deep = String(repeating: "{{#s}}", count: 21) + String(repeating: "{{/s}}", count: 21)
        #expect(TemplateLimits.problem(in: deep) == "模板分段（{{#…}}）嵌套过深：超过 20 层")
        let twenty = String(repeating: "{{#s}}", count: 20) + String(repeating: "{{/s}}", count: 20)
        #expect(TemplateLimits.problem(in: twenty) == nil)
        #expect(TemplateLimits.problem(in: String(repeating: "字", count: 10_001)) == "模板过长：10001 个字符，上限 10000 个")
        #expect(TemplateLimits.problem(in: String(repeating: "字", count: 10_000)) == nil)
    }
}
