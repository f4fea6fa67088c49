import Foundation
import JixiaoCompare
import JixiaoEngine
import JixiaoRender

/// A failure to read the input folders or to write the output folder; the batch stops with exit code 2.
struct BatchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// The output folder. A run writes everything — results.jsonl, summary.csv, summary-<rubric>.csv,
/// indicators.csv, report.html, reports/ — into a private staging folder `<out>/.jixiao-batch.<pid>` and
/// ``finish()`` moves it into place as a whole, so the folder never holds reports of one run beside results
/// of another. ``abandon()`` (also on Ctrl-C or SIGTERM) removes the staging folder; a later run removes
/// those a killed run left behind.
final class BatchOutputs: @unchecked Sendable {
    /// Outputs with fixed names; `summary-<rubric>.csv` files are matched by ``isRubricSummary(_:)``.
    static let fixedNames = ["results.jsonl", "summary.csv", "indicators.csv", "report.html", "reports"]

    let directory: String
    let staging: String
    let reportsDirectory: String
    private let results: TemporaryFile
    /// summary.csv's rows until the set of columns is known.
    private let summaryRows: CSVRecordSpool
    /// indicators.csv, written as rows come (its columns are fixed).
    private let indicators: TemporaryFile
    /// Per rubric, in first-seen order: the rows of `summary-<id>.csv`.
    private var rubricFiles: [(rubricId: String, rows: CSVRecordSpool)] = []
    /// One row per (submission, rubric) for report.html, which compares them all: a summary in memory, the rest
    /// spooled. Nil under --no-report.
    private let reportRows: BatchReportRows?
    private var gradeOrders: [String: [String]] = [:]
    private var rubricVersions = RubricConsistency()
    /// The rubrics (id and sha256) whose `jixiao.rubric/2` header results.jsonl already holds.
    private var rubricHeaders = Set<[String]>()
    /// Held while the staging folder is moved into place or removed, so a signal never interrupts a move.
    private let placing = NSLock()

    /// Whether report.html is written (it keeps a summary of each submission's rows in memory).
    let writesReport: Bool
    /// Temporaries of earlier, killed runs that were removed when this run started.
    private(set) var removedStale: [String] = []

