import Foundation
@testable import JixiaoExtract
import Testing
import ZIPFoundation

/// The document readers on files made in the test: GB18030 text, an HTML page, a .docx and an .xlsx built with
/// ZIPFoundation, and bad input of every kind.
@Suite("文档读取")
struct ReaderTests {
    static let sentence = "“三公”经费支出预算为3万元，支出决算为1.71万元，完成预算的57%。"

    @Test func gb18030TextIsConverted() throws {
        let bytes = try #require(TextDecoder.iconvEncode(Self.sentence, to: "GB18030"))
        #expect(String(validating: bytes, as: UTF8.self) == nil)
        let document = try DocumentLoader.load(bytes: bytes, name: "gbk.txt")
        #expect(document.lines == [Self.sentence])
        #expect(document.format.contains("GB18030"))
    }

    @Test func htmlPageBecomesLines() throws {
        let html = """
        <html><head><title>x</title><style>p{color:red}</style><script>var a = "1,234";</script></head>
        <body><h1>某局2023年度&ldquo;三公&rdquo;经费</h1><!-- 注释 12 --><p>支出决算为1.71万元，&nbsp;完成预算的57%。</p>
        <table><tr><td>合计</td><td>3</td><td>1.71</td></tr></table></body></html>
        """
        let document = try DocumentLoader.load(bytes: Array(html.utf8), name: "page.html")
        #expect(document.lines.contains("某局2023年度“三公”经费"))
        #expect(document.lines.contains("支出决算为1.71万元， 完成预算的57%。"))
        #expect(document.lines.contains("合计\t3\t1.71"))
        #expect(!document.lines.joined().contains("1,234"))
        #expect(!document.lines.joined().contains("注释"))
    }

    @Test func docxParagraphsAndTableRows() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
        <w:p><w:r><w:t>某局2023年度部门决算</w:t></w:r></w:p>
        <w:p><w:r><w:t>“三公”经费支出预算为3万元，</w:t></w:r><w:r><w:t>支出决算为1.71万元，完成预算的57%。</w:t></w:r></w:p>
        <w:tbl><w:tr><w:tc><w:p><w:r><w:t>合计</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>3</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
        </w:body></w:document>
        """
        let bytes = try Self.zip(["word/document.xml": xml, "[Content_Types].xml": "<Types/>"])
        let document = try DocumentLoader.load(bytes: bytes, name: "决算.docx")
        #expect(document.lines == ["某局2023年度部门决算", Self.sentence, "合计\t3"])
    }

    @Test func xlsxRowsWithSharedStrings() throws {
        let shared = """
        <?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>公务接待费</t></si><si><t>某局2023年度“三公”经费支出决算表</t></si></sst>
        """
        let sheet = """
        <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
        <row r="1"><c r="A1" t="s"><v>1</v></c></row>
        <row r="2"><c r="A2" t="s"><v>0</v></c><c r="C2"><v>0.53</v></c></row>
        </sheetData></worksheet>
        """
        let bytes = try Self.zip(["xl/sharedStrings.xml": shared, "xl/worksheets/sheet1.xml": sheet])
        let document = try DocumentLoader.load(bytes: bytes, name: "表.xlsx")
        #expect(document.lines.prefix(2) == ["某局2023年度“三公”经费支出决算表", "公务接待费\t\t0.53"])
    }

    @Test func binaryJunkIsRefused() {
        let junk = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        #expect(throws: ExtractError.self) { try DocumentLoader.load(bytes: junk, name: "junk.bin") }
    }

    @Test func aFileThatIsNoDisclosureIsRefused() {
        #expect(throws: ExtractError.self) { try DocumentLoader.load(bytes: Array("hello world 123\n".utf8), name: "a.txt") }
        #expect(throws: ExtractError.self) {
            try DocumentLoader.load(bytes: Array("这是一段没有任何数字的中文文字，不是决算公开文档。".utf8), name: "b.txt")
        }
    }

    @Test func corruptAndEncryptedOfficeFilesAreRefused() {
        let corrupt: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0x41, count: 200)
        #expect(throws: ExtractError.self) { try DocumentLoader.load(bytes: corrupt, name: "bad.docx") }
        let encrypted: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 512)
        do {
            _ = try DocumentLoader.load(bytes: encrypted, name: "secret.xlsx")
            Issue.record("an encrypted workbook was read")
        } catch {
            #expect(error.message.contains("加密"))
        }
    }

    @Test func oversizedInputIsRefusedBeforeReading() {
        let big = [UInt8](repeating: 0x20, count: DocumentLoader.maximumBytes + 1)
        #expect(throws: ExtractError.self) { try DocumentLoader.load(bytes: big, name: "big.txt") }
    }

    @Test func submissionsAreTellFromDocuments() {
        #expect(DocumentLoader.isSubmission("a.yaml"))
        #expect(DocumentLoader.isSubmission("a.YML"))
        #expect(DocumentLoader.isSubmission("-"))
        #expect(!DocumentLoader.isSubmission("决算.txt"))
        #expect(!DocumentLoader.isSubmission("决算.docx"))
    }

    static func zip(_ entries: [String: String]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in entries.sorted(by: { $0.key < $1.key }) {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](try #require(archive.data))
    }
}

@Suite("Markdown 表格")
struct MarkdownTableTests {
    @Test func pipeTablesBecomeTabRowsAndKeepLineNumbers() throws {
        let text = "某局2023年度部门决算\n公开 05 表\n| 科目代码 | 科目名称 | 小计 | 基本支出 | 项目支出 |\n|---|---|---:|---:|---:|\n| 合计 | | 1,717.31 | 1,435.88 | 281.43 |\n"
        let document = try DocumentLoader.load(bytes: Array(text.utf8), name: "a.md")
        #expect(document.lines[2] == "科目代码\t科目名称\t小计\t基本支出\t项目支出")
        #expect(document.lines[3] == "")
        #expect(document.lines[4] == "合计\t\t1,717.31\t1,435.88\t281.43")
    }
}
