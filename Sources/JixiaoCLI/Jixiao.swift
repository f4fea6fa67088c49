import ArgumentParser

/// `jixiao`: scores a department's performance self-assessment against a YAML rubric.
@main
struct Jixiao: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "jixiao",
        abstract: "按 YAML 评分规则为部门绩效自评打分、核对数据、生成问题与改进措施草稿。",
        discussion: """
        退出码：0 成功；1 门槛未通过（保留给 --strict 等检查）；2 输入或用法错误。
        """,
        version: version,
        subcommands: [ScoreCommand.self, LintCommand.self, MethodsCommand.self],
        defaultSubcommand: nil
    )
}
