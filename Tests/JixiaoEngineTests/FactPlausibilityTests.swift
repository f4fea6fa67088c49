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

/// Scoring finds the implausible facts in the walk that lists the figures: the same problems, in the same order, as
/// the walk of their own.
@Suite("Implausible facts found while listing figures")
struct FactPlausibilityInFigureWalkTests {
    @Test("below labels, below an empty top-level key and under the top-level budget, in document order")
    func sameAsTheirOwnWalk() throws {
        let submission = try loadSubmission("""
            department: 测试局
            year: 2023
            facts:
              code: {share: 120}
              "": {budget: -1, sub: {budget: {initial: -4}}}
              budget: {section: 预算, initial: -2, rows: [{share: "-5%"}]}
              t01: {section: 表一, share: 99, total: 10}
            """)
        // By hand: code.share 120 means 120% (> 100%); the empty key's budget -1 is negative and its path keeps both
        // dots, its sub.budget.initial is not below the top-level budget; budget.initial -2 is a budget there;
        // budget.rows.0.share -5% is below 0; t01.share 99 means 99% (fine).
        let expected = [
            "facts.code.share 占比 120 超出 0–100% 的范围",
            "facts..budget 预算数 -1 为负数",
            "facts.budget.initial 预算数 -2 为负数",
            "facts.budget.rows.0.share 占比 -5% 超出 0–100% 的范围",
        ]
        let listed = FigureCoverageCounter(submission: submission).figuresAndImplausibleFacts().implausibleFacts
        #expect(listed.map { "\($0.path) \($0.message)" } == expected)
        #expect(FactPlausibility.problems(in: submission.facts).map { "\($0.path) \($0.message)" } == expected)
        #expect(listed.map(\.location) == FactPlausibility.problems(in: submission.facts).map(\.location))
    }
}

/// The units and percent signs are looked for by their bytes first; the answers must stay those of `hasSuffix`.
@Suite("Unit suffixes of facts")
struct FactSuffixTests {
    @Test("same answers as hasSuffix", arguments: [
        // (text, suffix, answer worked out by hand)
        ("3万元", "元", true), ("3万元", "万元", true), ("3元", "万元", false), ("元", "元", true), ("", "元", false),
        ("5%", "%", true), ("5％", "%", false), ("5％", "％", true), ("50", "%", false),
        // A combining accent makes the last character 元́, which is not 元; bytes differ too.
        ("3元\u{301}", "元", false),
        // U+0600 is a prepended mark: it and 元 make one character, which is not 元, though the bytes end in 元's.
        ("3\u{600}元", "元", false),
    ])
    func suffix(_ text: String, _ suffix: String, _ answer: Bool) {
        #expect(FactPlausibility.hasSuffix(text, suffix) == answer)
        #expect(text.hasSuffix(suffix) == answer)
    }
}
