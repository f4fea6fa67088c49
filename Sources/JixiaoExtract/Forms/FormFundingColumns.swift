/// The funding block of a form: which column holds 年初预算数, 全年预算数, 全年执行数, 分值, 执行率 and 得分, found
/// by the words of its header row, and the reading of its 年度资金总额 row.
struct FormFundingColumns {
    private(set) var columns: [(field: FormWords.FundingField, index: Int)] = []
    /// The unit the header names (项目资金（万元）).
    private(set) var unit: String?

    init?(header: FormRow) {
        guard FormWords.isFundingHeader(header) else { return nil }
        for (index, cell) in header.cells.enumerated() {
            guard let field = FormWords.fundingField(cell.text), !columns.contains(where: { $0.field == field }) else { continue }
            columns.append((field, index))
        }
        unit = FormWords.unit(in: header.cells.map(\.text))
    }

    static func kind(of field: FormWords.FundingField) -> FormFigureText.Kind {
        switch field {
        case .initial, .annual, .executed: .amount
        case .rate: .rate
        case .weight, .score: .score
        }
    }

    static let names: [FormWords.FundingField: String] = [
        .initial: "年初预算数", .annual: "全年预算数", .executed: "全年执行数", .weight: "分值", .rate: "执行率", .score: "得分",
    ]

    /// Reads the row holding the form's funding (年度资金总额) into `draft`: each figure under its header word.
    func read(_ row: FormRow, into draft: inout FormDraft) {
        let offset = bestOffset(row)
        draft.form.fundingLine = row.line
        for field in FormWords.FundingField.allCases {
            guard let index = columns.first(where: { $0.field == field })?.index, let cell = row.cell(index + offset) else { continue }
            let name = Self.names[field]!
            if FormFigureText.isFigure(cell.text, Self.kind(of: field)) {
                draft.form.funding.append((field.rawValue, ExtractedForm.Printed(text: cell.text, line: cell.line, column: cell.column)))
                draft.bind(cell, to: "funding.\(field.rawValue)")
            } else {
                let expected = field == .rate ? "百分比" : "数字"
                draft.note(cell.line, "资金情况的“\(name)”印作“\(cell.text)”，不是\(expected)，没有写入")
                draft.reject(cell, because: "资金情况的“\(name)”不是\(expected)")
            }
        }
        draft.own(row)
    }

    /// Cells sit under their header words; when a label spans more or fewer cells than the header's (a merged
    /// cell), the figures are the row's last cells, as far to the right as the header's.
    private func bestOffset(_ row: FormRow) -> Int {
        let lastHeader = columns.map(\.index).max() ?? 0
        let lastFigure = row.cells.lastIndex { !$0.isEmpty } ?? 0
        var best = (offset: 0, valid: -1)
        for offset in Set([0, lastFigure - lastHeader]) .sorted(by: { abs($0) < abs($1) }) {
            var valid = 0
            var invalid = 0
            for (field, index) in columns {
                guard let cell = row.cell(index + offset) else { continue }
                if FormFigureText.isFigure(cell.text, Self.kind(of: field)) { valid += 1 } else { invalid += 1 }
            }
            if invalid == 0, valid > best.valid { best = (offset, valid) }
        }
        return best.valid >= 0 ? best.offset : 0
    }
}
