import ArgumentParser
import Foundation

/// `jixiao`: scores a department's performance self-assessment against a YAML rubric.
@main
struct Jixiao: ParsableCommand {
    /// Runs the command line, mapping usage errors to exit code 2 (ArgumentParser's default is 64),
    /// so scripts see one documented code for every kind of bad input.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                StandardError.write(UsageErrorText.chinese(fullMessage(for: error)))
                StandardError.write("用法帮助：jixiao --help")
                Foundation.exit(ExitCodes.badInput.rawValue)
            }
            exit(withError: error)
        }
    }

    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "jixiao",
        abstract: "按 YAML 评分规则为部门绩效自评打分、核对数据、生成问题与改进措施草稿。",
        discussion: """
        退出码：0 成功；1 门槛未通过（score/check --strict 时数据核对有不一致、数据不足或没有任何数据得到核对）；2 输入或用法错误。
        """,
        version: version,
        subcommands: [ScoreCommand.self, CheckCommand.self, ExtractCommand.self, BatchCommand.self, CompareCommand.self,
                      NarrativeCommand.self, LintCommand.self, MethodsCommand.self, InitCommand.self],
        defaultSubcommand: nil
    )
}
