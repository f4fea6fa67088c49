import ArgumentParser
import JixiaoEngine

/// `jixiao lint RUBRIC...`: loads and validates rubrics, printing every error with its line.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "检查评分规则文件或核对规则集：分值合计、重复标识、未知事实路径、未知方法、区间、循环引用等。"
    )

    @Argument(help: ArgumentHelp("规则文件（YAML）；- 表示标准输入。提交文件请用 jixiao score。", valueName: "rubric"))
    var files: [String]

    func run() throws {
        var failed = 0
        for file in files {
            let name = InputFiles.displayName(file)
            do {
                let bytes = try InputFiles.read(file)
                if let hint = SubmissionSniffer.looksLikeSubmission(bytes) {
                    StandardError.write("\(name):1:1: 错误：这看起来是提交文件而不是评分规则（\(hint)）；提交文件请用 jixiao score 评分")
                    failed += 1
                    continue
                }
                if CheckSetLinter.looksLikeCheckSet(bytes) {
                    let summary = try CheckSetLinter().lint(bytes: bytes, file: name)
                    print("\(name)：通过（核对规则集 \(summary.id)，\(summary.checks) 项数据核对）")
                    continue
                }
                let rubric = try RubricLoader().load(bytes: bytes, file: name)
                let indicators = rubric.groups.flatMap(\.allIndicators)
                let regular = indicators.filter { $0.method.role == .regular }.count
                let extras = indicators.count - regular
                let version = rubric.version.isEmpty ? "" : " \(rubric.version)"
                if rubric.form != nil {
                    print("\(name)：通过（\(rubric.id)\(version)，自评表计分规则，总分 \(NumberFormat.score(rubric.total))，分值以各表所印为准）")
                    continue
                }
                if rubric.isChecksOnly {
                    print("\(name)：通过（\(rubric.id)\(version)，只核对数据不评分，\(rubric.checks.count) 项数据核对，另加文字陈述的关系核对）")
                    continue
                }
                print("\(name)：通过（\(rubric.id)\(version)，\(rubric.groups.count) 个分组，\(regular) 个计分指标"
                      + (extras > 0 ? "，另有 \(extras) 个加分/否决项" : "")
                      + (rubric.checks.isEmpty ? "" : "，\(rubric.checks.count) 项数据核对")
                      + "，总分 \(NumberFormat.score(rubric.total))）")
            } catch {
                failed += 1
                StandardError.write(error.description)
            }
        }
        if failed > 0 { throw ExitCodes.badInput }
    }
}

/// Tells a submission from a rubric before a flood of unknown-key errors would.
enum SubmissionSniffer {
    static func looksLikeSubmission(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(64 * 1024)
        let hasDepartment = LineSniffer.hasLine(startingWith: "department:", in: head)
        let hasRubricKeys = LineSniffer.hasLine(startingWith: "groups:", in: head)
            || LineSniffer.hasLine(startingWith: "total:", in: head)
        return hasDepartment && !hasRubricKeys ? "有 department 字段，没有 groups/total" : nil
    }
}
