import Foundation
import Testing
import JixiaoEngine

/// `jixiao init`: the template it writes loads, scores as missing data, and says what each fact is.
@Suite("jixiao init 模板")
struct InitCommandTests {
    let cli = CommandLineTests()

    static let shippedRubrics = [
        "dept-overall-100", "changsha-xinfang-overall-100", "changsha-annual-130", "data-checks", "project-self-assessment-100",
    ]

    func template(_ arguments: [String]) throws -> String {
        let run = try cli.jixiao(["init"] + arguments)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.isEmpty)
        return run.output
    }

    func score(_ text: String) throws -> SubmissionResult {
        let scorer = SubmissionScorer(catalog: RubricCatalog(searchDirectories: [RepositoryFiles.rubricsDirectory]))
        return try scorer.score(bytes: Array(text.utf8), file: "template.yaml")
    }

    /// The unfilled template is a valid submission: nothing is an error, nothing is scored from a made-up 0,
    /// and no check passes on figures nobody wrote.
    @Test(arguments: shippedRubrics)
    func unfilledTemplateLoadsAndScoresNothing(rubric: String) throws {
        let text = try template(["--rubric", rubric, "--department", "测试局", "--year", "2023"])
        let submission = try SubmissionLoader().load(bytes: Array(text.utf8), file: "template.yaml")
        #expect(submission.department == "测试局")
        #expect(submission.year == 2023)
        #expect(submission.unit == "万元")
        #expect(submission.rubrics == [rubric])
        let result = try score(text)
        #expect(result.results.count == 1)
        for rubricResult in result.results {
            for indicator in rubricResult.allIndicators {
                // A data_quality indicator with no check to count is 不适用, which is not a score either.
                #expect([.missingData, .manualPending, .notApplicable].contains(indicator.state),
                        "\(indicator.id) \(indicator.name)：\(indicator.state.chineseName) \(indicator.reason)")
            }
            #expect(rubricResult.score == .zero)
            #expect(rubricResult.maxApplicable == .zero)
            #expect(rubricResult.grade == nil)
            #expect(rubricResult.checks.allSatisfy { $0.verdict == .insufficientData })
            #expect(rubricResult.coverage.statedFigures == 0)
        }
    }

    /// A fact at its dotted path, nested, with its label, kind and unit; a required one says so.
    @Test func deptOverallTemplateNestsFactsWithTheirLabels() throws {
        let lines = try template(["--rubric", "dept-overall-100", "--year", "2023"]).components(separatedBy: "\n")
        // dept-overall-100 declares t05.total.total first: 一般公共预算财政拨款支出合计, amount, required.
        let facts = try #require(lines.firstIndex(of: "facts:"))
        #expect(lines[facts + 1] == "  t05:")
        #expect(lines[facts + 2] == "    total:")
        #expect(lines[facts + 3].hasPrefix("      total: ~ "))
        #expect(lines[facts + 3].hasSuffix("# 一般公共预算财政拨款支出合计（金额，万元；规则标为必需）"))
        // budget.items is a list of records {code, name, initial, final, reason}: an empty key and a commented
        // one-record example with the field names.
        let items = try #require(lines.firstIndex { $0.hasPrefix("    items: ~ ") && $0.contains("# 预算项目（列表，每条一个记录）") })
        #expect(lines[items + 1].hasPrefix("    #   - code: ~ "))
        #expect(lines[items + 1].hasSuffix("# 文本"))
        #expect(lines[items + 3].hasPrefix("    #     initial: ~ "))
        #expect(lines[items + 3].hasSuffix("# 金额，万元"))
        // Without --department the name is a placeholder that still loads.
        #expect(lines.contains { $0.hasPrefix("department: 待填写 ") })
        #expect(lines.contains { $0.hasPrefix("rubrics: [dept-overall-100] ") })
        // No value anywhere is a 0 the document did not print.
        #expect(!lines.contains { $0.range(of: #":\s*0(\.0+)?\s*(#|$)"#, options: .regularExpression) != nil })
    }

    @Test func choiceAndBooleanFactsListTheirValues() throws {
        let text = try template(["--rubric", "changsha-annual-130", "--year", "2023"])
        // rubrics/changsha-annual-130.yaml: work.security.five_nots_achieved is a required boolean and
        // beijing_petitions_trend a choice of 同比下降 / 持平 / 同比上升.
        let lines = text.components(separatedBy: "\n")
        let work = try #require(lines.firstIndex(of: "  work:"))
        #expect(lines[work + 1] == "    security:")
        #expect(lines[work + 2].hasPrefix("      five_nots_achieved: ~ "))
        #expect(lines.contains { $0.hasPrefix("      five_nots_achieved: ~ ") && $0.hasSuffix("# 特护期确保“五个不发生”（是/否；规则标为必需）") })
        #expect(lines.contains { $0.hasPrefix("      beijing_petitions_trend: ~ ") && $0.hasSuffix("（选项：同比下降/持平/同比上升）") })
    }

    /// From the repository root the modeline is relative to it; inside a folder of the repository it climbs
    /// out; outside any checkout a comment explains how to point the editor at the schema.
    @Test func modelinePointsAtTheSchema() throws {
        let printed = try template(["--rubric", "data-checks"])
        #expect(printed.hasPrefix("# yaml-language-server: $schema=schemas/submission.schema.json\n"))

        let inside = RepositoryFiles.root.appendingPathComponent(".build/init-test-\(UUID())")
        try FileManager.default.createDirectory(at: inside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: inside) }
        let file = inside.appendingPathComponent("我局.yaml").path
        #expect(try template(["--out", file]).isEmpty)
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(written.hasPrefix("# yaml-language-server: $schema=../../schemas/submission.schema.json\n"))

        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-init-\(UUID()).yaml")
        defer { try? FileManager.default.removeItem(at: outside) }
        _ = try template(["--out", outside.path])
        let explained = try String(contentsOf: outside, encoding: .utf8)
        #expect(!explained.contains("yaml-language-server:"))
        #expect(explained.contains("yaml.schemas"))
    }

    @Test func outRefusesToOverwriteWithoutForce() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-init-\(UUID()).yaml")
        try "department: 原有内容\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let refused = try cli.jixiao(["init", "--out", file.path])
        #expect(refused.status == 2)
        #expect(refused.errors.contains("文件已存在，未覆盖（要覆盖请加 --force）"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "department: 原有内容\n")
        let forced = try cli.jixiao(["init", "--out", file.path, "--force", "--department", "新局"])
        #expect(forced.status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8).contains("department: 新局 "))
        // No temporary file is left beside it.
        let siblings = try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path)
        #expect(!siblings.contains { $0.hasPrefix(".\(file.lastPathComponent).") })
    }

    @Test func unknownRubricOrACheckSetIsRefused() throws {
        let unknown = try cli.jixiao(["init", "--rubric", "dept-overall-10"])
        #expect(unknown.status == 2)
        #expect(unknown.output.isEmpty)
        #expect(unknown.errors.contains("找不到规则“dept-overall-10”"))
        #expect(unknown.errors.contains("是否想用“dept-overall-100”"))
        let checkSet = try cli.jixiao(["init", "--rubric", "rubrics/checks/hunan-final-accounts.yaml"])
        #expect(checkSet.status == 2)
        #expect(checkSet.errors.contains("这是核对规则集，不是评分规则"))
        // A rubric named by its path is written into `rubrics:` as given, so the file scores the same way.
        let byPath = try template(["--rubric", "rubrics/data-checks.yaml"])
        #expect(byPath.contains("\nrubrics: [rubrics/data-checks.yaml] "))
    }

    /// Without a rubric the template is a frame and an annotated statement, which `jixiao check` accepts.
    @Test func withoutRubricTheTemplateHasAnExampleStatement() throws {
        let text = try template(["--department", "某县文化和旅游局", "--year", "2022"])
        #expect(text.contains("\nstatements:\n  - id: ~ "))
        #expect(text.contains("# rubrics: [dept-overall-100]"))
        let submission = try SubmissionLoader().load(bytes: Array(text.utf8), file: "template.yaml")
        #expect(submission.rubrics.isEmpty)
        // The example and its one inline item; no figure is filled in.
        #expect(submission.statements.map(\.subject) == ["“三公”经费", "公务接待费"])
        #expect(submission.statements.allSatisfy { $0.amount == nil && $0.budget == nil && $0.growth == nil })
        let check = try cli.jixiao(["check", "-"], input: text)
        #expect(check.status == 0, "\(check.errors)")
    }

    /// Names YAML would misread (a truth value, a number, an indicator character, `: ` or ` #`) are quoted.
    @Test(arguments: ["yes", "2023", "- 某局", "某局: 信访", "某局 #1", "\"某局\"", "某局\\分局", " 某局"])
    func departmentNamesSurviveQuoting(name: String) throws {
        let text = try template(["--department=\(name)", "--year", "2023"])
        let submission = try SubmissionLoader().load(bytes: Array(text.utf8), file: "template.yaml")
        #expect(submission.department == name)
    }
}
