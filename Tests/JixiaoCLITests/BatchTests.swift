import Foundation
import JixiaoRender
import Testing

/// `jixiao batch`: runs the built executable over temporary folders and reads what it wrote.
@Suite("批量评分")
struct BatchTests {
    struct Run {
        var status: Int32
        var errors: String
    }

    /// The `jixiao` built alongside these tests: `JIXIAO_EXECUTABLE` if set; else the one next to the test
    /// runner (Linux: `<build>/debug/<package>PackageTests.xctest`; macOS: inside that bundle), so a
    /// `--scratch-path` build tests its own binary; else `.build/debug/jixiao` in the repository.
    static let executable: String = {
        if let path = ProcessInfo.processInfo.environment["JIXIAO_EXECUTABLE"] { return path }
        var candidates: [URL] = []
        if let runner = Bundle.main.executableURL {
            candidates.append(runner.deletingLastPathComponent().appendingPathComponent("jixiao"))
        }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("jixiao"))
        }
        let repository = URL(fileURLWithPath: RepositoryFiles.path(".build/debug/jixiao"))
        candidates.append(repository)
        return (candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? repository).path
    }()

    func jixiao(_ arguments: [String]) throws -> Run {
        guard FileManager.default.isExecutableFile(atPath: Self.executable) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: Self.executable])
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = arguments
        process.currentDirectoryURL = RepositoryFiles.root
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, errors: String(decoding: errorData, as: UTF8.self))
    }

    /// A fresh temporary folder holding `inputs/` with the given files: name → contents (nil = the seed).
    func folder(_ files: [(String, String?)]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-batch-\(UUID())")
        let inputs = root.appendingPathComponent("inputs")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        let seed = try Data(contentsOf: URL(fileURLWithPath: RepositoryFiles.seedSubmission))
        for (name, contents) in files {
            try (contents.map { Data($0.utf8) } ?? seed).write(to: inputs.appendingPathComponent(name))
        }
        return root
    }

    func contents(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

    static let broken = "department: 测试局\nyear: 2023\nfacts: {a: 1\n"

    @Test func scoresAFolderWritesEveryOutputAndReportsTheBadFile() throws {
        // "b,copy.yaml" sorts after "a.yaml" and before "c-broken.yaml"; its comma must be quoted in the CSV.
        let root = try folder([("c-broken.yaml", Self.broken), ("b,copy.yaml", nil), ("a.yaml", nil)])
        defer { try? FileManager.default.removeItem(at: root) }
        let inputs = root.appendingPathComponent("inputs").path
        let out = root.appendingPathComponent("out")
        let run = try jixiao(["batch", inputs, "--out", out.path, "--jobs", "2"])

        #expect(run.status == 2)
        // The flow mapping `{a: 1` opened on line 3 is still open when the input ends, after the last
        // newline: line 4, column 1.
        #expect(run.errors.contains("\(inputs)/c-broken.yaml:4:1: 错误：YAML 语法错误"))
        #expect(run.errors.contains("共 3 个文件：评分 2 个，失败 1 个；结果已写入 \(out.path)"))
        // Standard error is a pipe here, so no progress bar (it redraws with carriage returns).
        #expect(!run.errors.unicodeScalars.contains("\r"))

        // report.html: the comparison of the scored files, self-contained (no external references).
        let html = String(decoding: try contents(out.appendingPathComponent("report.html")), as: UTF8.self)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg"))
        #expect(!html.contains("http://") && !html.contains("https://"))

        // results.jsonl: one compact jixiao.result/2 object per scored file, in input (sorted) order, after the
        // jixiao.rubric/2 header of each rubric the seed names, written once, before the first result using it.
        let lines = String(decoding: try contents(out.appendingPathComponent("results.jsonl")), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 5 && lines.last == "")
        let objects = try lines.dropLast().map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        #expect(objects.map { $0["schema"] as? String } == ["jixiao.rubric/2", "jixiao.rubric/2", "jixiao.result/2", "jixiao.result/2"])
        #expect(objects.prefix(2).map { ($0["rubric"] as? [String: Any])?["id"] as? String }
                == ["changsha-annual-130", "changsha-xinfang-overall-100"])
        let paths = objects.dropFirst(2).map { ($0["submission"] as? [String: Any])?["path"] as? String }
        #expect(paths == ["\(inputs)/a.yaml", "\(inputs)/b,copy.yaml"])

        // summary.csv: UTF-8 BOM, CRLF after every record, the documented columns.
        let csvBytes = try contents(out.appendingPathComponent("summary.csv"))
        #expect(csvBytes.prefix(3) == [0xEF, 0xBB, 0xBF])
        let csv = String(decoding: csvBytes.dropFirst(3), as: UTF8.self)
        let newlines = csv.unicodeScalars.filter { $0 == "\n" }.count
        #expect(newlines > 0 && csv.components(separatedBy: "\r\n").count - 1 == newlines)
        #expect(csv.hasSuffix("\r\n"))
        let records = csv.components(separatedBy: "\r\n").dropLast()
        // Header + 2 scored files × the 2 rubrics the seed names (changsha-annual-130, changsha-xinfang-overall-100).
        #expect(records.count == 5)
        let header = records.first ?? ""
        // summary.csv has the same columns for every rubric, units in the headers (issue 11: no sparse union).
        // 评价对象 and the claimed totals are filled for self-assessment forms and claimed scores.
        #expect(header == "文件,部门,年度,规则,规则版本,总分（分）,可评分值（分）,满分（分）,得分率（%）,等级,评定状态,一票否决,评价对象,自评分合计（分）,自评指标计算得分（分）,不一致数（项）,数据不足数（项）,问题数（条）")
        #expect(records.dropFirst().first?.hasPrefix("\(inputs)/a.yaml,长沙市信访局,2023,changsha-annual-130,") == true)
        // Group, indicator and metric columns are in one file per rubric, numbers only, units in the headers.
        let perRubric = String(decoding: try contents(out.appendingPathComponent("summary-changsha-xinfang-overall-100.csv")).dropFirst(3), as: UTF8.self)
        let rubricHeader = perRubric.components(separatedBy: "\r\n").first ?? ""
        #expect(rubricHeader.contains(",分组:投入（分）,"))
        #expect(rubricHeader.contains(",B1 预算执行率（对调整后预算）（分）,"))
        #expect(rubricHeader.contains(",计算项:预算执行率（对调整后预算，自评报告口径）（%）,"))
        #expect(perRubric.components(separatedBy: "\r\n").count - 1 == 3)
        let long = String(decoding: try contents(out.appendingPathComponent("indicators.csv")).dropFirst(3), as: UTF8.self)
        #expect(long.hasPrefix("文件,部门,年度,规则,规则版本,分组,指标,指标名称,类型,分值（分）,得分（分）,失分（分）,状态\r\n"))
        #expect(records.dropFirst(3).first?.hasPrefix("\"\(inputs)/b,copy.yaml\",长沙市信访局,2023,") == true)

        // One Markdown report per scored file, and no temporary file left behind.
        let reports = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("reports").path)
        #expect(reports.sorted() == ["a.md", "b,copy.md"])
        let report = String(decoding: try contents(out.appendingPathComponent("reports/a.md")), as: UTF8.self)
        #expect(report.contains("提交文件：`\(inputs)/a.yaml`"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
                == ["indicators.csv", "report.html", "reports", "results.jsonl", "summary-changsha-annual-130.csv",
                    "summary-changsha-xinfang-overall-100.csv", "summary.csv"])
    }

    @Test func outputsAreByteIdenticalAcrossRunsAndJobCounts() throws {
        let root = try folder((1...5).map { ("s\($0).yaml", nil) } + [("s3-bad.yaml", Self.broken)])
        defer { try? FileManager.default.removeItem(at: root) }
        let inputs = root.appendingPathComponent("inputs").path
        var outputs: [[String: [UInt8]]] = []
        for (index, jobs) in ["1", "3", "3"].enumerated() {
            let out = root.appendingPathComponent("out\(index)")
            let run = try jixiao(["batch", inputs, "--out", out.path, "--jobs", jobs])
            #expect(run.status == 2)
            var files: [String: [UInt8]] = [:]
            for name in ["results.jsonl", "summary.csv", "reports/s1.md", "reports/s5.md"] {
                files[name] = try contents(out.appendingPathComponent(name))
            }
            outputs.append(files)
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[1] == outputs[2])
        // 5 good files of 6: five result lines after the headers of the seed's two rubrics.
        #expect(outputs[0]["results.jsonl"]?.filter { $0 == UInt8(ascii: "\n") }.count == 2 + 5)
    }

    @Test func outputPathThatIsAFileWritesNothing() throws {
        let root = try folder([("a.yaml", nil)])
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out")
        try Data("不是目录".utf8).write(to: out)
        let run = try jixiao(["batch", root.appendingPathComponent("inputs").path, "--out", out.path])
        #expect(run.status == 2)
        #expect(run.errors.contains("不是目录"))
        #expect(try contents(out) == Array("不是目录".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["inputs", "out"])
    }

    @Test func reportNamesStayDistinctAndFilesAreKeptInArgumentOrder() throws {
        let root = try folder([("a.yaml", nil), ("a.yml", nil)])
        defer { try? FileManager.default.removeItem(at: root) }
        let inputs = root.appendingPathComponent("inputs")
        let out = root.appendingPathComponent("out")
        // Files given one by one keep the order given, not sorted: a.yml first.
        let run = try jixiao(["batch", inputs.appendingPathComponent("a.yml").path,
                              inputs.appendingPathComponent("a.yaml").path, "--out", out.path])
        #expect(run.status == 0)
        #expect(run.errors.contains("共 2 个文件：评分 2 个，失败 0 个"))
        let reports = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("reports").path)
        #expect(reports.sorted() == ["a-2.md", "a.md"])
        let first = String(decoding: try contents(out.appendingPathComponent("reports/a.md")), as: UTF8.self)
        #expect(first.contains("a.yml`"))
    }

    @Test func emptyFolderIsAnError() throws {
        let root = try folder([])
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try jixiao(["batch", root.appendingPathComponent("inputs").path, "--out", root.appendingPathComponent("out").path])
        #expect(run.status == 2)
        #expect(run.errors.contains("没有找到要评分的 YAML 文件"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("out").path))
    }

    @Test func noReportSkipsTheComparison() throws {
        let root = try folder([("a.yaml", nil)])
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out")
        let run = try jixiao(["batch", root.appendingPathComponent("inputs").path, "--out", out.path, "--no-report"])
        #expect(run.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
                == ["indicators.csv", "reports", "results.jsonl", "summary-changsha-annual-130.csv", "summary-changsha-xinfang-overall-100.csv",
                    "summary.csv"])
    }

    // MARK: - CSV text

    @Test func csvQuotesOnlyWhatRFC4180Requires() {
        #expect(CSVWriter.field("长沙市信访局") == "长沙市信访局")
        #expect(CSVWriter.field("a,b") == "\"a,b\"")
        #expect(CSVWriter.field("说“好”\"x\"") == "\"说“好”\"\"x\"\"\"")
        #expect(CSVWriter.field("一\r\n二") == "\"一\r\n二\"")
        #expect(CSVWriter.field("一\n二") == "\"一\n二\"")
        #expect(CSVWriter.record(["a", "b,c", ""]) == "a,\"b,c\",\r\n")
    }

    @Test func summaryColumnsAreTheUnionInFirstSeenOrder() {
        let leading = ["f", "d", "2023", "r", "1", "2", "3", "良"]
        let first = SummaryCSV.Row(leading: leading, cells: [.init(column: "分组:甲", value: "1.5"),
                                                             .init(column: "计算项:率", value: "88.61%")],
                                   trailing: ["0", "1"])
        let second = SummaryCSV.Row(leading: leading, cells: [.init(column: "分组:乙", value: "2"),
                                                              .init(column: "计算项:率", value: "9%")],
                                    trailing: ["2", "3"])
        var columns = SummaryCSV.Columns()
        columns.include(first)
        columns.include(second)
        #expect(columns.names == ["分组:甲", "计算项:率", "分组:乙"])
        #expect(columns.record(first) == "f,d,2023,r,1,2,3,良,1.5,88.61%,,0,1\r\n")
        #expect(columns.record(second) == "f,d,2023,r,1,2,3,良,,9%,2,2,3\r\n")
        #expect(columns.header(leading: ["a"], trailing: ["z"]) == "a,分组:甲,计算项:率,分组:乙,z\r\n")
    }

    /// A record made before a later row added columns gets their empty cells before its trailing fields.
    @Test func splitRecordsTakeColumnsAddedLater() {
        let leading = ["f", "d", "2023"]
        let first = SummaryCSV.Row(leading: leading, cells: [.init(column: "分组:甲", value: "1.5"),
                                                             .init(column: "计算项:率", value: "a,b")],
                                   trailing: ["0", "1"])
        let second = SummaryCSV.Row(leading: leading, cells: [.init(column: "分组:乙", value: "2"),
                                                              .init(column: "计算项:率", value: "9")],
                                    trailing: ["2", "3"])
        var columns = SummaryCSV.Columns()
        columns.include(first)
        #expect(first.hasColumns(columns.names))
        let early = first.ownRecord
        #expect(early == SummaryCSVSplitRecord(head: "f,d,2023,1.5,\"a,b\"", tail: ",0,1\r\n", columnCount: 2))
        columns.include(second)
        #expect(!second.hasColumns(columns.names))
        // Under 分组:甲, 计算项:率, 分组:乙 the first row has one empty cell more, the second none missing.
        #expect(early.record(extraColumns: columns.names.count - early.columnCount) == "f,d,2023,1.5,\"a,b\",,0,1\r\n")
        #expect(early.record(extraColumns: 1) == columns.record(first))
        let late = columns.splitRecord(second)
        #expect(late.columnCount == 3)
        #expect(late.record(extraColumns: 0) == "f,d,2023,,9,2,2,3\r\n")
        // Without leading fields the first value starts the record: no comma before it.
        let bare = SummaryCSV.Row(leading: [], cells: [.init(column: "分组:甲", value: "1"), .init(column: "分组:乙", value: "2")],
                                  trailing: ["3"])
        #expect(bare.ownRecord == SummaryCSVSplitRecord(head: "1,2", tail: ",3\r\n", columnCount: 2))
    }
}
