import ArgumentParser
import Foundation
import JixiaoCompare
import JixiaoEngine
import JixiaoRender

/// `jixiao batch DIR|FILE... --out DIR`: scores many submissions on all cores and writes
/// `results.jsonl`, `summary.csv`, `reports/<name>.md` and the comparison `report.html` into the output folder.
///
/// Submissions are scored in parallel but written in input order, and at most 2 × jobs results are held
/// at any time, so memory stays flat however many files there are and the output is the same on every run.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "批量评分：为一个目录或多个提交文件评分，结果写入输出目录。",
        discussion: """
        目录参数表示其中所有 *.yaml / *.yml 文件（按文件名排序，不含子目录，不含以 . 开头的文件）。
        输出目录中写入：results.jsonl（每行一个 jixiao.result/1 结果，顺序与输入相同）、
        summary.csv（每个提交文件每个规则一行，UTF-8 带 BOM，可直接用 Excel 打开）、reports/<文件名>.md（逐份报告）。
        每个输出文件要么完整写出，要么不写。某个文件有错误时照常处理其余文件，最后以退出码 2 结束。
        """
    )

    @Argument(help: ArgumentHelp("提交文件（YAML）或包含提交文件的目录。", valueName: "dir|file"))
    var inputs: [String]

    @Option(name: .customLong("out"), help: ArgumentHelp("输出目录（不存在时创建）。", valueName: "dir"))
    var outputDirectory: String

    @Option(name: .customLong("rubric"), help: ArgumentHelp("规则标识或文件路径，可重复；默认取提交文件的 rubrics 字段。", valueName: "id|path"))
    var rubrics: [String] = []

    @Option(name: .customLong("rubrics-dir"), help: ArgumentHelp("按标识查找规则的目录（默认 ./rubrics，再找提交文件上一级的 rubrics/）。", valueName: "dir"))
    var rubricsDirectory: String?

    @Option(help: ArgumentHelp("同时评分的文件数（默认为处理器核数）。", valueName: "n"))
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs 应为正整数") }
        if inputs.contains("-") { throw ValidationError("batch 不支持标准输入（-），请给出文件或目录") }
    }

    func run() throws {
        let files: [BatchInput]
        let outputs: BatchOutputs
        do {
            files = try BatchInput.collect(inputs, rubricsDirectory: rubricsDirectory)
            outputs = try BatchOutputs(directory: outputDirectory)
        } catch {
            StandardError.write(error.description)
            throw ExitCodes.badInput
        }

        let jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let rubrics = rubrics
        let progress = ProgressBar(total: files.count)
        var failed = 0
        do {
            try OrderedParallelWork.run(count: files.count, jobs: jobs, window: 2 * jobs, transform: { index in
                BatchOutcome(scoring: files[index], rubrics: rubrics)
            }, consume: { index, outcome in
                switch outcome {
                case .scored(let scored):
                    try outputs.add(scored, reportName: files[index].reportName,
                                    gradeOrders: Self.gradeOrders(of: scored.result, catalog: files[index].catalog))
                case .failed(let message):
                    failed += 1
                    progress.clear()
                    StandardError.write(message)
                }
                progress.update(done: index + 1)
            })
            try outputs.finish()
        } catch {
            outputs.abandon()
            progress.clear()
            StandardError.write((error as? BatchError)?.description ?? "错误：\(error)")
            throw ExitCodes.badInput
        }
        progress.clear()
        StandardError.write("共 \(files.count) 个文件：评分 \(files.count - failed) 个，失败 \(failed) 个；结果已写入 \(outputDirectory)")
        if failed > 0 { throw ExitCodes.badInput }
    }

    /// Grade names of each rubric, best first, for the report's grade counts.
    static func gradeOrders(of result: SubmissionResult, catalog: RubricCatalog) -> [String: [String]] {
        var orders: [String: [String]] = [:]
        for rubricResult in result.results {
            if let rubric = try? catalog.rubric(rubricResult.rubric.id) {
                orders[rubric.id] = rubric.grades.bands.map(\.name) + [rubric.grades.lowest]
            }
        }
        return orders
    }
}

