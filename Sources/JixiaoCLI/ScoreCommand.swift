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
        文件与命令行都未指定规则时，只核对数据（规则 data-checks）。
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

    @Flag(help: "数据核对有任何“不一致”“数据不足”，或没有任何数据得到核对时，以退出码 1 结束（报送前的把关）。")
    var strict = false

    @Flag(help: "文本表格用 ASCII 字符（- + |）画线；终端把制表符画成双倍宽度、表格错位时使用。")
    var ascii = false

    @Flag(help: "文本输出中附上核对表达式、所用数据和缺少数据的字段路径（供规则编写人和评审人员查对）。")
    var explain = false

    func run() throws {
        try ScoringRun(rubrics: rubrics, rubricsDirectory: rubricsDirectory,
                       format: ScoringRun.Format(rawValue: format.rawValue)!, strict: strict,
                       textStyle: TextStyle(width: TerminalWidth.current(), ascii: ascii, explain: explain)).run(files)
    }
}
