import Testing
import JixiaoExpression
@testable import JixiaoEngine

/// Reading a submission's facts as the kinds a rubric declares: amounts as tables print them, rates both ways,
/// counts, booleans, choices, and the errors for anything else.
@Suite("Submission facts")
struct SubmissionTests {
    static let rubric = """
        id: t
        title: 测试
        total: 5
        facts:
          budget.final: amount
          sangong.total: amount
          sangong.vehicles: amount
          rate: percent
          rate_bare: percent
          cars: count
          has_plan: boolean
          no_plan: boolean
          grade: {kind: choice, options: [优, 良, 中, 差]}
        groups:
          - {id: g, name: 分组, indicators: [{id: I1, name: 甲, points: 5, method: manual}]}
        """

    /// The facts of `submission` as read for `rubric`.
    private func facts(_ submission: String, rubric: String = Self.rubric) throws -> FactStore {
        try FactStore(rubric: try loadRubric(rubric), submission: try loadSubmission(submission))
    }

    /// The diagnostics reading `submission`'s facts fails with.
    private func factDiagnostics(_ submission: String, rubric: String = Self.rubric) throws -> [Diagnostic] {
        do {
            _ = try facts(submission, rubric: rubric)
            return []
        } catch let error as DiagnosticError {
            return error.diagnostics
        }
    }

    @Test("amounts, rates, counts, booleans and choices read as declared")
    func readsEveryKind() throws {
        let store = try facts("""
            department: 测试局
            year: 2023
            facts:
              budget:
                final: "1,717.31"
              sangong:
                total: "38400元"
                vehicles: "3.84万元"
              rate: "88.61%"
              rate_bare: 88.61
              cars: 2
              has_plan: 是
              no_plan: 否
              grade: 良
            """)
        // "1,717.31" → 1717.31 万元
        #expect(store.value(of: "budget.final") == .number(r("1717.31")))
        // 38400 元 ÷ 10000 = 3.84 万元
        #expect(store.value(of: "sangong.total") == .number(r("3.84")))
        #expect(store.value(of: "sangong.vehicles") == .number(r("3.84")))
        // "88.61%" → 0.8861; a bare 88.61 is percentage points → 88.61 ÷ 100 = 0.8861
        #expect(store.value(of: "rate") == .number(r("0.8861")))
        #expect(store.value(of: "rate_bare") == .number(r("0.8861")))
        #expect(store.value(of: "cars") == .number(r("2")))
        #expect(store.value(of: "has_plan") == .bool(true))
        #expect(store.value(of: "no_plan") == .bool(false))
        #expect(store.value(of: "grade") == .text("良"))
    }

    @Test("bare amounts in a submission written in 元 are converted to the rubric's 万元")
    func submissionUnit() throws {
        let store = try facts("""
            department: 测试局
            year: 2023
            unit: 元
            facts:
              budget:
                final: 17173100
            """)
        // 17173100 元 ÷ 10000 = 1717.31 万元
        #expect(store.value(of: "budget.final") == .number(r("1717.31")))
    }

