import Foundation
import Testing

/// `jixiao extract DOCUMENT` and `jixiao check DOCUMENT` run as a user would, on a small page written by the test.
@Suite("命令行：读取文档")
struct DocumentCommandTests {
    /// A 三公 explanation in the shape real pages print it; its 完成率 is wrong on purpose: 1.71 ÷ 3 = 57 %, not 43 %.
    static let page = """
    某文物保护中心2023年度“三公”经费支出决算情况说明
    （一）总体情况
    “三公”经费支出预算为3万元，支出决算为1.71万元，完成预算的43%，较上年减少1.29万元，下降43%。
    （二）具体情况
    公务接待费支出决算0.53万元，接待10批次100人次。
    """

    private func write(_ text: String, _ name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-doc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    private func jixiao(_ arguments: [String]) throws -> CommandLineTests.Run {
        try CommandLineTests().jixiao(arguments)
    }

    @Test func checkOnADocumentPointsAtItsLineAndSentence() throws {
        let url = try write(Self.page, "某中心2023年度三公经费.txt")
        let run = try jixiao(["check", url.path])
        #expect(run.status == 0)
        #expect(run.output.contains("某文物保护中心 2023 年度"))
        // the finding names the document's line 3 and quotes its sentence
        #expect(run.output.contains("第 3 行"))
        #expect(run.output.contains("原文：““三公”经费支出预算为3万元，支出决算为1.71万元，完成预算的43%，"))
        #expect(run.output.contains("文档 “43%”，重新计算 57.00%"))
        // how much was understood goes to standard error: 3, 1.71, 43%, 1.29, 43%, 0.53, 10, 100 — all bound
        #expect(run.errors.contains("识别数字 8 个，其中 8 个（100.0%）已归入陈述或表格"))
    }

    @Test func strictFailsOnTheDocumentsMismatch() throws {
        let url = try write(Self.page, "p.txt")
        #expect(try jixiao(["check", "--strict", url.path]).status == 1)
    }

    @Test func jsonKeepsTheContractWithTheDocumentsPlace() throws {
        let url = try write(Self.page, "p.txt")
        let run = try jixiao(["check", "--format", "json", url.path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "jixiao.result/1")
        let results = try #require(object["results"] as? [[String: Any]])
        let checks = try #require(results.first?["checks"] as? [[String: Any]])
        let completion = try #require(checks.first { ($0["id"] as? String)?.hasPrefix("statement.completion[") == true })
        #expect(completion["verdict"] as? String == "mismatch")
        // “43%” starts at column 33: “三公”经费支出预算为3万元，支出决算为1.71万元，完成预算的 is 32 characters
        #expect((completion["location"] as? String)?.hasSuffix("p.txt:3:33") == true)
    }

    @Test func extractWritesASubmissionThatScoreAccepts() throws {
        let url = try write(Self.page, "p.txt")
        let out = url.deletingLastPathComponent().appendingPathComponent("p.yaml")
        let extract = try jixiao(["extract", url.path, "--out", out.path])
        #expect(extract.status == 0)
        let yaml = try String(contentsOf: out, encoding: .utf8)
        #expect(yaml.contains("department: \"某文物保护中心\""))
        #expect(yaml.contains("completion_rate: \"43%\""))
        #expect(try jixiao(["score", out.path]).status == 0)
        #expect(try jixiao(["check", out.path]).output.contains("文档 “43%”"))
    }

    @Test func extractNeverWritesOverItsDocument() throws {
        let url = try write(Self.page, "p.txt")
        let run = try jixiao(["extract", url.path, "--out", url.path])
        #expect(run.status == 2)
        #expect(run.errors.contains("不能覆盖输入"))
        // The document is as it was.
        #expect(try String(contentsOf: url, encoding: .utf8) == Self.page)
        // A folder given as the document gets the message every input gets.
        let folder = try jixiao(["extract", url.deletingLastPathComponent().path])
        #expect(folder.status == 2 && folder.errors.contains("这是一个目录"))
    }

    @Test func badDocumentsExitTwoWithAMessage() throws {
        let junk = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-junk-\(UUID().uuidString).docx")
        try Data([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0x41, count: 300)).write(to: junk)
        let run = try jixiao(["check", junk.path])
        #expect(run.status == 2)
        #expect(run.errors.contains("已损坏"))
        let missing = try jixiao(["extract", "/nonexistent/决算.txt"])
        #expect(missing.status == 2)
        #expect(missing.errors.contains("文件不存在"))
    }
}
