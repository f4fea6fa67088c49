import ArgumentParser
import Foundation
import JixiaoExtract

/// `jixiao extract DOCUMENT`: writes the submission YAML read from a published document.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "从公开文档（文本、Markdown、HTML、Word、Excel、PDF）读出提交文件（YAML）：文字陈述与表格，逐个数字注明行号。",
        discussion: """
        每个数字要么归入一条陈述或表格单元格，要么列为“未识别”并注明行号；输出开头的注释与标准错误输出的一行说明归入比例。
        不能确定的不猜。读出的文件可以修改后用 jixiao check / jixiao score 运行。
        """
    )

    @Argument(help: ArgumentHelp("文档路径（.txt .md .html .docx .xlsx .pdf）。", valueName: "document"))
    var document: String

    @Option(help: ArgumentHelp("写入的文件；- 为标准输出（默认）。", valueName: "file"))
    var out: String = "-"

    func run() throws {
        // Checked before anything is read: `extract doc.txt --out doc.txt` must not replace the document.
        if out != "-", let input = OutputPaths.overwrittenInput(by: out, inputs: [document]) {
            StandardError.write("错误：输出文件 \(out) 就是输入文件 \(input)（或指向它的链接），不能覆盖输入；请换一个输出文件名")
            throw ExitCodes.badInput
        }
        let extracted: DocumentInput.Extracted
        do {
            extracted = try DocumentInput.extract(document)
        } catch {
            StandardError.write(error.description)
            throw ExitCodes.badInput
        }
        if out == "-" {
            print(extracted.output.yaml, terminator: "")
        } else {
            do {
                try Data(extracted.output.yaml.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
            } catch {
                StandardError.write("错误：无法写入 \(out)：\(OutputPaths.writeFailureReason(out))")
                throw ExitCodes.badInput
            }
        }
        StandardError.write(extracted.extraction.summary)
    }
}
