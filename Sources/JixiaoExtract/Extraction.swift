import Foundation

/// What `jixiao extract` reads from a document: statements, and what became of every figure.
public struct Extraction: Sendable {
    public var document: DocumentText
    public var department: String?
    public var year: Int?
    /// The year is the text's first, not the title's: the user must check it.
    public var yearFromBody: Bool
    public var unit: String
    public var title: String?
    public var budgetPage: Bool
    public var statements: [ExtractedStatement]
    public var records: [NumberRecord]
    public var unparsedSentences: [(line: Int, text: String)]
    public var tables: [ExtractedTable]

    public var boundCount: Int { records.filter(\.isBound).count }
    public var notUnderstood: [NumberRecord] { records.filter { !$0.isBound } }

    /// Reads `document`.
    public init(_ document: DocumentText) {
        self.document = document
        let title = TitleReader(document)
        department = title.department
        year = title.year
        yearFromBody = title.yearFromBody
        unit = title.unit ?? "万元"
        self.title = title.title
        budgetPage = title.budgetPage
        tables = TableReader(document).read()
        var cells: [Int: String] = [:]
        for table in tables { for (line, key) in table.rowLines { cells[line] = key } }
        var reader = StatementReader(document: document, year: year, budgetPage: budgetPage, tableLines: cells)
        reader.read()
        statements = reader.statements
        records = reader.records
        unparsedSentences = reader.unparsedSentences
        // A 绩效自评表's funding rows are table rows the sentence reader left as not understood: read them as statements.
        let forms = FormFundingReader(document: document).read(firstId: statements.count + 1)
        if !forms.statements.isEmpty {
            records.removeAll { forms.lines.contains($0.line) && !$0.isBound }
            statements += forms.statements
            records += forms.records
        }
    }

    /// “识别数字 412 个，其中 389 个（94.4%）已归入陈述或表格；未识别 23 个”.
    public var summary: String {
        let total = records.count
        let bound = boundCount
        let share = total == 0 ? "0.0" : Self.percent(bound, total)
        var text = "识别数字 \(total) 个，其中 \(bound) 个（\(share)%）已归入陈述或表格；未识别 \(total - bound) 个"
        let missing = notUnderstood
        if !missing.isEmpty {
            let shown = missing.prefix(5).map { "第 \($0.line) 行 “\($0.printed)”" }.joined(separator: "、")
            text += "：" + shown + (missing.count > 5 ? " 等" : "")
        }
        return text
    }

    /// `part` of `whole` as a percentage with one decimal, from integers (no floating point).
    static func percent(_ part: Int, _ whole: Int) -> String {
        let tenths = (part * 1000 + whole / 2) / whole
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// The sentence around a column of a line, for showing where a figure stands.
    public func sentence(line: Int, column: Int) -> String? {
        guard line >= 1, line <= document.lines.count else { return nil }
        let chars = NormalizedLine(document.lines[line - 1])
        let start = StatementReader.sentenceStart(chars.chars, before: max(0, column - 1))
        let end = StatementReader.sentenceEnd(chars.chars, after: max(0, column - 1))
        var text = chars.printedText(start..<end).trimmingCharacters(in: .whitespaces)
        if text.count > 90 { text = String(text.prefix(88)) + "…" }
        return text
    }
}
