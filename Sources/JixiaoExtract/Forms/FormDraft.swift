/// A form while its rows are read: what it holds so far, which cell went into which field, and why the cells that
/// were not read were not.
struct FormDraft {
    /// A cell's place: its line and the column it starts at.
    struct CellKey: Hashable { var line: Int; var column: Int }

    var form: ExtractedForm
    /// Cell → the field it was written to, relative to the form (`funding.rate`, `indicators[2].target`).
    var bound: [CellKey: String] = [:]
    /// Cells not written, with why (a weight that is not a number …).
    var cellReasons: [CellKey: String] = [:]
    /// Numbers that are the template's numbering (the 1 of “指标1”): structure, not figures.
    var numbering: Set<CellKey> = []
    /// Rows not read, line → why.
    var lineReasons: [Int: String] = [:]
    /// Rows of the form, read or not: their lines are the form's, and no other reader takes their numbers.
    private(set) var ownedLines: Set<Int> = []
    /// Rows seen since the last row that was read: the form's only if another of its rows follows.
    private var pending: [FormRow] = []
    /// Where each cell of an owned line starts, so that a number is found in its own cell.
    private(set) var cellStarts: [Int: Set<Int>] = [:]

    init(kind: String, line: Int) {
        form = ExtractedForm(kind: kind, line: line)
    }

    /// The form has something to write: a name, its funding or a row.
    var hasContent: Bool { form.name != nil || !form.funding.isEmpty || !form.rows.isEmpty || form.total != nil }

    mutating func bind(_ cell: FormCell, to path: String) {
        bound[CellKey(line: cell.line, column: cell.column)] = path
    }

    mutating func reject(_ cell: FormCell, because reason: String) {
        cellReasons[CellKey(line: cell.line, column: cell.column)] = reason
    }

    mutating func note(_ line: Int, _ text: String) {
        form.notes.append((line, text))
    }

    /// A row of the form that was read (or deliberately passed over): it and the rows before it since the last
    /// such row are the form's.
    mutating func own(_ row: FormRow, reason: String? = nil) {
        for earlier in pending {
            take(earlier, reason: earlier.unreadReason ?? "自评表中的这一行没有读出（不是资金情况、绩效指标、总分或等级）")
        }
        pending = []
        take(row, reason: reason)
    }

    private mutating func take(_ row: FormRow, reason: String?) {
        ownedLines.formUnion(row.lines)
        for cell in row.cells where cell.column > 0 { cellStarts[cell.line, default: []].insert(cell.column) }
        if let reason { for line in row.lines where lineReasons[line] == nil { lineReasons[line] = reason } }
    }

    /// A row the form may or may not hold: kept aside until the next row that is read.
    mutating func hold(_ row: FormRow) { pending.append(row) }
}
