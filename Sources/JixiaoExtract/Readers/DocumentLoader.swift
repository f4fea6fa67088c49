import Foundation

/// Reads a document file of any supported kind into lines of text, by its extension and first bytes.
public enum DocumentLoader {
    /// Documents above this size are refused before anything is read into memory.
    public static let maximumBytes = 16 << 20

    public enum Kind: String, Sendable { case text, html, docx, xlsx, pdf }

    /// Extensions `jixiao check` treats as a submission rather than a document.
    public static func isSubmission(_ path: String) -> Bool {
        let lower = path.lowercased()
        return path == "-" || lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") || lower.hasSuffix(".json")
    }

    public static func load(path: String) throws(ExtractError) -> DocumentText {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ExtractError("\(path)：文件不存在")
        }
        guard !isDirectory.boolValue else { throw ExtractError("\(path)：这是一个目录，不是文件") }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= maximumBytes else {
            throw ExtractError("\(path)：文件过大（\(size / (1 << 20)) MiB），最多读取 16 MiB 的文档；请只提交决算说明或自评报告部分")
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw ExtractError("\(path)：文件无法读取") }
        return try load(bytes: [UInt8](data), name: path)
    }

    public static func load(bytes: [UInt8], name: String) throws(ExtractError) -> DocumentText {
        guard bytes.count <= maximumBytes else {
            throw ExtractError("\(name)：文件过大，最多读取 16 MiB 的文档")
        }
        let document: DocumentText
        switch kind(of: bytes, name: name) {
        case .docx: document = try DocxReader.read(bytes, name: name)
        case .xlsx: document = try XlsxReader.read(bytes, name: name)
        case .pdf: document = try PDFReader.read(bytes, name: name)
        case .html:
            let (text, encoding) = try TextDecoder.decode(bytes, name: name)
            document = DocumentText(name: name, lines: HTMLText.lines(of: text), format: "HTML，\(encoding)")
        case .text:
            let (text, encoding) = try TextDecoder.decode(bytes, name: name)
            document = MarkdownTables.converted(DocumentText(name: name, text: text, format: "文本，\(encoding)"))
        }
        try checkLooksLikeDisclosure(document)
        return document
    }

    static func kind(of bytes: [UInt8], name: String) -> Kind {
        let lower = name.lowercased()
        if lower.hasSuffix(".docx") { return .docx }
        if lower.hasSuffix(".xlsx") { return .xlsx }
        if lower.hasSuffix(".pdf") || bytes.starts(with: Array("%PDF".utf8)) { return .pdf }
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".shtml") { return .html }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            // A ZIP without a telling extension: Word or Excel by its parts.
            return DocxReader.isWord(bytes) ? .docx : .xlsx
        }
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
        if head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") { return .html }
        return .text
    }

    /// A file with no Chinese text or no number at all is not a disclosure.
    static func checkLooksLikeDisclosure(_ document: DocumentText) throws(ExtractError) {
        var han = 0
        var digits = 0
        for line in document.lines {
            for scalar in line.unicodeScalars {
                if (0x4E00...0x9FFF).contains(scalar.value) { han += 1 }
                if ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar) { digits += 1 }
            }
        }
        guard han >= 10 else {
            throw ExtractError("\(document.name)：读不出中文内容，看起来不是决算、预算公开或自评报告文档（\(document.format)）")
        }
        guard digits > 0 else {
            throw ExtractError("\(document.name)：文中没有任何数字，不是决算、预算公开或自评报告文档")
        }
    }
}
