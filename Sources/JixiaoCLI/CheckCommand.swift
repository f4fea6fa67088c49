import ArgumentParser
import JixiaoEngine
import JixiaoRender

/// `jixiao check FILE...`: checks what a file states, with no scoring rubric.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "只核对数据，不评分：文字陈述自身的关系、决算公开表之间的勾稽关系，以及自评表的执行率、各行得分与总分。",
        discussion: """
        每条文字陈述（statements）自身所写的关系都会核对：完成率、增减额、增长率、方向词、占比、分项之和、同一数据两处所写是否一致；
        提交文件含决算公开表时，也核对表间关系（规则 data-checks，找不到该文件时只核对文字陈述）；
        含自评表（forms）时，按规则 project-self-assessment-100 核对每张表（执行率及其得分、各行得分、分值之和、总分、等级），不评分。
        结果说明文件中共有多少个所写数字、其中多少个得到核对；没有任何数据得到核对不算通过。
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown
    }

    @Argument(help: ArgumentHelp("提交文件（YAML）；- 表示标准输入。", valueName: "file"))
    var files: [String]

    @Option(name: .customLong("rubric"), help: ArgumentHelp("改用的核对规则标识或文件路径，可重复（默认 data-checks）。", valueName: "id|path"))
    var rubrics: [String] = []

    @Option(name: .customLong("rubrics-dir"), help: ArgumentHelp("按标识查找规则的目录（默认 ./rubrics，再找提交文件上一级的 rubrics/）。", valueName: "dir"))
    var rubricsDirectory: String?

    @Option(help: "输出格式。")
    var format: Format = .text

    @Flag(help: "有任何“不一致”“数据不足”，或没有任何数据得到核对时，以退出码 1 结束。")
    var strict = false

    @Flag(help: "文本表格用 ASCII 字符（- + |）画线。")
    var ascii = false

    @Flag(help: "文本输出中附上核对表达式、所用数据和缺少数据的字段路径。")
    var explain = false

    func run() throws {
        try ScoringRun(rubrics: rubrics.isEmpty ? [Rubric.checksOnlyId] : rubrics, rubricsDirectory: rubricsDirectory,
                       format: ScoringRun.Format(rawValue: format.rawValue)!, strict: strict,
                       formChecks: rubrics.isEmpty ? Self.formRubric : nil,
                       textStyle: TextStyle(width: TerminalWidth.current(), ascii: ascii, explain: explain)).run(files)
    }

    /// The shipped rubric whose checks a file's self-assessment forms get (docs/forms.md).
    static let formRubric = "project-self-assessment-100"
}
