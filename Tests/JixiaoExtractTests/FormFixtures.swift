import Foundation
import JixiaoEngine
@testable import JixiaoExtract
import Testing

/// Self-assessment forms written by the tests in the layouts offices publish them: a Word table with merged cells,
/// an Excel sheet with merged cells and a percent-formatted 执行率, HTML with rowspan/colspan. Every figure in them
/// is made up here; the expected values in the tests come from these tables and hand arithmetic.
enum FormFixtures {
    /// A Word table cell: its text and the grid columns it spans, the first cell of a vertical merge, or a cell the
    /// merge above continues into (Word writes it empty).
    enum WordCell {
        case text(String, span: Int = 1)
        case mergeStart(String)
        case merged
    }

    static func docx(before: [String], rows: [[WordCell]], after: [String] = []) throws -> [UInt8] {
        func escape(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        func paragraph(_ text: String) -> String { "<w:p><w:r><w:t xml:space=\"preserve\">\(escape(text))</w:t></w:r></w:p>" }
        var body = before.map(paragraph).joined()
        body += "<w:tbl>"
        for row in rows {
            body += "<w:tr>"
            for cell in row {
                switch cell {
                case .text(let text, let span):
                    let properties = span > 1 ? "<w:tcPr><w:gridSpan w:val=\"\(span)\"/></w:tcPr>" : ""
                    // A cell's text over two paragraphs, as Word keeps a line break typed in a cell.
                    body += "<w:tc>\(properties)" + text.split(separator: "\n", omittingEmptySubsequences: false).map { paragraph(String($0)) }.joined() + "</w:tc>"
                case .mergeStart(let text):
                    body += "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>\(paragraph(text))</w:tc>"
                case .merged:
                    body += "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>"
                }
            }
            body += "</w:tr>"
        }
        body += "</w:tbl>" + after.map(paragraph).joined()
        let xml = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)</w:body></w:document>
        """
        return try ReaderTests.zip(["word/document.xml": xml, "[Content_Types].xml": "<Types/>"])
    }

    /// An Excel cell: text (a shared string), a number, a fraction shown with the `0%` format, or nothing (a merged
    /// cell's other cells, which Excel leaves out).
    enum ExcelCell {
        case text(String)
        case number(String)
        case percent(String)
        case empty
    }

    static func xlsx(rows: [[ExcelCell]]) throws -> [UInt8] {
        var strings: [String] = []
        var sheet = ""
        for (r, row) in rows.enumerated() {
            sheet += "<row r=\"\(r + 1)\">"
            for (c, cell) in row.enumerated() {
                let ref = "\(Character(Unicode.Scalar(65 + c)!))\(r + 1)"
                switch cell {
                case .text(let text):
                    strings.append(text)
                    sheet += "<c r=\"\(ref)\" t=\"s\"><v>\(strings.count - 1)</v></c>"
                case .number(let value): sheet += "<c r=\"\(ref)\"><v>\(value)</v></c>"
                case .percent(let value): sheet += "<c r=\"\(ref)\" s=\"1\"><v>\(value)</v></c>"
                case .empty: break
                }
            }
            sheet += "</row>"
        }
        let shared = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + strings.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>"
        let styles = """
        <?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="9"/></cellXfs></styleSheet>
        """
        let worksheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>\(sheet)</sheetData></worksheet>"
        return try ReaderTests.zip(["xl/sharedStrings.xml": shared, "xl/styles.xml": styles, "xl/worksheets/sheet1.xml": worksheet])
    }

    /// Extracts the document and loads the submission written from it, as `jixiao score DOCUMENT` does.
    static func extract(_ bytes: [UInt8], name: String) throws -> (extraction: Extraction, yaml: String, submission: Submission) {
        let extraction = Extraction(try DocumentLoader.load(bytes: bytes, name: name))
        let yaml = SubmissionWriter(extraction).write().yaml
        let submission = try SubmissionLoader().load(bytes: Array(yaml.utf8), file: name)
        return (extraction, yaml, submission)
    }

    static func extract(text: String, name: String) throws -> (extraction: Extraction, yaml: String, submission: Submission) {
        try extract(Array(text.utf8), name: name)
    }

    /// Scores the extracted submission with the rubrics it names, from the repository's rubrics folder.
    static func score(_ yaml: String, name: String) throws -> SubmissionResult {
        let scorer = SubmissionScorer(catalog: RubricCatalog(searchDirectories: [SharedCorpus.repositoryRoot.appendingPathComponent("rubrics").path]))
        return try scorer.score(bytes: Array(yaml.utf8), file: name)
    }
}

extension Form.Row {
    /// The row as printed, for comparing with what a test expects: 一级, 二级, 三级, 分值, 指标值, 完成值, 得分, 偏差原因.
    var printed: [String?] {
        [level1, level2, name, weight?.printed, target?.printed, actual?.printed, score?.printed, deviation]
    }
}

extension Form.Funding {
    /// 年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分 as printed.
    var printed: [String?] {
        [initial?.printed, annual?.printed, executed?.printed, weight?.printed, rate?.printed, score?.printed]
    }
}

extension RubricResult {
    func indicator(_ id: String) -> IndicatorResult? { allIndicators.first { $0.id == id } }
}
