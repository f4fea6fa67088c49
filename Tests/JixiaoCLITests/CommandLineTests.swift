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
        let run = try jixiao(["lint", "rubrics/changsha-annual-130.yaml", "rubrics/dept-overall-100.yaml"])
        #expect(run.status == 0)
        #expect(run.output.contains("通过"))
    }
}