// MARK: - Inputs

/// One submission file of a batch, with the catalog it takes rubrics from and the name of its report.
struct BatchInput: Sendable {
    var path: String
    /// File name of its Markdown report inside reports/, unique within the batch.
    var reportName: String
    var catalog: RubricCatalog

    /// Expands directories, keeps the order given, and gives every file a distinct report name.
    /// Submissions that look for rubrics in the same folders share one catalog, so each rubric is compiled once.
    static func collect(_ arguments: [String], rubricsDirectory: String?) throws(BatchError) -> [BatchInput] {
        var paths: [String] = []
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue else {
                paths.append(argument) // a missing file is reported, like any bad file, when its turn comes
                continue
            }
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: argument) else {
                throw BatchError("错误：无法读取目录 \(argument)")
            }
            let base = argument.hasSuffix("/") ? argument : argument + "/"
            paths += names.filter { name in
                var entryIsDirectory: ObjCBool = false
                return !name.hasPrefix(".") && (name.hasSuffix(".yaml") || name.hasSuffix(".yml"))
                    && FileManager.default.fileExists(atPath: base + name, isDirectory: &entryIsDirectory)
                    && !entryIsDirectory.boolValue
            }.sorted().map { base + $0 }
        }
        if paths.isEmpty { throw BatchError("错误：没有找到要评分的 YAML 文件（\(arguments.joined(separator: " "))）") }

        var catalogs: [[String]: RubricCatalog] = [:]
        let names = reportNames(for: paths)
        return zip(paths, names).map { path, name in
            let proposed = RubricCatalogs.catalog(for: path, directory: rubricsDirectory)
            let catalog = catalogs[proposed.searchDirectories, default: proposed]
            catalogs[proposed.searchDirectories] = catalog
            return BatchInput(path: path, reportName: name, catalog: catalog)
        }
    }

    /// `<stem>.md`; a stem already taken (a.yaml and a.yml, or the same name in two folders) gets `-2`, `-3`, …
    /// Compared case-insensitively, because macOS and Windows file systems are.
    static func reportNames(for paths: [String]) -> [String] {
        let stems = paths.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }
        var taken = Set(stems.map { $0.lowercased() })
        var assigned: Set<String> = []
        return stems.map { stem in
            var name = stem
            if assigned.contains(name.lowercased()) {
                var suffix = 2
                while taken.contains("\(stem)-\(suffix)".lowercased()) { suffix += 1 }
                name = "\(stem)-\(suffix)"
                taken.insert(name.lowercased())
            }
            assigned.insert(name.lowercased())
            return name + ".md"
        }
    }
}

/// What scoring one file gave: everything to write, rendered on the worker thread, or the error text.
enum BatchOutcome: Sendable {
    case scored(ScoredSubmission)
    case failed(String)

    struct ScoredSubmission: Sendable {
        var result: SubmissionResult
        var jsonLine: String
        var report: String
        var summaryRows: [SummaryCSV.Row]
    }

    init(scoring input: BatchInput, rubrics: [String]) {
        do {
            let bytes = try InputFiles.read(input.path)
            let result = try SubmissionScorer(catalog: input.catalog).score(bytes: bytes, file: input.path, rubrics: rubrics)
            self = .scored(ScoredSubmission(
                result: result,
                jsonLine: JSONRenderer(engineVersion: Jixiao.version).render(result, pretty: false),
                report: MarkdownRenderer().render(result),
                summaryRows: SummaryCSV.rows(result)))
        } catch {
            self = .failed(error.description)
        }
    }
}

// MARK: - Parallel work, consumed in order

