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
        输出目录中写入：results.jsonl（每行一个 jixiao.result/2 结果，顺序与输入相同；每个规则在首次用到它的结果行之前
        有一行 jixiao.rubric/2，写明其各项核对的名称、公式等，结果行只按编号引用）、
        summary.csv（每个提交文件每个规则一行：总分、得分率、等级与状态）、
        summary-<规则>.csv（每个规则一个文件，含各分组、各指标得分与计算项）、indicators.csv（每个指标一行的长表），
        三者均为 UTF-8 带 BOM，可直接用 Excel 打开；reports/<文件名>.md（逐份报告）、
        report.html（各部门对比报告，单个文件，无需联网即可打开）。
        每个输出文件要么完整写出，要么不写。某个文件有错误时照常处理其余文件，最后以退出码 2 结束。
        --shard K/N 只评分 N 份中的第 K 份，可在多台机器上分别运行 1/N … N/N，再用 jixiao compare 合并各份的 results.jsonl。
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

    @Option(help: ArgumentHelp("只评分 N 份中的第 K 份（1 ≤ K ≤ N）：按文件相对于参数的路径的稳定散列分份，各份合起来正好是整批。",
                               valueName: "K/N"))
    var shard: String?

    @Flag(name: .customLong("no-report"),
          help: "不生成 report.html。对比报告在内存中为每份提交的每个评分办法保留约 2 KB 的摘要，明细暂存于临时文件；不需要对比报告时可关闭。")
    var noReport = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs 应为正整数") }
        if inputs.contains("-") { throw ValidationError("batch 不支持标准输入（-），请给出文件或目录") }
        if let shard, BatchShard(shard) == nil {
            throw ValidationError("--shard 应为 K/N，K、N 为正整数且 K ≤ N（如 --shard 2/8 表示共 8 份中的第 2 份），收到“\(shard)”")
        }
    }

    func run() throws {
        let files: [BatchInput]
        let outputs: BatchOutputs
        do {
            let all = try BatchInput.collect(inputs, rubricsDirectory: rubricsDirectory)
            try Self.refuseOverwritingInputs(all.map(\.path) + rubrics.filter(RubricCatalog.isPath), out: outputDirectory)
            // Taken after report names are given over the whole batch, so a shard's reports keep their names.
            if let shard = shard.flatMap(BatchShard.init) {
                files = all.filter { shard.takes(key: $0.shardKey) }
                StandardError.write("第 \(shard.index)/\(shard.count) 份：全部 \(all.count) 个文件中的 \(files.count) 个")
            } else {
                files = all
            }
            outputs = try BatchOutputs(directory: outputDirectory, writesReport: !noReport)
        } catch {
            StandardError.write(error.description)
            throw ExitCodes.badInput
        }
        Interruption.onInterrupt(message: "本次运行的临时文件已删除，输出目录保持上次完整运行的结果。") { outputs.abandonForExit() }
        if !outputs.removedStale.isEmpty {
            StandardError.write("已删除此前中断的运行留下的临时文件：" + outputs.removedStale.joined(separator: "、"))
        }

        let jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let rubrics = rubrics
        let writesReport = !noReport
        let headers = RubricHeaderClaims()
        let progress = ProgressBar(total: files.count)
        var failed = 0
        var conflicts: [RubricConflict] = []
        do {
            try OrderedParallelWork.run(count: files.count, jobs: jobs, window: 2 * jobs, transform: { index in
                BatchOutcome(scoring: files[index], index: index, rubrics: rubrics, writesReport: writesReport, headers: headers)
            }, consume: { index, outcome in
                switch outcome {
                case .scored(let scored):
                    try outputs.add(scored, reportName: files[index].reportName)
                case .failed(let message):
                    failed += 1
                    progress.clear()
                    StandardError.write(message)
                }
                progress.update(done: index + 1)
            })
            conflicts = try outputs.finish(jobs: jobs)
        } catch {
            outputs.abandon()
            progress.clear()
            StandardError.write((error as? BatchError)?.description ?? "错误：\(error)")
            StandardError.write("输出目录 \(outputDirectory) 保持上次完整运行的结果，本次运行未写入任何文件。")
            throw ExitCodes.badInput
        }
        progress.clear()
        StandardError.write("共 \(files.count) 个文件：评分 \(files.count - failed) 个，失败 \(failed) 个；结果已写入 \(outputDirectory)")
        for conflict in conflicts {
            StandardError.write(conflict.message + "（未生成 report.html）")
        }
        if failed > 0 || !conflicts.isEmpty { throw ExitCodes.badInput }
    }

    /// A file the batch reads must not be one it writes (results.jsonl, the summaries, indicators.csv,
    /// report.html, a report in reports/), compared after resolving links.
    static func refuseOverwritingInputs(_ inputs: [String], out: String) throws(BatchError) {
        let written = Set(BatchOutputs.fixedNames.map { OutputPaths.canonical(out + "/" + $0) })
        let outFolder = OutputPaths.canonical(out), reports = OutputPaths.canonical(out + "/reports")
        for input in inputs {
            let path = OutputPaths.canonical(input)
            let (folder, name) = OutputPaths.folderAndName(ofCanonical: path)
            if written.contains(path) || folder == reports
                || (folder == outFolder && BatchOutputs.isRubricSummary(name)) {
                throw BatchError("错误：输入文件 \(input) 位于输出目录 \(out) 中、会被本次输出覆盖；请换一个输出目录")
            }
        }
    }
}
