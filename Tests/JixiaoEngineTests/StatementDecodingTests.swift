import Testing
import JixiaoExpression
import JixiaoYAML
@testable import JixiaoEngine

/// Reading statements: figures as printed, their values and precision, and clear errors for what cannot be read.
@Suite("文字陈述的读取")
struct StatementDecodingTests {
    func statements(_ body: String, unit: String = "万元") throws -> [Statement] {
        try loadSubmission("department: 测试局\nyear: 2023\nunit: \(unit)\nstatements:\n\(body)").statements
    }

    func errors(_ body: String) -> [Diagnostic] {
        submissionDiagnostics("department: 测试局\nyear: 2023\nstatements:\n\(body)")
    }

    @Test func printedFormsAreReadWithTheirTextKept() throws {
        let read = try statements("""
          - subject: 甲
            amount: 零万元
            budget: "1,234.56"
            prior: ３.４
            completion_rate: 12.3 %
            share: 12.3％
            change: "减少-2.56"
            growth: 下降0.5%
        """)
        let s = try #require(read.first)
        #expect(s.amount?.value == .zero && s.amount?.printed == "零万元")
        #expect(s.budget?.value == r("1234.56"))
        #expect(s.prior?.value == r("3.4"))
        // Rates are fractions: 12.3% → 0.123, with the full-width ％ and a blank before % alike.
        #expect(s.completionRate?.value == r("0.123") && s.share?.value == r("0.123"))
        // 减少-2.56: a double negative, read as a decrease, flagged.
        #expect(s.change?.value == r("-2.56") && s.change?.minusWithWord == true)
        #expect(s.growth?.value == r("-0.005") && s.growth?.direction == .down)
        // 3.4 printed with one decimal stands for [3.35, 3.45]; 12.3% for [12.25%, 12.35%].
        #expect(s.prior?.range == RationalRange(lower: r("3.35"), upper: r("3.45")))
        #expect(s.share?.range == RationalRange(lower: r("0.1225"), upper: r("0.1235")))
    }

