import Testing
import JixiaoExpression
@testable import JixiaoEngine

/// Inline rubrics and submissions for the arithmetic-check tests.
enum CheckFixture {
    /// A rubric with the given `facts:` and `checks:` lines (written unindented, one entry a line) and one
    /// data-quality indicator worth 10 points.
    static func rubric(facts: String, checks: String,
                       method: String = "{data_quality: {deduct: 1}}") -> String {
        """
        id: t
        title: 核对测试
        total: 10
        facts:
        \(indented(facts))
        checks:
        \(indented(checks))
        groups:
          - {id: g, name: 分组, indicators: [{id: Q, name: 数据质量, points: 10, method: \(method)}]}
        """
    }

    /// A submission whose `facts:` block is the given lines (unindented).
    static func submission(_ facts: String, unit: String = "万元") -> String {
        """
        department: 测试局
        year: 2023
        unit: \(unit)
        facts:
        \(indented(facts))
        """
    }

    /// The check results of scoring `submission` (its facts block) against a rubric of `facts` and `checks`.
    static func results(facts: String, checks: String, submission facts2: String,
                        unit: String = "万元") throws -> [CheckResult] {
        try score(rubric: rubric(facts: facts, checks: checks), submission: submission(facts2, unit: unit)).checks
    }

    /// The one check result of such a scoring; records an issue when there is not exactly one.
    static func result(facts: String, check: String, submission facts2: String,
                       unit: String = "万元",
                       sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> CheckResult {
        let all = try results(facts: facts, checks: check, submission: facts2, unit: unit)
        return try #require(all.count == 1 ? all.first : nil, "应恰有一项核对，实际 \(all.count) 项",
                            sourceLocation: sourceLocation)
    }

    private static func indented(_ lines: String) -> String {
        lines.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
    }
}