/// Runs `transform` for indices 0..<count on `jobs` threads and hands the results to `consume` on the
/// calling thread in index order.
///
/// A worker may run ahead of the consumer by at most `window` indices, so no more than `window` results
/// exist at once: memory does not grow with `count`, and a slow file only stalls the workers briefly.
enum OrderedParallelWork {
    static func run<Value: Sendable>(count: Int, jobs: Int, window: Int,
                                     transform: @escaping @Sendable (Int) -> Value,
                                     consume: (Int, Value) throws -> Void) throws {
        let queue = WorkQueue<Value>(count: count)
        // Each permit lets a worker start one index; the consumer returns it once that index is written.
        let permits = DispatchSemaphore(value: max(window, 1))
        let workers = DispatchGroup()
        for _ in 0..<max(1, min(jobs, count)) {
            DispatchQueue.global().async(group: workers) {
                while true {
                    permits.wait()
                    guard let index = queue.claim() else {
                        permits.signal() // pass the permit on, so every waiting worker wakes and stops
                        return
                    }
                    queue.deliver(transform(index), at: index)
                }
            }
        }
        do {
            for index in 0..<count {
                let value = queue.take(index)
                try consume(index, value)
                permits.signal()
            }
        } catch {
            queue.cancel()
            permits.signal()
            workers.wait()
            throw error
        }
        workers.wait()
    }

    /// The next index to claim and the finished results not yet consumed, behind one lock.
    private final class WorkQueue<Value: Sendable>: @unchecked Sendable {
        private let condition = NSCondition()
        private let count: Int
        private var next = 0
        private var cancelled = false
        private var finished: [Int: Value] = [:]

        init(count: Int) { self.count = count }

        func claim() -> Int? {
            condition.lock()
            defer { condition.unlock() }
            guard !cancelled, next < count else { return nil }
            next += 1
            return next - 1
        }

        func deliver(_ value: Value, at index: Int) {
            condition.lock()
            finished[index] = value
            condition.broadcast()
            condition.unlock()
        }

        /// Waits until `index` is finished and removes it.
        func take(_ index: Int) -> Value {
            condition.lock()
            defer { condition.unlock() }
            while finished[index] == nil { condition.wait() }
            return finished.removeValue(forKey: index)!
        }

        func cancel() {
            condition.lock()
            cancelled = true
            condition.unlock()
        }
    }
}

// MARK: - Outputs

/// A failure to read the input folders or to write the output folder; the batch stops with exit code 2.
struct BatchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// The output folder: results.jsonl and the summary rows grow in temporary files while the batch runs;
/// ``finish()`` renames them into place, ``abandon()`` removes them. Reports are written as they come.
final class BatchOutputs {
    let directory: String
    let reportsDirectory: String
    private let results: TemporaryFile
    /// Summary rows, one ``SummaryCSV/Row/spoolLine`` per line, until the set of columns is known.
    private let summaryRows: TemporaryFile
    private var columns = SummaryCSV.Columns()
    /// One small row per (submission, rubric) for report.html; the report compares them all, so these are kept.
    private var comparisonRows: [ComparisonRow] = []
    private var gradeOrders: [String: [String]] = [:]

