import ArgumentParser
import Foundation
import JixiaoEngine
import JixiaoRender

/// `jixiao narrative FILE`: drafts 存在的问题及原因分析 and 下一步改进措施 from the scoring and checks.
struct NarrativeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "narrative",
        abstract: "生成“存在的问题及原因分析”“下一步改进措施”草稿（--full 生成整份自评报告骨架）。",
        discussion: "问题按失分多少排序，证据中填入实际数据；数据无法说明的原因留作【待补充：原因】，提交文件中写明的原因会直接填入。"
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, text, json
    }

    @Argument(help: ArgumentHelp("提交文件（YAML）；- 表示标准输入。", valueName: "file"))
    var file: String

    @Option(name: .customLong("rubric"), help: ArgumentHelp("规则标识或文件路径，可重复；默认取提交文件的 rubrics 字段。", valueName: "id|path"))
    var rubrics: [String] = []

    @Option(name: .customLong("rubrics-dir"), help: ArgumentHelp("按标识查找规则的目录。", valueName: "dir"))
    var rubricsDirectory: String?

    @Option(help: "输出格式。")
    var format: Format = .markdown

    @Flag(help: "输出整份自评报告骨架：部门概况、支出概况、绩效情况、存在的问题、改进措施。")
    var full = false

    @Flag(help: "另起一节，附上年度考核规则（如 changsha-annual-130）反映的问题；默认只写部门整体支出绩效评价的问题。")
    var assessment = false

    func run() throws {
        let result: SubmissionResult
        do {
            let (bytes, extracted) = try DocumentInput.bytes(file)
            let catalog = RubricCatalogs.catalog(for: file, directory: rubricsDirectory)
            var scored = try SubmissionScorer(catalog: catalog).score(bytes: bytes, file: InputFiles.displayName(file), rubrics: rubrics)
            if let extracted { DocumentInput.relocate(&scored, extracted, file: file) }
            result = scored
        } catch {
            StandardError.write(error.description)
            throw ExitCodes.badInput
        }
        switch format {
        case .markdown: print(NarrativeRenderer(full: full, assessment: assessment).render(result, format: .markdown), terminator: "")
        case .text: print(NarrativeRenderer(full: full, assessment: assessment).render(result, format: .text), terminator: "")
        case .json:
            print(JSONRenderer(engineVersion: Jixiao.version).narrativeJSON(result, assessment: assessment).serialized(pretty: true))
        }
    }
}
