import Foundation
import Testing

/// Runs the built `jixiao` executable as a user would, checking output and exit codes.
@Suite("命令行")
struct CommandLineTests {
    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    static let executable = RepositoryFiles.path(".build/debug/jixiao")

    func jixiao(_ arguments: [String], input: String? = nil) throws -> Run {
        guard FileManager.default.isExecutableFile(atPath: Self.executable) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: Self.executable])
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = arguments
        process.currentDirectoryURL = RepositoryFiles.root
        let output = Pipe(), errors = Pipe(), stdin = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                   errors: String(decoding: errorData, as: UTF8.self))
    }

    @Test func scoresTheSeedWithExitZero() throws {
        let run = try jixiao(["score", "submissions/changsha-xinfang-2023.yaml"])
        #expect(run.status == 0)
        #expect(run.output.contains("【重点任务】"))
        #expect(run.output.contains("等级："))
        #expect(run.errors.isEmpty)
    }

    @Test func badFileIsReportedWithLocationAndTheOthersStillScored() throws {
        let broken = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-broken-\(UUID()).yaml")
        try "department: 测试局\nyear: 2023\nfacts: {a: 1\n".write(to: broken, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: broken) }
        let run = try jixiao(["score", broken.path, "submissions/changsha-xinfang-2023.yaml", "--format", "json"])
        #expect(run.status == 2)
        // The seed is still scored: one JSON line per scored submission.
        #expect(run.output.split(separator: "\n").count == 1)
        #expect(run.errors.contains("\(broken.path):"))
        #expect(run.errors.contains("YAML 语法错误"))
    }

    @Test func standardInputAndWrongKindOfValue() throws {
        let submission = """
            department: 测试局
            year: 2023
            rubrics: [changsha-annual-130]
            facts:
              work: {security: {five_nots_achieved: 也许}}
            """
        let run = try jixiao(["score", "-"], input: submission)
        #expect(run.status == 2)
        // Line 5 is `  work: {security: {five_nots_achieved: 也许}}`: 2 spaces, "work:" 3–7, space 8,
        // "{" 9, "security:" 10–18, space 19, "{" 20, "five_nots_achieved:" 21–39, space 40 → 也许 at 41.
        #expect(run.errors.contains("<标准输入>:5:41"))
        #expect(run.errors.contains("facts.work.security.five_nots_achieved"))
        #expect(run.errors.contains("应为布尔值"))
    }

    @Test func unknownRubricGetsAHint() throws {
        let run = try jixiao(["score", "submissions/changsha-xinfang-2023.yaml", "--rubric", "dept-overall-10"])
        #expect(run.status == 2)
        #expect(run.errors.contains("找不到规则“dept-overall-10”"))
        #expect(run.errors.contains("dept-overall-100"))
    }

    @Test func lintPassesTheShippedRubrics() throws {
        let run = try jixiao(["lint", "rubrics/changsha-annual-130.yaml", "rubrics/dept-overall-100.yaml", "rubrics/changsha-xinfang-overall-100.yaml", "rubrics/data-checks.yaml"])
        #expect(run.status == 0)
        #expect(run.output.contains("通过"))
    }

    @Test func strictFailsOnTheSeedsMismatches() throws {
        let run = try jixiao(["score", "--strict", "--rubric", "changsha-xinfang-overall-100", "submissions/changsha-xinfang-2023.yaml"])
        #expect(run.status == 1)
        #expect(run.output.contains("数据核对："))
        #expect(run.errors.contains("数据核对未通过"))
    }

    @Test func strictPassesConsistentFigures() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-strict-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let rubric = directory.appendingPathComponent("mini.yaml")
        try """
            id: mini
            title: 三公经费核对
            total: 1
            facts: {total: amount, abroad: amount, vehicles: amount, reception: amount, rate: percent, budget: amount}
            checks:
              - {id: parts, name: 三公合计 = 分项之和, stated: total, computed: abroad + vehicles + reception}
              - {id: rate, name: 完成预算的百分比, stated: rate, computed: "ratio(total, budget)"}
            groups: [{id: g, name: 组, indicators: [{id: A, name: 控制率, points: 1, method: {rate_times_points: {rate: rate}}}]}]
            """.write(to: rubric, atomically: true, encoding: .utf8)
        func submission(rate: String) -> String {
            // 0.00 + 4.91 + 2.13 = 7.04; 7.04 ÷ 9.13 = 77.108…% → 77.11%
            "department: 测试局\nyear: 2023\nfacts: {total: 7.04, abroad: 0.00, vehicles: 4.91, reception: 2.13, rate: \"\(rate)\", budget: 9.13}\n"
        }
        let good = directory.appendingPathComponent("good.yaml"), bad = directory.appendingPathComponent("bad.yaml")
        try submission(rate: "77.11%").write(to: good, atomically: true, encoding: .utf8)
        try submission(rate: "77.61%").write(to: bad, atomically: true, encoding: .utf8)
        #expect(try jixiao(["score", "--strict", "--rubric", rubric.path, good.path]).status == 0)
        #expect(try jixiao(["score", "--strict", "--rubric", rubric.path, bad.path]).status == 1)
        // Missing data is never a pass: without the budget the rate cannot be verified.
        let unverified = directory.appendingPathComponent("unverified.yaml")
        try "department: 测试局\nyear: 2023\nfacts: {total: 7.04, abroad: 0.00, vehicles: 4.91, reception: 2.13, rate: \"77.11%\"}\n"
            .write(to: unverified, atomically: true, encoding: .utf8)
        #expect(try jixiao(["score", "--strict", "--rubric", rubric.path, unverified.path]).status == 1)
        // Without --strict a mismatch is reported but does not fail the run.
        #expect(try jixiao(["score", "--rubric", rubric.path, bad.path]).status == 0)
    }

    @Test func lintChecksCheckSetsOnTheirOwn() throws {
        let good = try jixiao(["lint", "rubrics/checks/hunan-final-accounts.yaml", "rubrics/checks/scoring-facts.yaml"])
        #expect(good.status == 0)
        #expect(good.output.contains("核对规则集 hunan-final-accounts"))
        let broken = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-set-\(UUID()).yaml")
        try "id: x\nfacts: {a: amount}\nchecks:\n  - {id: c, name: n, stated: a, computed: b + 1}\n"
            .write(to: broken, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: broken) }
        let run = try jixiao(["lint", broken.path])
        #expect(run.status == 2)
        // Line 4 `  - {id: c, name: n, stated: a, computed: b + 1}`: the value starts at column 43.
        #expect(run.errors.contains("\(broken.path):4:43"))
        #expect(run.errors.contains("checks[0].computed"))
    }
}
