import Testing
import JixiaoExpression
@testable import JixiaoEngine

/// `data_quality`: points lost per mismatching arithmetic check.
@Suite("data_quality method")
struct DataQualityMethodTests {
    static let facts = """
        s.total: amount
        s.a: amount
        s.b: amount
        r.total: amount
        r.a: amount
        r.b: amount
        m.total: amount
        m.a: amount
        m.b: amount
        n.x: count
        n.y: count
        n.z: count
        rows:
          kind: list
          fields: {code: text, total: amount, a: amount, b: amount}
        """

    static let checks = """
        - {id: c1, name: 合计, stated: s.total, computed: "s.a + s.b"}
        - {id: c2, name: 尾数, stated: r.total, computed: "r.a + r.b"}
        - {id: c3, name: 缺数, stated: m.total, computed: "m.a + m.b"}
        - {id: c4, name: 人数, stated: n.x, computed: n.y, severity: warning}
        - {id: c10, name: 车辆, stated: n.x, computed: n.z}
        - {id: c5, name: 分项, each: rows, as: row, key: code, stated: row.total, computed: "row.a + row.b"}
        """

    static let submission = CheckFixture.submission("""
        s: {total: 10.00, a: 4.00, b: 7.00}
        r: {total: 5.01, a: 2.00, b: 3.00}
        m: {total: 3.00, a: 3.00}
        n: {x: 99, y: 160, z: 98}
        rows:
          - {code: "201", total: 10.00, a: 4.00, b: 6.00}
          - {code: "208", total: 5.50, a: 2.00, b: 3.00}
          - {code: "213", total: 7.00, a: 4.00, b: 3.10}
        """)
    // Verdicts, by hand:
    //   c1  4.00 + 7.00 = 11.00 vs 10.00, [9.995, 10.005] vs [10.99, 11.01]      → mismatch (error)
    //   c2  2.00 + 3.00 = 5.00 vs 5.01, [5.005, 5.015] meets [4.99, 5.01]       → rounding
    //   c3  m.b missing                                                         → insufficient_data
    //   c4  99 vs 160                                                           → mismatch (warning)
    //   c10 99 vs 98                                                            → mismatch (error)
    //   c5[201] 4.00 + 6.00 = 10.00                                             → ok
    //   c5[208] 2.00 + 3.00 = 5.00 vs 5.50                                      → mismatch (error)
    //   c5[213] 4.00 + 3.10 = 7.10 vs 7.00, [6.995, 7.005] vs [7.09, 7.11]      → mismatch (error)

    static func score(_ method: String) throws -> IndicatorResult? {
        try JixiaoEngineTests.score(rubric: CheckFixture.rubric(facts: facts, checks: checks, method: method),
                                    submission: submission).indicator("Q")
    }

    @Test("the fixture's verdicts are as worked out by hand")
    func fixtureVerdicts() throws {
        let result = try JixiaoEngineTests.score(rubric: CheckFixture.rubric(facts: Self.facts, checks: Self.checks),
                                                 submission: Self.submission)
        #expect(result.checks.map(\.id) == ["c1", "c2", "c3", "c4", "c10", "c5[201]", "c5[208]", "c5[213]"])
        #expect(result.checks.map(\.verdict) == [.mismatch, .rounding, .insufficientData, .mismatch, .mismatch,
                                                 .ok, .mismatch, .mismatch])
    }

    @Test("only mismatches cost points: rounding and insufficient data do not")
    func countsMismatchesOnly() throws {
        // c1, c4, c10, c5[208], c5[213] = 5 mismatches × 1 → 10 − 5 = 5
        let indicator = try Self.score("{data_quality: {deduct: 1}}")
        #expect(indicator?.score == r("5"))
        #expect(indicator?.reason.contains("5 处不一致") == true, "\(indicator?.reason ?? "")")
        // c2 is rounding and c3 insufficient → nothing lost
        #expect(try Self.score("{data_quality: {checks: [c2, c3], deduct: 1}}")?.score == r("10"))
    }

    @Test("severity: error leaves out warnings")
    func severityFilter() throws {
        // without c4: 4 mismatches × 0.5 = 2 → 10 − 2 = 8
        #expect(try Self.score("{data_quality: {deduct: 0.5, severity: error}}")?.score == r("8"))
        // warning (the default) counts all 5: 10 − 2.5 = 7.5
        #expect(try Self.score("{data_quality: {deduct: 0.5, severity: warning}}")?.score == r("7.5"))
    }

    @Test("checks: picks checks by id; c1 does not pick c10")
    func idFilter() throws {
        // c1 only → 10 − 1 = 9
        #expect(try Self.score("{data_quality: {checks: [c1], deduct: 1}}")?.score == r("9"))
        // c1 and c4 → 10 − 2 = 8
        #expect(try Self.score("{data_quality: {checks: [c1, c4], deduct: 1}}")?.score == r("8"))
    }

    @Test("a per-record check's id picks all its records")
    func eachIdFilter() throws {
        // c5[208] and c5[213] → 10 − 2 = 8
        #expect(try Self.score("{data_quality: {checks: [c5], deduct: 1}}")?.score == r("8"))
    }

    @Test("one record of a per-record check can be picked by its full id")
    func singleRecordFilter() throws {
        // c5[213] only → 10 − 1 = 9; c5[201] is ok → 10
        #expect(try Self.score(#"{data_quality: {checks: ["c5[213]"], deduct: 1}}"#)?.score == r("9"))
        #expect(try Self.score(#"{data_quality: {checks: ["c5[201]"], deduct: 1}}"#)?.score == r("10"))
    }

    @Test("the score does not fall below floor")
    func floor() throws {
        // 5 × 3 = 15 > 10; floor 4 → 4
        #expect(try Self.score("{data_quality: {deduct: 3, floor: 4}}")?.score == r("4"))
        // without floor: max(10 − 15, 0) = 0
        #expect(try Self.score("{data_quality: {deduct: 3}}")?.score == r("0"))
        // 10 − 5 = 5 is above floor 4 → 5
        #expect(try Self.score("{data_quality: {deduct: 1, floor: 4}}")?.score == r("5"))
    }

    @Test("no counted check: full points")
    func nothingToCount() throws {
        #expect(try Self.score("{data_quality: {checks: [c2], deduct: 1}}")?.score == r("10"))
    }

    @Test("an unknown check id in checks: is a rubric error with a suggestion")
    func unknownCheckId() {
        let diagnostics = rubricDiagnostics(CheckFixture.rubric(
            facts: Self.facts, checks: Self.checks, method: "{data_quality: {checks: [c1, c6x], deduct: 1}}"))
        #expect(diagnostics.count == 1, "\(DiagnosticError(diagnostics))")
        #expect(diagnostics.first?.message.contains("c6x") == true)
        #expect(diagnostics.first?.path.hasSuffix("data_quality.checks") == true)
    }

    @Test("a bad severity parameter is a rubric error")
    func badSeverity() {
        let diagnostics = rubricDiagnostics(CheckFixture.rubric(
            facts: Self.facts, checks: Self.checks, method: "{data_quality: {deduct: 1, severity: fatal}}"))
        #expect(diagnostics.count == 1, "\(DiagnosticError(diagnostics))")
        #expect(diagnostics.first?.message.contains("fatal") == true)
    }
}
