import Foundation

/// PDF through `pdftotext -layout` (poppler-utils) when it is on PATH.
enum PDFReader {
    static func read(_ bytes: [UInt8], name: String) throws(ExtractError) -> DocumentText {
        guard let tool = findTool("pdftotext") else {
            throw ExtractError("\(name)：读取 PDF 需要 pdftotext（poppler-utils），本机未安装；请安装（如 apt-get install poppler-utils）或另存为文本/Word 后再试")
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-pdf-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        do { try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true) } catch {
            throw ExtractError("\(name)：无法创建临时目录")
        }
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("in.pdf")
        let output = directory.appendingPathComponent("out.txt")
        do { try Data(bytes).write(to: input) } catch { throw ExtractError("\(name)：无法写入临时文件") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-layout", "-enc", "UTF-8", input.path, output.path]
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { throw ExtractError("\(name)：无法运行 pdftotext") }
        process.waitUntilExit()
        guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: output.path) else {
            throw ExtractError("\(name)：pdftotext 无法读取这个 PDF（可能已加密或损坏）")
        }
        let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\u{0C}", with: "\n")
        return DocumentText(name: name, text: text, format: "PDF（pdftotext -layout）")
    }

    static func findTool(_ tool: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
