import ArgumentParser
import Foundation
import JixiaoEngine
import JixiaoRender

/// `jixiao score FILE...`: scores submissions and prints the result.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "为一个或多个提交文件评分。",
        discussion: """
        默认使用提交文件 rubrics 字段中的规则（按标识在规则目录中查找 <id>.yaml）；--rubric 可改用指定规则。
        多个文件以 JSON 输出时每行一个结果（JSON Lines）。某个文件有错误时照常处理其余文件，最后以退出码 2 结束。
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown
    }

    @Argument(help: ArgumentHelp("提交文件（YAML）；- 表示标准输入。", valueName: "file"))
    var files: [String]

    @Option(name: .customLong("rubric"), help: ArgumentHelp("规则标识或文件路径，可重复；默认取提交文件的 rubrics 字段。", valueName: "id|path"))
    var rubrics: [String] = []

    @Option(name: .customLong("rubrics-dir"), help: ArgumentHelp("按标识查找规则的目录（默认 ./rubrics，再找提交文件上一级的 rubrics/）。", valueName: "dir"))
    var rubricsDirectory: String?

    @Option(help: "输出格式。")
    var format: Format = .text

    @Flag(help: "数据核对有任何“不一致”或“数据不足”时以退出码 1 结束（报送前的把关）。")
    var strict = false

    @Flag(help: "文本表格用 ASCII 字符（- + |）画线；终端把制表符画成双倍宽度、表格错位时使用。")
    var ascii = false

    @Flag(help: "文本输出中附上核对表达式、所用数据和缺少数据的字段路径（供规则编写人和评审人员查对）。")
    var explain = false

    func run() throws {
        var failed = 0
        var mismatched = 0
        for (index, file) in files.enumerated() {
            do {
                let bytes = try InputFiles.read(file)
                let scorer = SubmissionScorer(catalog: RubricCatalogs.catalog(for: file, directory: rubricsDirectory))
                let result = try scorer.score(bytes: bytes, file: InputFiles.displayName(file), rubrics: rubrics)
                print(render(result), terminator: "")
                // A gate passes only on checks that were actually verified: missing data is never a pass.
                if result.results.contains(where: { $0.checks.contains { $0.verdict == .mismatch || $0.verdict == .insufficientData } }) {
                    mismatched += 1
                }
                if format != .json && index < files.count - 1 { print("") }
            } catch {
                failed += 1
                StandardError.write(error.description)
            }
        }
        if failed > 0 {
            if files.count > 1 { StandardError.write("共 \(files.count) 个文件，\(failed) 个未能评分。") }
            throw ExitCodes.badInput
        }
        if strict && mismatched > 0 {
            StandardError.write("数据核对未通过：\(mismatched) 个文件存在不一致或数据不足（--strict）。")
            throw ExitCodes.gateFailed
        }
    }

    private func render(_ result: SubmissionResult) -> String {
        switch format {
        case .text: TextRenderer(style: TextStyle(width: TerminalWidth.current(), ascii: ascii, explain: explain)).render(result)
        case .markdown: MarkdownRenderer().render(result)
        case .json: JSONRenderer(engineVersion: Jixiao.version).render(result, pretty: files.count == 1) + "\n"
        }
    }
}
