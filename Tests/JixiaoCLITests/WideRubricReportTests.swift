import Foundation
import Testing

/// report.html's indicator matrix has one table row per indicator with one cell per department; the cells come
/// department by department and are kept in a temporary file until the table is written. A rubric with many
/// indicators must not hold a file open per indicator, and a row must come back whole and in ranking order.
@Suite("指标很多的规则的对比报告")
struct WideRubricReportTests {
    /// `count` indicators of 1 point each, every one scored as the rate `r` times its points.
    static func rubric(indicators count: Int) -> String {
        let indicators = (1...count).map { number in
            "{id: \(id(number)), name: 指标\(number), points: 1, method: {rate_times_points: {rate: r}}}"
        }
        return """
        id: wide
        title: 宽规则
        total: \(count)
        facts: {r: percent}
        groups: [{id: g, name: 组, indicators: [\(indicators.joined(separator: ", "))]}]

        """
    }

    static func id(_ number: Int) -> String { "I" + String(format: "%03d", number) }

    /// Runs `jixiao batch` with at most 64 open files over one submission per (department, rate); returns
    /// report.html.
    static func report(indicators: Int, departments: [(name: String, rate: String)]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-wide-\(UUID())")
        defer { try? FileManager.default.removeItem(at: root) }
        for folder in ["rubrics", "inputs"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try Data(rubric(indicators: indicators).utf8).write(to: root.appendingPathComponent("rubrics/wide.yaml"))
        for (number, department) in departments.enumerated() {
            let text = "department: \(department.name)\nyear: 2023\nrubrics: [wide]\nfacts: {r: \(department.rate)}\n"
            try Data(text.utf8).write(to: root.appendingPathComponent("inputs/\(String(format: "%03d", number)).yaml"))
        }
        // The shell lowers the limit, then becomes jixiao with the arguments that follow.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", #"ulimit -n 64 && exec "$0" "$@""#, BatchTests.executable,
                             "batch", "inputs", "--out", "out", "--rubrics-dir", "rubrics", "--jobs", "2"]
        process.currentDirectoryURL = root
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "\(errorText)")
        return String(decoding: try Data(contentsOf: root.appendingPathComponent("out/report.html")), as: UTF8.self)
    }

    /// A matrix row as the table writes it: the indicator, its points, then one cell per department.
    static func matrixRow(_ number: Int, cells: [String]) -> String {
        #"<tr><td>\#(id(number)) 指标\#(number)</td><td class="num">1</td>"#
            + cells.map { #"<td class="num">\#($0)</td>"# }.joined() + "</tr>"
    }

    @Test func threeHundredIndicatorsUnderALimitOfSixtyFourOpenFiles() throws {
        let html = try Self.report(indicators: 300, departments: [("甲局", "90%"), ("乙局", "80%")])
        // Each indicator: 90% × 1 point = 0.9 (0.1 lost) and 80% × 1 = 0.8 (0.2 lost); in all 270 and 240.
        #expect(html.contains("第 1 名 甲局（2023年）：270 分"))
        for number in [1, 150, 300] {
            #expect(html.contains(Self.matrixRow(number, cells: ["0.9（失 0.1）", "0.8（失 0.2）"])), "矩阵缺少第 \(number) 行")
        }
    }

    @Test func aRowLongerThanOneSpoolBlockComesBackInRankingOrder() throws {
        // 120 departments: the first 60 at 90%, the rest at 80%, so the ranking puts every 0.9 before every 0.8.
        // A cell is 37 bytes, a row's cells 4,440: more than one 4 KB block of the spool, the rest still pending.
        let departments = (1...120).map { (name: "部门" + String(format: "%03d", $0), rate: $0 <= 60 ? "90%" : "80%") }
        let html = try Self.report(indicators: 20, departments: departments)
        let cells = Array(repeating: "0.9（失 0.1）", count: 60) + Array(repeating: "0.8（失 0.2）", count: 60)
        for number in [1, 20] {
            #expect(html.contains(Self.matrixRow(number, cells: cells)), "矩阵第 \(number) 行不完整或次序不对")
        }
    }
}
