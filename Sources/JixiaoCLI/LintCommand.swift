import ArgumentParser
import JixiaoEngine

/// `jixiao lint RUBRIC...`: loads and validates rubrics, printing every error with its line.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "检查评分规则文件：分值合计、重复标识、未知事实路径、未知方法、区间、循环引用等。"
    )

    @Argument(help: ArgumentHelp("规则文件（YAML）。", valueName: "rubric"))
    var files: [String]

    func run() throws {
        var failed = 0
        for file in files {
            do {
                let rubric = try RubricLoader().load(bytes: try InputFiles.read(file), file: InputFiles.displayName(file))
                let indicators = rubric.groups.reduce(0) { $0 + $1.indicatorCount }
                print("\(file)：通过（\(rubric.id) \(rubric.version)，\(rubric.groups.count) 个分组，\(indicators) 个指标，总分 \(NumberFormat.score(rubric.total))）")
            } catch {
                failed += 1
                StandardError.write(error.description)
            }
        }
        if failed > 0 { throw ExitCodes.badInput }
    }
}

extension Group {
    var indicatorCount: Int { indicators.count + groups.reduce(0) { $0 + $1.indicatorCount } }
}