    init(directory: String) throws(BatchError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw BatchError("错误：输出位置 \(directory) 已存在且不是目录")
        }
        self.directory = directory
        reportsDirectory = directory + "/reports"
        do {
            try FileManager.default.createDirectory(atPath: reportsDirectory, withIntermediateDirectories: true)
        } catch {
            throw BatchError("错误：无法创建输出目录 \(reportsDirectory)")
        }
        results = try TemporaryFile(for: directory + "/results.jsonl")
        do {
            summaryRows = try TemporaryFile(for: directory + "/summary.csv", purpose: "rows")
        } catch {
            results.discard()
            throw error
        }
    }

    func add(_ scored: BatchOutcome.ScoredSubmission, reportName: String,
             gradeOrders: [String: [String]] = [:]) throws(BatchError) {
        comparisonRows += ComparisonRow.rows(from: scored.result)
        self.gradeOrders.merge(gradeOrders) { first, _ in first }
        try results.write(scored.jsonLine + "\n")
        for row in scored.summaryRows {
            columns.include(row)
            try summaryRows.write(row.spoolLine + "\n")
        }
        let report = try TemporaryFile(for: reportsDirectory + "/" + reportName)
        do {
            try report.write(scored.report)
            try report.commit()
        } catch {
            report.discard()
            throw error
        }
    }

    /// Writes summary.csv from the spooled rows and report.html from the comparison, then puts them in place.
    func finish() throws(BatchError) {
        let html = try TemporaryFile(for: directory + "/report.html")
        do {
            let comparisons = Comparison.byRubric(comparisonRows, gradeOrders: gradeOrders)
            try html.write(HTMLReportRenderer(engineVersion: Jixiao.version, title: "部门绩效批量评分报告").render(comparisons))
        } catch {
            html.discard()
            throw error
        }
        let summary = try TemporaryFile(for: directory + "/summary.csv")
        do {
            try summary.write(CSVWriter.byteOrderMark + columns.header)
            try summaryRows.finishWriting()
            try summaryRows.forEachLine { (line: Substring) throws(BatchError) in
                guard let row = SummaryCSV.Row(spoolLine: line) else { throw BatchError("错误：汇总表临时文件已损坏") }
                try summary.write(columns.record(row))
            }
            try results.commit()
            try summary.commit()
            try html.commit()
        } catch {
            summary.discard()
            html.discard()
            throw error
        }
        summaryRows.discard()
    }

    /// Removes every temporary file, leaving only outputs that were written whole.
    func abandon() {
        results.discard()
        summaryRows.discard()
    }
}

/// A file written beside its final path (`.<name>.<pid>.tmp`) and renamed over it, so readers see the
/// whole file or none: rename(2) within one folder is atomic.
final class TemporaryFile {
    let finalPath: String
    let path: String
    private var handle: FileHandle?
    private var buffer = Data()

    init(for finalPath: String, purpose: String = "tmp") throws(BatchError) {
        self.finalPath = finalPath
        let url = URL(fileURLWithPath: finalPath)
        path = url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(purpose)").path
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forUpdatingAtPath: path) else {
            throw BatchError("错误：无法写入 \(finalPath)")
        }
        self.handle = handle
    }

    func write(_ text: String) throws(BatchError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Flushes and closes the file.
    func finishWriting() throws(BatchError) {
        try flush()
        guard let handle else { return }
        self.handle = nil
        do { try handle.close() } catch { throw BatchError("错误：无法写入 \(finalPath)") }
    }

    /// Closes the file and renames it to its final path, replacing any older one.
    func commit() throws(BatchError) {
        try finishWriting()
        guard rename(path, finalPath) == 0 else {
            throw BatchError("错误：无法写入 \(finalPath)（\(String(cString: strerror(errno)))）")
        }
    }

    /// Closes the file, if open, and removes it.
    func discard() {
        try? handle?.close()
        handle = nil
        unlink(path)
    }

    /// Calls `body` with each line of the written file, reading it in blocks so memory stays small.
    func forEachLine(_ body: (Substring) throws(BatchError) -> Void) throws(BatchError) {
        guard let reader = FileHandle(forReadingAtPath: path) else { throw BatchError("错误：无法读取 \(path)") }
        defer { try? reader.close() }
        var pending: [UInt8] = []
        while true {
            let block: Data?
            do { block = try reader.read(upToCount: 1 << 16) } catch { throw BatchError("错误：无法读取 \(path)") }
            guard let block, !block.isEmpty else { break }
            pending += block
            var start = pending.startIndex
            while let end = pending[start...].firstIndex(of: UInt8(ascii: "\n")) {
                try body(Substring(String(decoding: pending[start..<end], as: UTF8.self)))
                start = end + 1
            }
            pending.removeSubrange(..<start)
        }
        if !pending.isEmpty { try body(Substring(String(decoding: pending, as: UTF8.self))) }
    }

    private func flush() throws(BatchError) {
        guard !buffer.isEmpty, let handle else { return }
        do { try handle.write(contentsOf: buffer) } catch { throw BatchError("错误：无法写入 \(finalPath)") }
        buffer.removeAll(keepingCapacity: true)
    }
}
