import Foundation

/// What `jixiao extract` reads from a document: statements, and what became of every figure.
public struct Extraction: Sendable {
    public var document: DocumentText
    public var department: String?
    /// The department was not in the title but taken from a form's 实施单位 (or 主管部门, 部门名称) cell.
    public var departmentFromForm = false
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
    /// Self-assessment forms (项目支出 / 部门整体支出绩效自评表) read from table rows.
    public var forms: [ExtractedForm]
    /// Forms found but not read, or parts of a page's table that could not be placed: line and what.
    public var formNotes: [(line: Int, text: String)]

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
        // Forms are read before sentences: their rows are cells, not clauses. The funding block is the form's
        // (checked with it, docs/forms.md), not statements of its own, so it is checked once.
        let formReading = FormReader(document: document, tableLines: Set(cells.keys)).read()
        forms = formReading.forms
        formNotes = formReading.notes
        for line in formReading.ownedLines where cells[line] == nil { cells[line] = "forms" }
        var reader = StatementReader(document: document, year: year, budgetPage: budgetPage, tableLines: cells)
        reader.read()
        statements = reader.statements
        records = (reader.records.filter { !formReading.ownedLines.contains($0.line) } + formReading.records)
            .sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        unparsedSentences = reader.unparsedSentences.filter { !formReading.ownedLines.contains($0.line) }
        if department == nil, let fromForm = forms.lazy.compactMap(\.department).first {
            department = fromForm
            departmentFromForm = true
        }
    }

    /// “自评表 2 张（指标 14 行）”, and the forms that could not be read, for the summary.
    public var formSummary: String? {
        let unread = formNotes.filter { $0.text.contains(RunTogetherForms.phrase) }.count
        guard !forms.isEmpty || unread > 0 else { return nil }
        var parts: [String] = []
        if !forms.isEmpty { parts.append("自评表 \(forms.count) 张（指标 \(forms.reduce(0) { $0 + $1.rows.count }) 行）") }
        if unread > 0 { parts.append("\(unread) 处自评表的\(RunTogetherForms.phrase)，未能读出") }
        return parts.joined(separator: "，")
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
        if let forms = formSummary { text += "；" + forms }
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
