import Foundation
import Testing

/// `jixiao check`, and scoring a partial document with no gates, as a department from another province would.
extension CommandLineTests {
    /// A 三公 explanation written only as statements, in 元 (figures of a county bureau's page, 寻甸 2022).
    static let sangongOnly = """
        department: 某县文化和旅游局
        year: 2022
        unit: 元
        statements:
          - id: sangong
            subject: “三公”经费
            budget: "27,080"
            amount: "26,085.58"
            completion_rate: 96.33%
            change: "减少18,987.42"
            growth: 下降42.13%
            items:
              - {id: abroad, subject: 因公出国（境）费, amount: 0, share: 0%}
              - {id: vehicles, subject: 公务用车运行维护费, amount: "23,005.58", share: 88.19%}
              - {id: reception, subject: 公务接待费, amount: "3,080", share: 21.81%}
        """

    func temporaryFile(_ text: String, name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-check-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test func checkReportsEveryStatedRelationOfAThreeExpensesExplanation() throws {
        let file = try temporaryFile(Self.sangongOnly, name: "sangong.yaml")
        let run = try jixiao(["check", "--format", "json", file.path])
        #expect(run.status == 0)
        // 26,085.58 ÷ 27,080 = 96.33% ok; −18,987.42 ÷ 45,073 = −42.13% ok; 0 + 23,005.58 + 3,080 = 26,085.58 ok;
        // 23,005.58 ÷ 26,085.58 = 88.19% ok; 3,080 ÷ 26,085.58 = 11.81%, printed 21.81%: mismatch; 0 ÷ … = 0% ok.
        #expect(run.output.contains("\"id\": \"statement.share[reception]\""))
        #expect(run.output.contains("\"checks_only\": true"))
        let text = try jixiao(["check", file.path])
        // completion, growth, the growth's word against the change's, the items' sum and three shares: 7 checks.
        #expect(text.output.contains("共核对 7 项：不一致 1 项，尾数误差 0 项，数据不足 0 项，一致 6 项"), "\(text.output)")
        #expect(text.output.contains("文档 “21.81%”，重新计算 11.81%"))
        // 5 figures of the whole and 2 of each of the 3 items: 11, and every one takes part in a relation.
        #expect(text.output.contains("核对覆盖：文件所列的 11 个数字中，11 个得到核对"), "\(text.output)")
        #expect(try jixiao(["check", "--strict", file.path]).status == 1)
    }

    @Test func nothingVerifiedIsNotAPass() throws {
        // Only figures that relate to nothing: the amount alone.
        let file = try temporaryFile("""
            department: 测试局
            year: 2023
            statements:
              - {subject: 公务接待费, amount: 3.77, counts: {批次: 63}}
            """, name: "lonely.yaml")
        let run = try jixiao(["check", file.path])
        #expect(run.status == 0)
        #expect(run.output.contains("没有任何数据得到核对"))
        #expect(run.output.contains("文件所列的 2 个数字中，0 个得到核对"))
        let strict = try jixiao(["check", "--strict", file.path])
        #expect(strict.status == 1)
        #expect(strict.errors.contains("没有任何数据得到核对"))
    }

    @Test func theGenericBudgetRubricScoresAPartialDocumentOnWhatItHas() throws {
        let file = try temporaryFile(Self.sangongOnly + "\nrubrics: [dept-overall-100]\n", name: "partial.yaml")
        let run = try jixiao(["score", "--rubrics-dir", RepositoryFiles.rubricsDirectory, file.path])
        // No gate: the 05表 figures the rubric marks as key are missing, yet it scores and checks.
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("缺少关键数据"))
        #expect(run.output.contains("无法评级"))
        #expect(run.output.contains("共核对 7 项"))
    }
}

extension CommandLineTests {
    /// Columns before `text`'s first " | " as every terminal draws them: CJK and full-width forms two columns,
    /// everything else (ASCII only, in `--ascii` output) one.
    static func columnsBeforeRule(_ line: String) -> Int? {
        guard let range = line.range(of: " | ") else { return nil }
        return line[..<range.lowerBound].unicodeScalars.reduce(0) { width, scalar in
            let wide = (0x2E80...0x9FFF).contains(scalar.value) || (0xFF00...0xFF60).contains(scalar.value)
            return width + (wide ? 2 : 1)
        }
    }

    @Test func asciiTablesLineUpWhateverTheTerminalDrawsQuotesAs() throws {
        // The annual rubric's indicator names carry “ ”, drawn one or two columns wide depending on the terminal.
        let run = try jixiao(["score", "--ascii", "--rubric", "changsha-annual-130", "submissions/changsha-xinfang-2023.yaml"])
        let rows = run.output.split(separator: "\n").map(String.init).filter { $0.contains(" | ") }
        #expect(rows.count > 10)
        #expect(!rows.contains { $0.contains("“") || $0.contains("”") })
        // Within one table every row's first rule stands at the same column (the first table: header to blank line).
        let firstTable = run.output.components(separatedBy: "\n\n").first { $0.contains(" | ") } ?? ""
        let columns = Set(firstTable.split(separator: "\n").compactMap { Self.columnsBeforeRule(String($0)) })
        #expect(columns.count == 1, "\(columns)")
    }
}
