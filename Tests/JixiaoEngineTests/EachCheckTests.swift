import Testing
import JixiaoExpression
import JixiaoYAML
@testable import JixiaoEngine

/// Checks run once per record (`each:`): ids, names, verdicts, locations and document sections per record.
@Suite("Per-record checks")
struct EachCheckTests {
    static let rubric = CheckFixture.rubric(
        facts: """
            t01.rows:
              kind: list
              fields: {code: text, name: text, total: amount, a: amount, b: amount}
            t01.total: amount
            """,
        checks: """
            - {id: c3, name: 合计等于分项之和, each: t01.rows, as: row, key: code, label: name, stated: row.total, computed: "row.a + row.b"}
            - {id: c4, name: 总计, stated: t01.total, computed: "sum(t01.rows.total)"}
            - {id: c5, name: 总计（另注）, stated: t01.total, computed: "sum(t01.rows.total)", where: 公开01表 第一行}
            """)

    /// Line numbers are written beside the lines the tests point at.
    static let submission = """
        department: 测试局
        year: 2023
        facts:
          section: 第三部分
          t01:
            section: 公开01表
            total: 22.01
            rows:
              - code: "201"
                name: 一般公共服务
                total: 10.00
                a: 4.00
                b: 6.00
              - code: "208"
                name: 社会保障
                total: 5.01
                a: 2.00
                b: 3.00
              - code: "213"
                section: 公开01表（续）
                name: 农林水
                total: 7.00
                a: 4.00
                b: 3.10
        """
    // line 7: "    total: 22.01"; line 11: 10.00; line 16: 5.01; line 22: "        total: 7.00"

    static func results() throws -> [CheckResult] {
        try score(rubric: rubric, submission: submission).checks
    }

    @Test("one result per record, id `c3[key]`, name `名称（label）`")
    func idsAndNames() throws {
        let checks = try Self.results().filter { $0.id.hasPrefix("c3") }
        #expect(checks.map(\.id) == ["c3[201]", "c3[208]", "c3[213]"])
        #expect(checks.map(\.name) == ["合计等于分项之和（一般公共服务）", "合计等于分项之和（社会保障）", "合计等于分项之和（农林水）"])
    }

    @Test("each record gets its own verdict")
    func verdictsPerRecord() throws {
        let checks = try Self.results().filter { $0.id.hasPrefix("c3") }
        // 4.00 + 6.00 = 10.00 → ok
        // 2.00 + 3.00 = 5.00 vs 5.01: [5.005, 5.015] meets [4.99, 5.01] → rounding
        // 4.00 + 3.10 = 7.10 vs 7.00: [6.995, 7.005] is below [7.09, 7.11] → mismatch
        #expect(checks.map(\.verdict) == [.ok, .rounding, .mismatch])
        #expect(checks.map(\.computed) == [.number(r("10")), .number(r("5")), .number(r("7.1"))])
    }

    @Test("the location is that record's stated field")
    func locationPerRecord() throws {
        let checks = try Self.results().filter { $0.id.hasPrefix("c3") }
        // "        total: 10.00" — 8 spaces + "total: " (7) → the value starts at column 16
        #expect(checks.map(\.location) == [at(11, 16, file: submissionFile), at(16, 16, file: submissionFile),
                                           at(22, 16, file: submissionFile)])
    }

    @Test("`where` is the nearest `section:` above the stated figure")
    func inheritedSection() throws {
        let checks = try Self.results()
        // records 201 and 208 inherit t01's section; record 213 has its own
        #expect(checks.filter { $0.id.hasPrefix("c3") }.map(\.whereInDocument)
                == ["公开01表", "公开01表", "公开01表（续）"])
        let total = try #require(checks.first { $0.id == "c4" })
        #expect(total.whereInDocument == "公开01表")
        // "    total: 22.01" — 4 spaces + "total: " → column 12
        #expect(total.location == at(7, 12, file: submissionFile))
        // 10.00 + 5.01 + 7.00 = 22.01
        #expect(total.verdict == .ok)
    }

    @Test("a check's own `where:` wins over the submission's section")
    func explicitWhere() throws {
        let explicit = try #require(try Self.results().first { $0.id == "c5" })
        #expect(explicit.whereInDocument == "公开01表 第一行")
        #expect(explicit.location == at(7, 12, file: submissionFile))
    }

    @Test("an each-check over something that is not a record list is a rubric error")
    func eachOverNonList() {
        let diagnostics = rubricDiagnostics(CheckFixture.rubric(
            facts: "t01.total: amount",
            checks: "- {id: c3, name: 合计, each: t01.total, stated: item.total, computed: item.total}"))
        #expect(diagnostics.count == 1, "\(DiagnosticError(diagnostics))")
        #expect(diagnostics.first?.message.contains("t01.total") == true)
    }
}
