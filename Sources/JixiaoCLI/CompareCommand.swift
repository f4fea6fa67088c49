import ArgumentParser
import Foundation
import JixiaoCompare
import JixiaoEngine
import JixiaoRender
import JixiaoYAML

/// `jixiao compare FILE...`: ranks and compares departments (and years) scored against the same rubric.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "对比多个部门（或多个年度）的评分结果：排名、指标矩阵、统计、计算项与同比变化。",
        discussion: """
        FILE 可以是提交文件（.yaml，当场评分）、评分结果（jixiao score/batch 的 .json 或 .jsonl），或目录（其中所有 *.yaml）。
        涉及多个规则而未指定 --rubric 时，按规则分别对比，每个规则一节。
        名次规则：按得分从高到低；得分相同者名次相同（1、2、2、4），列出顺序依次按得分率（得分 ÷ 已评分值）从高到低、部门名称 Unicode 顺序。
        统计中的均值、中位数只计已评分的值，并注明未评分的个数；同一部门有两个以上年度时，逐年给出同比变化。
        某个文件有错误时（报告“文件:行:列”）照常对比其余文件，最后以退出码 2 结束。--out 的文件要么完整写出，要么不写。
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json, html
    }

    @Argument(help: ArgumentHelp("提交文件（.yaml）、评分结果（.json/.jsonl）或目录。", valueName: "file"))
    var files: [String]

    @Option(name: .customLong("rubric"), help: ArgumentHelp("只对比这个规则（标识）；提交文件也按它评分。", valueName: "id"))
    var rubric: String?

    @Option(name: .customLong("rubrics-dir"), help: ArgumentHelp("按标识查找规则的目录（默认 ./rubrics，再找提交文件上一级的 rubrics/）。", valueName: "dir"))
    var rubricsDirectory: String?

    @Option(help: "输出格式。")
    var format: Format = .text

    @Option(name: .customLong("out"), help: ArgumentHelp("写入此文件（完整写出后替换），而不是标准输出。", valueName: "file"))
    var output: String?

    @Flag(help: "文本表格用 ASCII 字符（- + |）画线。")
    var ascii = false

    func run() throws {
        var failed = 0
        var rows: [ComparisonRow] = []
        let inputs = try expandedInputs()
        if let output {
            // Checked before anything is read or written: `compare a.yaml --out a.yaml` must not replace a.yaml.
            if let input = OutputPaths.overwrittenInput(by: output, inputs: inputs.map(\.0) + files) {
                StandardError.write("错误：输出文件 \(output) 就是输入文件 \(input)（或指向它的链接），不能覆盖输入；请换一个输出文件名")
                throw ExitCodes.badInput
            }
            if output.hasSuffix(".yaml") || output.hasSuffix(".yml") {
                StandardError.write("错误：输出文件 \(output) 以 .yaml/.yml 结尾，可能是提交文件或规则文件；对比结果请写入 .txt、.md、.json 或 .html 文件")
                throw ExitCodes.badInput
            }
        }
        var rubricVersions = RubricConsistency()
        var notUsing: [String] = []
        for (file, fromFolder) in inputs {
            do {
                let found = try self.rows(of: file, ownRubrics: fromFolder)
                if let rubric, fromFolder, !found.contains(where: { $0.rubricId == rubric }) { notUsing.append(file) }
                for row in found where rubric == nil || row.rubricId == rubric {
                    // A results file is named with the submission its row came from.
                    guard let sha256 = row.rubricSha256 else { continue }
                    rubricVersions.include(rubricId: row.rubricId, sha256: sha256,
                                           path: row.path == file ? file : "\(file)（\(row.path)）")
                }
                rows += found
            } catch {
                failed += 1
                StandardError.write(error.description)
            }
        }
        if let rubric { rows = rows.filter { $0.rubricId == rubric } }
        if let rubric, !notUsing.isEmpty {
            StandardError.write("说明：以下文件未采用规则“\(rubric)”，不参与对比：" + notUsing.joined(separator: "、"))
        }
        if failed > 0 { StandardError.write("共 \(inputs.count) 个文件，\(failed) 个未能读取或评分。") }
        guard !rows.isEmpty else {
            StandardError.write(rubric.map { "没有规则“\($0)”的评分结果可供对比。" } ?? "没有可供对比的评分结果。")
            throw ExitCodes.badInput
        }

        let conflicts = rubricVersions.conflicts
        guard conflicts.isEmpty else {
            conflicts.forEach { StandardError.write($0.message) }
            throw ExitCodes.badInput
        }

        let comparisons = Comparison.byRubric(rows, gradeOrders: gradeOrders(for: rows))
        for comparison in comparisons where !comparison.duplicates.isEmpty {
            StandardError.write("警告：同一部门同一年度重复出现，只保留先给出的一份；未采用：" + comparison.duplicates.map(\.path).joined(separator: "、"))
        }
        let text = render(comparisons)
        if let output {
            try write(text, to: output)
        } else {
            print(text, terminator: "")
        }
        if failed > 0 { throw ExitCodes.badInput }
    }

    /// An input that could not be used, already formatted as `file:line:column: 错误：…`.
    struct FileError: Error, CustomStringConvertible {
        var description: String
    }

    /// Directories become their *.yaml files, in name order, marked as coming from a folder.
    private func expandedInputs() throws -> [(file: String, fromFolder: Bool)] {
        var inputs: [(file: String, fromFolder: Bool)] = []
        for file in files {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), isDirectory.boolValue else {
                inputs.append((file, false))
                continue
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: file)) ?? []
            let yaml = names.filter { $0.hasSuffix(".yaml") }.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            if yaml.isEmpty { StandardError.write("\(file)：目录中没有 .yaml 文件") }
            inputs += yaml.map { (URL(fileURLWithPath: file).appendingPathComponent($0).relativePath(from: file), true) }
        }
        return inputs
    }

    /// `ownRubrics`: a submission found in a folder is scored against the rubrics it names, and `--rubric` then
    /// only selects; a file named on the command line is scored against `--rubric` itself.
    private func rows(of file: String, ownRubrics: Bool) throws(FileError) -> [ComparisonRow] {
        if file.hasSuffix(".jsonl") { return try resultLines(of: file) }
        let bytes: [UInt8]
        do {
            bytes = try InputFiles.read(file)
        } catch {
            throw FileError(description: error.description)
        }
        if file.hasSuffix(".json") || file.hasSuffix(".jsonl") {
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw FileError(description: "\(file):1:1: 错误：文件不是有效的 UTF-8 文本")
            }
            let (rows, errors) = ComparisonRowDecoder().rows(fromText: text)
            guard errors.isEmpty else {
                throw FileError(description: errors.map { "\(file):\($0.description)" }.joined(separator: "\n"))
            }
            return rows
        }
        do {
            let scorer = SubmissionScorer(catalog: RubricCatalogs.catalog(for: file, directory: rubricsDirectory))
            let override = ownRubrics ? [] : rubric.map { [$0] } ?? []
            let result = try scorer.score(bytes: bytes, file: InputFiles.displayName(file), rubrics: override)
            return ComparisonRow.rows(from: result)
        } catch {
            throw FileError(description: error.description)
        }
    }

    /// The rows of a results file read a line at a time: a batch's results.jsonl grows by some 250 KB per seed-sized
    /// submission, far past the limit on a file read whole, while each line stays under that limit.
    private func resultLines(of file: String) throws(FileError) -> [ComparisonRow] {
        let maxLineBytes = YAMLLimits.default.maxBytes
        var reader = ResultLinesReader()
        var rows: [ComparisonRow] = []
        var errors: [String] = []
        let failure = FileReader.forEachLine(path: file, maxLineBytes: maxLineBytes) { number, line in
            guard var line else {
                errors.append("\(file):\(number):1: 错误：这一行超过 \(maxLineBytes) 字节的上限")
                return
            }
            if number == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
            guard let text = String(validating: line, as: UTF8.self) else {
                errors.append("\(file):\(number):1: 错误：这一行不是有效的 UTF-8 文本")
                return
            }
            do throws(ComparisonInputError) {
                rows += try reader.rows(ofLine: text, number: number)
            } catch {
                errors.append("\(file):\(error.description)")
            }
        }
        if let failure { throw FileError(description: "\(file):1:1: 错误：\(failure.message(maxBytes: maxLineBytes))") }
        guard errors.isEmpty else { throw FileError(description: errors.joined(separator: "\n")) }
        return rows
    }

    /// Each rubric's grade names, best first, when the rubric file can be found; otherwise the comparison
    /// orders the grades it sees by the shares reached with them.
    private func gradeOrders(for rows: [ComparisonRow]) -> [String: [String]] {
        var orders: [String: [String]] = [:]
        for row in rows where orders[row.rubricId] == nil {
            let catalog = RubricCatalogs.catalog(for: row.path, directory: rubricsDirectory)
            guard let loaded = try? catalog.rubric(row.rubricId) else { continue }
            orders[row.rubricId] = loaded.grades.names
        }
        return orders
    }

    private func render(_ comparisons: [Comparison]) -> String {
        switch format {
        // A file written with --out keeps the fixed widths; a terminal gets tables that fit it.
        case .text: CompareTextRenderer(style: TextStyle(width: output == nil ? TerminalWidth.current() : nil, ascii: ascii)).render(comparisons)
        case .markdown: CompareMarkdownRenderer().render(comparisons)
        case .json: CompareJSONRenderer(engineVersion: Jixiao.version).render(comparisons)
        case .html: HTMLReportRenderer(engineVersion: Jixiao.version).render(comparisons)
        }
    }

    /// Writes the whole text or nothing: a temporary file beside the target, renamed over it when complete,
    /// and removed on Ctrl-C or SIGTERM.
    private func write(_ text: String, to path: String) throws {
        var temporary: TemporaryFile?
        do {
            let file = try TemporaryFile(for: path)
            temporary = file
            let temporaryPath = file.path
            Interruption.onInterrupt(message: "\(path) 未写入（原有文件保持不变）。") { unlink(temporaryPath) }
            try file.write(text)
            try file.commit()
        } catch {
            temporary?.discard()
            StandardError.write("错误：无法写入输出文件 \(path)：\(OutputPaths.writeFailureReason(path))")
            throw ExitCodes.badInput
        }
    }
}

extension URL {
    /// The path as the user would write it: the directory argument joined with the file name.
    fileprivate func relativePath(from directory: String) -> String {
        (directory.hasSuffix("/") ? directory : directory + "/") + lastPathComponent
    }
}
