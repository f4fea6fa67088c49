import ArgumentParser
import Foundation
import JixiaoEngine

/// `jixiao init`: writes a fill-in submission template for the rubrics named.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "生成提交文件模板：框架字段、所列规则（及其核对规则集）读取的全部事实，均附中文注释。",
        discussion: """
        每个事实写在它的点分路径上，值留空（~），注释写明名称、类型和单位；列表给出一条带字段名的示例（注释掉）。
        未填写的模板也能加载和评分：各指标为“缺少数据”或“待人工评分”。
        不给 --rubric 或给 --statements 时，加一条带注释的文字陈述示例。
        文件第一行的 yaml-language-server 注释指向 schemas/submission.schema.json（相对路径），供编辑器补全和校验。
        """
    )

    @Option(name: .customLong("rubric"), help: ArgumentHelp("规则标识或文件路径，可重复：写出它读取的全部事实。", valueName: "id|path"))
    var rubrics: [String] = []

    @Option(name: .customLong("rubrics-dir"), help: ArgumentHelp("按标识查找规则的目录（默认 ./rubrics，再找输出文件上一级的 rubrics/）。", valueName: "dir"))
    var rubricsDirectory: String?

    @Option(help: ArgumentHelp("部门（单位）全称。", valueName: "名称"))
    var department: String?

    @Option(help: ArgumentHelp("年度（默认为上一年）。", valueName: "年度"))
    var year: Int?

    @Flag(help: "加一条带注释的文字陈述示例（不给 --rubric 时总会加）。")
    var statements = false

    @Option(help: ArgumentHelp("写入此文件；- 或不给表示标准输出。已有的文件不覆盖，除非给出 --force。", valueName: "file"))
    var out: String?

    @Flag(help: "--out 的文件已存在时覆盖它。")
    var force = false

    func run() throws {
        let outFile = out == "-" ? nil : out
        if let outFile, !force, FileManager.default.fileExists(atPath: outFile) {
            StandardError.write("\(outFile): 错误：文件已存在，未覆盖（要覆盖请加 --force）")
            throw ExitCodes.badInput
        }
        let catalog = RubricCatalogs.catalog(for: outFile ?? "./template.yaml", directory: rubricsDirectory)
        var named: [SubmissionTemplate.NamedRubric] = []
        var failed = false
        for reference in rubrics {
            if let bytes = FileManager.default.contents(atPath: reference), CheckSetLinter.looksLikeCheckSet([UInt8](bytes)) {
                StandardError.write("\(reference):1:1: 错误：这是核对规则集，不是评分规则；请给出引用它的规则"
                                    + "（如 data-checks 引用 checks/hunan-final-accounts.yaml），模板会写出规则及其核对规则集读取的全部事实")
                failed = true
                continue
            }
            do {
                named.append(.init(reference: reference, rubric: try catalog.rubric(reference)))
            } catch {
                StandardError.write(error.description)
                failed = true
            }
        }
        if failed { throw ExitCodes.badInput }
        let template = SubmissionTemplate(
            department: department, year: year ?? Calendar.current.component(.year, from: Date()) - 1,
            rubrics: named, includeStatements: statements || rubrics.isEmpty, schema: schemaReference(for: outFile))
        let text = template.render()
        guard let outFile else {
            print(text, terminator: "")
            return
        }
        try write(text, to: outFile)
    }

    /// Relative to the file, when it is written inside a checkout that has the schema.
    private func schemaReference(for outFile: String?) -> SubmissionTemplate.SchemaReference {
        let folder = outFile.map { URL(fileURLWithPath: $0).deletingLastPathComponent() }
            ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        guard let path = SchemaLocator.relativePath(from: folder) else { return .notFound }
        return .relative(path, note: outFile == nil
            ? "（上一行的路径相对于生成模板时的当前目录；文件存到别处时，改为从该文件到 \(SchemaLocator.schemaPath) 的相对路径。）"
            : nil)
    }

    /// Written whole beside the target, then linked into place: link(2) fails rather than replace a file that
    /// appeared meanwhile, so without --force nothing is ever overwritten.
    private func write(_ text: String, to path: String) throws {
        do {
            let file = try TemporaryFile(for: path, purpose: "init")
            defer { file.discard() }  // removes the temporary name; the linked or renamed file stays
            try file.write(text)
            if force {
                try file.commit()
                return
            }
            try file.finishWriting()
            guard link(file.path, path) == 0 else {
                throw BatchError("\(path): 错误：" + (errno == EEXIST ? "文件已存在，未覆盖（要覆盖请加 --force）"
                                                    : "无法写入（\(String(cString: strerror(errno)))）"))
            }
        } catch {
            StandardError.write("\(error)")
            throw ExitCodes.badInput
        }
    }
}