    init(directory: String, writesReport: Bool = true) throws(BatchError) {
        self.writesReport = writesReport
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw BatchError("错误：输出位置 \(directory) 已存在且不是目录")
        }
        self.directory = directory
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw BatchError("错误：无法创建输出目录 \(directory)：\(OutputPaths.writeFailureReason(directory))")
        }
        removedStale = StaleTemporaries.remove(in: directory)
        staging = directory + "/" + StaleTemporaries.stagingName(pid: getpid())
        reportsDirectory = staging + "/reports"
        do {
            try FileManager.default.createDirectory(atPath: reportsDirectory, withIntermediateDirectories: true)
        } catch {
            throw BatchError("错误：无法在输出目录 \(directory) 中写入：\(OutputPaths.writeFailureReason(staging))")
        }
        do {
            results = try TemporaryFile(for: staging + "/results.jsonl")
            summaryRows = try CSVRecordSpool(for: staging + "/summary.csv", leading: SummaryCSV.leadingColumns,
                                             trailing: SummaryCSV.trailingColumns)
            indicators = try TemporaryFile(for: staging + "/indicators.csv")
            try indicators.write(CSVWriter.byteOrderMark + IndicatorsCSV.header)
            reportRows = writesReport ? try BatchReportRows(directory: staging) : nil
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw error
        }
    }

    /// Appends a scored submission's outputs, rendered by its worker; on the consumer's thread, in input order.
    func add(_ scored: BatchOutcome.ScoredSubmission, reportName: String) throws(BatchError) {
        if let reportRows {
            for row in scored.reportRows { try reportRows.add(row) }
        }
        for rubric in scored.rubrics {
            rubricVersions.include(rubricId: rubric[0], sha256: rubric[1], path: scored.path)
        }
        self.gradeOrders.merge(scored.gradeOrders) { first, _ in first }
        // A result line names its checks by id; their text stands once, in its rubric's header before it.
        for rubric in scored.rubrics where rubricHeaders.insert(rubric).inserted {
            guard let header = scored.headers[rubric] else {
                throw BatchError("错误：results.jsonl 缺少规则 \(rubric[0]) 的说明行（内部错误）")
            }
            try results.write(bytes: header)
        }
        try results.write(bytes: scored.jsonLine)
        try results.write(bytes: Self.lineEnd)
        for (row, record) in scored.summaryRows { try summaryRows.add(row, ownRecord: record) }
        for (rubricId, row, record) in scored.rubricRows {
            if !rubricFiles.contains(where: { $0.rubricId == rubricId }) {
                let name = RubricSummaryCSV.fileName(rubricId: rubricId)
                rubricFiles.append((rubricId, try CSVRecordSpool(for: staging + "/" + name, leading: RubricSummaryCSV.leadingColumns,
                                                                 trailing: RubricSummaryCSV.trailingColumns)))
            }
            let index = rubricFiles.firstIndex { $0.rubricId == rubricId }!
            try rubricFiles[index].rows.add(row, ownRecord: record)
        }
        try indicators.write(bytes: scored.indicatorRecords)
        try Self.writeWhole(scored.report, to: reportsDirectory + "/" + reportName)
    }

    /// Writes a file of the staging folder in one go under its own name. The folder is moved into place as a
    /// whole, so the file needs no temporary name and rename of its own: making them cost more than writing a
    /// submission's report.
    private static func writeWhole(_ bytes: RenderedBytes, to path: String) throws(BatchError) {
        // The system's reason, read before anything else can change errno.
        func failed() -> BatchError { BatchError("错误：无法写入 \(path)（\(String(cString: strerror(errno)))）") }
        // Read and write for all, less the umask, as a file FileManager creates.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o666)
        guard descriptor >= 0 else { throw failed() }
        guard bytes.withUnsafeBufferPointer({ DescriptorWriting.writeAll(UnsafeRawBufferPointer($0), to: descriptor) }) else {
            let error = failed()
            _ = close(descriptor)
            throw error
        }
        guard close(descriptor) == 0 else { throw failed() }
    }

    /// Writes the summaries from the spooled rows and report.html from the comparison, then moves the run
    /// into place. Returns the rubric ids scored with different rubric files: then no report.html is
    /// written, since it would rank results of different rules together.
    /// - Parameter jobs: how many threads may write report.html's sections at once.
    func finish(jobs: Int = 1) throws(BatchError) -> [RubricConflict] {
        let conflicts = rubricVersions.conflicts
        if let reportRows, conflicts.isEmpty {
            let html = try TemporaryFile(for: staging + "/report.html")
            do {
                try writeReport(reportRows, to: html, jobs: jobs)
                try html.commit()
            } catch {
                html.discard()
                throw error
            }
        }
        reportRows?.discard()
        let summary = try TemporaryFile(for: staging + "/summary.csv")
        var perRubric: [TemporaryFile] = []
        do {
            try summaryRows.write(to: summary)
            for file in rubricFiles {
                let output = try TemporaryFile(for: file.rows.finalPath)
                perRubric.append(output)
                try file.rows.write(to: output)
            }
            try results.commit()
            try summary.commit()
            try indicators.commit()
            for output in perRubric { try output.commit() }
        } catch {
            summary.discard()
            perRubric.forEach { $0.discard() }
            throw error
        }
        summaryRows.discard()
        rubricFiles.forEach { $0.rows.discard() }
        try placeRun()
        return conflicts
    }

    /// report.html from the rows' summaries and the spooled rows. Each rubric's comparison and section is made on a
    /// thread of its own, `jobs` at most at once, into a temporary file of its own; the sections are then copied
    /// in order between the report's start, which names every comparison, and its end.
    private func writeReport(_ rows: BatchReportRows, to html: TemporaryFile, jobs: Int) throws(BatchError) {
        let renderer = HTMLReportRenderer(engineVersion: Jixiao.version, title: "部门绩效批量评分报告")
        let rubrics = try rows.takeSummaries()
        var sections: [TemporaryFile] = []
        defer { sections.forEach { $0.discard() } }
        for index in rubrics.indices {
            sections.append(try TemporaryFile(for: staging + "/report.html", purpose: "section\(index)"))
        }
        let work = SectionWork(files: sections)
        let gradeOrders = gradeOrders
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, rubrics.count))) { _ in
            while let index = work.claim() {
                do throws(BatchError) {
                    let comparison = try rows.comparison(rubric: index, summaries: rubrics[index].summaries.take(),
                                                         gradeOrder: gradeOrders[rubrics[index].id])
                    try BatchError.passing {
                        try renderer.writeSection(comparison, number: index + 1, rows: rows,
                                                  to: { try work.files[index].write($0) },
                                                  utf8: { try work.files[index].write(bytes: $0) })
                    }
                    try work.files[index].finishWriting()
                    work.finish(index, .success(comparison))
                } catch {
                    work.finish(index, .failure(error))
                }
            }
        }
        let comparisons = try work.comparisons()
        try BatchError.passing { try renderer.writeStart(comparisons) { try html.write($0) } }
        for section in sections {
            let left = try section.forEachBlock { (bytes: [UInt8]) throws(BatchError) -> Int in
                try html.write(bytes: bytes)
                return bytes.count
            }
            if left > 0 { throw BatchError("错误：无法读取 \(section.path)") }
        }
        try BatchError.passing { try renderer.writeEnd { try html.write($0) } }
    }

    /// What ends a line of results.jsonl.
    private static let lineEnd: [UInt8] = [UInt8(ascii: "\n")]

    static func isRubricSummary(_ name: String) -> Bool {
        name.hasPrefix("summary-") && name.hasSuffix(".csv")
    }

    /// Replaces the outputs of any earlier run with this run's, then removes the staging folder.
    /// An output of an earlier run that this run did not write (report.html under --no-report, the
    /// summary of a rubric no longer scored) is removed, not left beside the new ones.
    private func placeRun() throws(BatchError) {
        placing.lock()
        defer { placing.unlock() }
        let fileManager = FileManager.default
        let previousReports = directory + "/" + StaleTemporaries.previousReportsName(pid: getpid())
        if fileManager.fileExists(atPath: directory + "/reports") {
            guard rename(directory + "/reports", previousReports) == 0 else {
                throw BatchError("错误：无法替换 \(directory)/reports（\(String(cString: strerror(errno)))）")
            }
        }
        let written = Set(((try? fileManager.contentsOfDirectory(atPath: staging)) ?? []).filter { !$0.hasPrefix(".") })
        let earlier = ((try? fileManager.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { Self.fixedNames.contains($0) || Self.isRubricSummary($0) }
        for name in written.sorted() {
            guard rename(staging + "/" + name, directory + "/" + name) == 0 else {
                throw BatchError("错误：无法写入 \(directory)/\(name)（\(String(cString: strerror(errno)))）")
            }
        }
        for name in earlier where !written.contains(name) && name != "reports" {
            unlink(directory + "/" + name)
        }
        try? fileManager.removeItem(atPath: previousReports)
        try? fileManager.removeItem(atPath: staging)
    }

    /// Removes the staging folder and everything in it, leaving the outputs of the last finished run.
    func abandon() {
        placing.lock()
        defer { placing.unlock() }
        results.discard()
        summaryRows.discard()
        indicators.discard()
        rubricFiles.forEach { $0.rows.discard() }
        reportRows?.discard()
        try? FileManager.default.removeItem(atPath: staging)
    }

    /// For a signal handler: waits for a move in progress to end, then removes the staging folder.
    /// The lock is kept, since the process exits next.
    func abandonForExit() {
        placing.lock()
        try? FileManager.default.removeItem(atPath: staging)
    }
}
