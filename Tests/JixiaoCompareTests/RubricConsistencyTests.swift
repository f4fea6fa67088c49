import JixiaoExpression
import Testing
@testable import JixiaoCompare

/// Rows of one rubric id scored with different rubric files are found, in the order first seen.
@Suite("Rubric versions")
struct RubricConsistencyTests {
    func row(_ path: String, rubric: String, sha256: String?) -> ComparisonRow {
        var row = ComparisonRow(department: path, year: 2023, path: path, rubricId: rubric, rubricTitle: rubric,
                                totalPoints: Rational(100), score: Rational(90), maxApplicable: Rational(100), grade: nil)
        row.rubricSha256 = sha256
        return row
    }

    @Test func oneVersionPerIdIsNoConflict() {
        let rows = [row("a.yaml", rubric: "x", sha256: "11"), row("b.yaml", rubric: "x", sha256: "11"),
                    row("c.yaml", rubric: "y", sha256: "22")]
        #expect(RubricConsistency.conflicts(in: rows).isEmpty)
    }

    @Test func twoVersionsOfOneIdAreNamedWithTheirFirstFiles() throws {
        let rows = [row("a.yaml", rubric: "x", sha256: "11"), row("b.yaml", rubric: "x", sha256: "22"),
                    row("c.yaml", rubric: "x", sha256: "11"), row("d.yaml", rubric: "x", sha256: nil)]
        let conflicts = RubricConsistency.conflicts(in: rows)
        #expect(conflicts.count == 1)
        let conflict = try #require(conflicts.first)
        #expect(conflict.rubricId == "x")
        #expect(conflict.versions.map(\.sha256) == ["11", "22"])
        #expect(conflict.versions.map(\.path) == ["a.yaml", "b.yaml"])
        #expect(conflict.message.hasPrefix("错误：规则“x”有 2 个不同版本的评分结果：a.yaml（sha256 11…）、b.yaml（sha256 22…）"))
    }
}