    @Test("a count rejects a fraction")
    func countRejectsFraction() throws {
        let diagnostics = try factDiagnostics("""
            department: 测试局
            year: 2023
            facts:
              cars: 2.5
            """)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.path == "facts.cars")
        #expect(diagnostics.first?.location == at(4, 9, file: submissionFile))
        #expect(diagnostics.first?.message.contains("应为计数") == true)
        #expect(diagnostics.first?.message.contains("“2.5”") == true)
    }

    @Test("a count rejects a negative number")
    func countRejectsNegative() throws {
        let diagnostics = try factDiagnostics("""
            department: 测试局
            year: 2023
            facts:
              cars: -1
            """)
        #expect(diagnostics.map(\.path) == ["facts.cars"])
    }

    @Test("an amount that is not a number, or is a percentage, is rejected", arguments: ["abc", "\"12%\"", "\"1,71,7\""])
    func badAmount(written: String) throws {
        let diagnostics = try factDiagnostics("""
            department: 测试局
            year: 2023
            facts:
              budget:
                final: \(written)
            """)
        #expect(diagnostics.map(\.path) == ["facts.budget.final"])
        #expect(diagnostics.first?.message.contains("应为金额") == true)
    }

    @Test("a boolean rejects anything but true/false and 是/否")
    func badBoolean() throws {
        let diagnostics = try factDiagnostics("""
            department: 测试局
            year: 2023
            facts:
              has_plan: 有
            """)
        #expect(diagnostics.map(\.path) == ["facts.has_plan"])
        #expect(diagnostics.first?.message.contains("应为布尔值") == true)
    }

    @Test("a choice outside its options is rejected and lists the options")
    func choiceOutsideOptions() throws {
        let diagnostics = try factDiagnostics("""
            department: 测试局
            year: 2023
            facts:
              grade: 良好
            """)
        #expect(diagnostics.count == 1)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.path == "facts.grade")
        #expect(diagnostic.location == at(4, 10, file: submissionFile))
        #expect(diagnostic.message.contains("应为 优/良/中/差 之一，实际是“良好”"))
        // 良好 → 良 is one deletion away
        #expect(diagnostic.hint == "是否想用“良”？")
    }

    @Test("a choice hint is not offered when no option resembles the answer")
    func choiceWithoutCloseOption() throws {
        let diagnostics = try factDiagnostics("""
            department: 测试局
            year: 2023
            facts:
              grade: 较好
            """)
        #expect(diagnostics.count == 1)
        // 较好 shares nothing with 优/良/中/差: suggesting “优” (two edits, i.e. replace everything) misleads.
        #expect(diagnostics.first?.hint == nil, "\(diagnostics.first?.hint ?? "")")
    }

    @Test("a missing required fact is named in the result with a did-you-mean hint, and scoring goes on")
    func missingRequiredFact() throws {
        let rubric = """
            id: t
            title: 测试
            total: 5
            facts:
              budget.final: {kind: amount, required: true, label: 支出决算数}
            groups:
              - {id: g, name: 分组, indicators: [{id: I1, name: 甲, points: 5, method: manual}]}
            """
        // No gate: the file is scored, the indicator that needs the figure has no data, and the result
        // names the missing figure with the near miss that is most likely a typo.
        let result = try score(rubric: rubric, submission: """
            department: 测试局
            year: 2023
            facts:
              budget:
                finall: 1717.31
            """)
        #expect(result.missingRequired.count == 1)
        let missing = try #require(result.missingRequired.first)
        #expect(missing.contains("budget.final") && missing.contains("支出决算数"))
        #expect(missing.contains("“budget.finall”"))
    }

    @Test("a missing required fact with no near miss is named without a hint")
    func missingRequiredFactNoNearMiss() throws {
        let rubric = """
            id: t
            title: 测试
            total: 5
            facts:
              budget.final: {kind: amount, required: true, label: 支出决算数}
            groups:
              - {id: g, name: 分组, indicators: [{id: I1, name: 甲, points: 5, method: manual}]}
            """
        let result = try score(rubric: rubric, submission: """
            department: 测试局
            year: 2023
            facts:
              personnel: 12
            """)
        #expect(result.missingRequired == ["支出决算数（budget.final）"])
    }

    @Test("a missing optional fact is no error: it stays missing")
    func missingOptionalFact() throws {
        let store = try facts("""
            department: 测试局
            year: 2023
            facts:
              cars: 1
            """)
        #expect(store.value(of: "budget.final") == nil)
    }

    @Test("a mapping where a number is expected names the path and line")
    func mappingWhereNumberExpected() throws {
        let diagnostics = try factDiagnostics("""
            department: 测试局
            year: 2023
            facts:
              budget:
                final:
                  value: 1717.31
            """)
        #expect(diagnostics.count == 1)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.path == "facts.budget.final")
        // the inner mapping starts at `value` on line 6, column 7
        #expect(diagnostic.location == at(6, 7, file: submissionFile))
        #expect(diagnostic.message.contains("应为金额，实际是映射"))
    }

    @Test("all fact errors of a submission are reported together")
    func allFactErrorsAtOnce() throws {
        let diagnostics = try factDiagnostics("""
            department: 测试局
            year: 2023
            facts:
              cars: 2.5
              has_plan: 有
              grade: 较好
            """)
        #expect(Set(diagnostics.map(\.path)) == ["facts.cars", "facts.has_plan", "facts.grade"])
    }

    @Test("the submission frame: department and year are required")
    func frame() throws {
        let diagnostics = submissionDiagnostics("""
            facts: {}
            """)
        #expect(Set(diagnostics.map(\.path)) == ["department", "year"])
    }

    @Test("an unknown top-level key in a submission is rejected with a hint")
    func unknownSubmissionKey() throws {
        let diagnostics = submissionDiagnostics("""
            department: 测试局
            year: 2023
            fatcs: {}
            """)
        #expect(diagnostics.map(\.path) == ["fatcs"])
        #expect(diagnostics.first?.location == at(3, 1, file: submissionFile))
        #expect(diagnostics.first?.hint == "是否想用“facts”？")
    }
}
