import Foundation
import Testing

/// A batch stopped with Ctrl-C leaves the output folder as the last finished run wrote it.
@Suite("中断的批量评分")
struct InterruptedBatchTests {
    @Test func sigintMidRunRemovesTheStagingFolderAndKeepsThePreviousRun() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-interrupt-\(UUID())")
        let inputs = folder.appendingPathComponent("in"), out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let seed = try Data(contentsOf: URL(fileURLWithPath: RepositoryFiles.seedSubmission))
        try seed.write(to: inputs.appendingPathComponent("a.yaml"))

        // A finished run over one file.
        let rubrics = RepositoryFiles.path("rubrics")
        let first = try BadInputCatalogueTests.run(["batch", inputs.path, "--out", out.path, "--rubrics-dir", rubrics], in: folder)
        #expect(first.status == 0)
        let firstResults = try Data(contentsOf: out.appendingPathComponent("results.jsonl"))

        // A second, longer run, interrupted once it has written a report into its staging folder.
        for index in 0..<60 { try seed.write(to: inputs.appendingPathComponent("b\(index).yaml")) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BatchTests.executable)
        process.arguments = ["batch", inputs.path, "--out", out.path, "--jobs", "1", "--rubrics-dir", rubrics]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let staging = out.appendingPathComponent(".jixiao-batch.\(process.processIdentifier)/reports").path
        // Waits for a state, not for a time: the run has scored at least one file and has 59 to go.
        while process.isRunning, ((try? FileManager.default.contentsOfDirectory(atPath: staging)) ?? []).filter({ !$0.hasPrefix(".") }).isEmpty {
            usleep(2_000)
        }
        #expect(process.isRunning, "the run ended before it could be interrupted")
        process.interrupt()
        process.waitUntilExit()

        // 128 + SIGINT (2).
        #expect(process.terminationStatus == 130)
        #expect(BadInputCatalogueTests.hiddenEntries(in: out).isEmpty)
        #expect(try Data(contentsOf: out.appendingPathComponent("results.jsonl")) == firstResults)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("reports").path) == ["a.md"])
    }
}