    @Test func unitsConvertExactlyAndWholeAmountsAreReadToTheCent() throws {
        let s = try #require(try statements("""
          - {subject: 甲, amount: "38400元", budget: 4, prior: "0.003万元"}
        """).first)
        // 38400 元 = 3.84 万元, exactly.
        #expect(s.amount?.value == r("3.84"))
        // A whole 4 万元 is [3.995, 4.005], not [3.5, 4.5].
        #expect(s.budget?.range == RationalRange(lower: r("3.995"), upper: r("4.005")))
        #expect(s.prior?.value == r("0.003"))
        // In a 元 file, “3.84万元” is 38400 元.
        let yuan = try #require(try statements("  - {subject: 乙, amount: \"3.84万元\"}", unit: "元").first)
        #expect(yuan.amount?.value == r("38400"))
    }

    @Test func directionTemplatesLevelWordsAndApproximations() throws {
        let s = try #require(try statements("""
          - {subject: 甲, vs_budget: 增加(减少)0.03, vs_budget_rate: （下降）0.3%, change: 持平, prior: 300余}
        """).first)
        #expect(s.vsBudget?.direction == .either && s.vsBudget?.value == r("0.03"))
        #expect(s.vsBudgetRate?.direction == .down && s.vsBudgetRate?.value == r("-0.003"))
        #expect(s.change?.direction == .level && s.change?.value == .zero)
        // 300余: at least 300, below 400.
        #expect(s.prior?.approximate == true && s.prior?.range == RationalRange(lower: r("300"), upper: r("400")))
    }

    @Test func inlineItemsInheritAndReferencesResolve() throws {
        let read = try statements("""
          - id: whole
            subject: 三公经费
            section: 七（一）
            scope: 财政拨款
            amount: 9.75
            items:
              - {subject: 公务接待费, amount: 3.77}
              - other
          - {id: other, subject: 公务用车运行维护费, amount: 5.98}
          - {subject: 公务接待费, amount: 3.77}
        """)
        #expect(read.map(\.subject) == ["三公经费", "公务接待费", "公务用车运行维护费", "公务接待费"])
        // The inline item follows its parent, inherits section and scope, and points back at it.
        #expect(read[1].parent == 0 && read[1].section == "七（一）" && read[1].scope == "财政拨款")
        #expect(read[0].items == [1, 2])
        // Keys: the id, else the subject, numbered from its second appearance.
        #expect(read.map(\.key) == ["whole", "公务接待费", "other", "公务接待费#2"])
    }

    @Test func anIdUsedAgainIsReportedAtEachLaterUse() {
        let found = errors("""
          - {id: s1, subject: 甲, amount: 1}
          - {id: s1, subject: 乙, amount: 2}
          - {id: s2, subject: 丙, amount: 3}
          - {id: s1, subject: 丁, amount: 4}
        """)
        #expect(found.map(\.path) == ["statements[1].id", "statements[3].id"])
        #expect(found.allSatisfy { $0.message == "文字陈述的 id“s1”重复" })
        // The statements are on lines 4 to 7 of the file (after department, year and statements:).
        #expect(found.map(\.location.line) == [5, 7])
    }

    @Test func badFiguresAndUnknownKeysSayWhereAndWhatWasExpected() {
        let found = errors("""
          - subject: 甲
            amount: 12%
            completion_rate: 88.61
            growth: 八十八
            ammount: 3
            counts: {批次: 2.5}
          - {amount: 1}
          - {subject: 乙, items: [nowhere], of: 甲乙}
        """)
        let byPath = Dictionary(found.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        // Line 5 is `    amount: 12%`: an amount must not be a rate.
        #expect(byPath["statements[0].amount"]?.location == at(5, 13, file: submissionFile))
        #expect(byPath["statements[0].amount"]?.message.contains("应为金额") == true)
        // A rate must carry its %: 88.61 alone is ambiguous.
        #expect(byPath["statements[0].completion_rate"]?.message.contains("应为百分比") == true)
        #expect(byPath["statements[0].growth"]?.message.contains("“八十八”") == true)
        #expect(byPath["statements[0].ammount"]?.hint == "是否想用“amount”？")
        #expect(byPath["statements[0].counts.批次"]?.message.contains("应为计数") == true)
        #expect(byPath["statements[1].subject"]?.message.contains("缺少必填字段“subject”") == true)
        #expect(found.contains { $0.path == "statements[2].items" && $0.message.contains("“nowhere”") })
        #expect(found.contains { $0.path == "statements[2]" && $0.message.contains("“甲乙”") })
    }

    @Test func aSubjectIsAShortLabel() {
        // 201 characters: one more than the limit department names have too.
        let long = String(repeating: "甲", count: 201)
        let found = errors("  - {subject: \(long), amount: 1}")
        #expect(found.contains { $0.path == "statements[0].subject" && $0.message.contains("201 个字符") })
    }
}

/// Where a statement's results say it is written: its section, its line, both, or neither.
@Suite("文字陈述结果的位置")
struct StatementPlaceTests {
    @Test func sectionAndLineAsWritten() throws {
        let submission = try loadSubmission("""
            department: 测试局
            year: 2023
            statements:
              - {subject: 甲, section: 第三部分 一, line: 12, budget: 10, amount: 5, completion_rate: 50%}
              - {subject: 乙, line: 7, budget: 10, amount: 5, completion_rate: 50%}
              - {subject: 丙, section: 第三部分 二, budget: 10, amount: 5, completion_rate: 50%}
              - {subject: 丁, budget: 10, amount: 5, completion_rate: 50%}
            """)
        let places = StatementChecker().check(submission.statements).filter { $0.id.hasPrefix("statement.completion[") }
            .map(\.whereInDocument)
        #expect(places == ["第三部分 一，第 12 行", "第 7 行", "第三部分 二", nil])
    }
}
