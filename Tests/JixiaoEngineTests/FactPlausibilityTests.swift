import Testing
import JixiaoYAML
@testable import JixiaoEngine

/// Figures of `facts:` that cannot be meant, found by their key wherever they stand in the tables.
@Suite("Implausible facts")
struct FactPlausibilityTests {
    func problems(_ yaml: String) throws -> [String] {
        let facts = try YAMLLoader().load(bytes: Array(yaml.utf8), file: "f.yaml")
        return FactPlausibility.problems(in: facts).map { "\($0.location.line):\($0.location.column) \($0.path) \($0.message)" }
    }

    @Test("shares outside 0–100% and negative budgets, at any depth, with their whole paths")
    func found() throws {
        let yaml = """
            一般公共预算:
              share: 101%
              项目:
                - {名称: 甲, exec_share: 45, budget: -3万元}
                - {名称: 乙, exec_share: "-1%"}
            budget:
              initial_total: -5
              final: -7
            other:
              initial_total: -5
            """
        // 101% > 100%; 45 is 45% (fine); -3万元 is a negative budget; -1% < 0; budget.initial_total is a budget
        // (initial… under budget), budget.final is not; other.initial_total is not under budget.
        #expect(try problems(yaml) == [
            "2:10 facts.一般公共预算.share 占比 101% 超出 0–100% 的范围",
            "4:39 facts.一般公共预算.项目.0.budget 预算数 -3万元 为负数",
            "5:27 facts.一般公共预算.项目.1.exec_share 占比 -1% 超出 0–100% 的范围",
            "7:18 facts.budget.initial_total 预算数 -5 为负数",
        ])
    }

    @Test("initial… is a budget at any depth below the top-level budget, through lists; paths spelled out in full")
    func deepBudget() throws {
        let yaml = """
            budget:
              年初:
                - {initial: -2, share: 50}
                - [{initial_x: 1}, {initial_y: -0.5元}]
            项目:
              budget: {initial: -9}
            """
        // Under the top-level budget: 年初.0.initial (-2) and 年初.1.1.initial_y (-0.5元) are negative budgets;
        // 项目.budget is a budget mapping but not the top-level one, so its initial is not read as a budget.
        #expect(try problems(yaml) == [
            "3:17 facts.budget.年初.0.initial 预算数 -2 为负数",
            "4:36 facts.budget.年初.1.1.initial_y 预算数 -0.5元 为负数",
        ])
    }

    @Test("keys that only end like one are not read as shares or budgets")
    func lookalikes() throws {
        #expect(try problems("{timeshare: 150%, xbudget: -1, 预算share: 150%, 份额: 150%}") == [])
    }
}
