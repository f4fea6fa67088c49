import Testing
import JixiaoYAML
@testable import JixiaoEngine

/// The table of a submission's figure paths, made once per submission, and the coverage counted from it, which
/// must be what counting the listed paths against the set of verified paths gives.
@Suite("Figure path table")
struct FigurePathTableTests {
    @Test("a path listed twice is one entry counted twice; paths are told apart by their bytes")
    func multiplicity() throws {
        var table = FigurePathTable()
        table.insert("t01.income.total")
        table.insert("stated.rate")
        table.insert("t01.income.total")
        #expect(table.count == 3)
        #expect(table.distinctCount == 2)
        let total = try #require(table.position(of: "t01.income.total"))
        #expect(table.figures(at: total) == 2)
        #expect(table.figures(at: try #require(table.position(of: "stated.rate"))) == 1)
        #expect(table.position(of: "t01.income") == nil)
        #expect(table.position(of: "t01.income.total.x") == nil)
        #expect(table.position(of: "") == nil)
    }

    @Test("past its first size the table still finds every path")
    func growth() {
        var table = FigurePathTable()
        for index in 0..<500 { table.insert("rows.\(index).amount") }
        #expect(table.count == 500)
        #expect((0..<500).allSatisfy { table.position(of: "rows.\($0).amount") != nil })
        #expect(table.position(of: "rows.500.amount") == nil)
    }

    @Test("list positions in the walked paths are the items' numbers, past one digit too")
    func listPositions() throws {
        let rows = (1...101).map { "\($0)" }.joined(separator: ", ")
        let submission = try loadSubmission("""
            department: 测试局
            year: 2023
            facts:
              rows: [\(rows)]
            """)
        let table = FigureCoverageCounter(submission: submission).figures()
        // By hand: 101 items, at positions 0 to 100, each a figure.
        #expect(table.count == 101)
        for path in ["rows.0", "rows.9", "rows.10", "rows.99", "rows.100"] {
            #expect(table.position(of: path) != nil, "\(path)")
        }
        for path in ["rows.101", "rows.01", "rows"] {
            #expect(table.position(of: path) == nil, "\(path)")
        }
    }

    static let submission = """
        department: 测试局
        year: 2023
        facts:
          section: 第一部分
          t01:
            income: {total: 1717.31, general_budget: "1,717.31"}
            rows:
              - {code: "201", amount: 10}
              - {code: "202", amount: 20元}
            note: 说明文字
        stated:
          rate: "88.61%"
          title: 情况说明
        """

    private func check(_ verdict: CheckResult.Verdict, covering paths: [String]) -> CheckResult {
        CheckResult(id: "c", name: "c", verdict: verdict, severity: .error, relation: .equal, stated: .missing([]),
                    computed: .missing([]), statedRange: nil, computedRange: nil, difference: nil, tolerance: nil,
                    unit: .points, whereInDocument: nil, location: nil, statedExpression: "", computedExpression: "",
                    inputs: [], explanation: "", checkSet: nil, coveredPaths: paths)
    }

    @Test("coverage: figures verified by several checks counted once, unverified checks and non-figures ignored")
    func coverage() throws {
        let counter = FigureCoverageCounter(submission: try loadSubmission(Self.submission))
        // Figures by hand: t01.income.total, t01.income.general_budget, t01.rows.0.amount, t01.rows.1.amount,
        // stated.rate — 5; `section`, the codes and the two texts are not figures.
        let checks = [
            check(.ok, covering: ["t01.income.total", "t01.income.general_budget"]),
            check(.mismatch, covering: ["t01.income.total", "t01.rows.0.amount", "t01.rows.0.code"]),
            check(.insufficientData, covering: ["stated.rate", "t01.rows.1.amount"]),
            check(.rounding, covering: ["stated.title", "budget.missing"]),
        ]
        // Verified: total, general_budget, rows.0.amount — 3 of 5, by the 3 checks that reached a verdict.
        let expected = FigureCoverage(statedFigures: 5, checkedFigures: 3, checksRun: 3)
        #expect(counter.coverage(of: checks) == expected)
        // The table made once and handed over gives the same as one made on the spot.
        let known = FigureCoverageCounter(submission: counter.submission, knownFigures: counter.figures())
        #expect(known.coverage(of: checks) == expected)
    }
}
