import Foundation

/// Word .docx: word/document.xml through XMLParser; paragraphs become lines, table rows tab-separated lines.
enum DocxReader {
    static func isWord(_ bytes: [UInt8]) -> Bool {
        (try? ZipPackage(bytes, name: "", kind: ""))?.has("word/document.xml") ?? false
    }

    static func read(_ bytes: [UInt8], name: String) throws(ExtractError) -> DocumentText {
        let package = try ZipPackage(bytes, name: name, kind: "Word 文档")
        guard let xml = try package.data("word/document.xml") else {
            throw ExtractError("\(name)：不是 Word 文档（缺少 word/document.xml），或文件已损坏")
        }
        let collector = OfficeXMLText(part: .wordDocument)
        guard collector.parse(xml) else { throw ExtractError("\(name)：Word 文档内容已损坏（document.xml 不是有效的 XML）") }
        return DocumentText(name: name, lines: collector.lines, format: "Word 文档")
    }
}
