/// The indicator rows of a form: columns found by the words of the header row (一级指标, 二级指标, 三级指标, 分值,
/// 年度指标值, 实际完成值, 得分, 偏差原因…), then each row read under them. A merged 一级 or 二级 cell is printed
/// once and empty below: it is carried down to the rows it covers.
struct FormIndicatorRows {
    private(set) var columns: [FormWords.IndicatorField: Int] = [:]
    private var level1: String?
    private var level2: String?

    init?(header: FormRow) {
        guard FormWords.isIndicatorHeader(header) else { return nil }
        add(header)
    }

    /// A header printed over two rows adds the columns the second names.
    mutating func add(_ header: FormRow) {
        var weights: [Int] = []
        for (index, cell) in header.cells.enumerated() {
            guard let field = FormWords.indicatorField(cell.text) else { continue }
            if field == .weight { weights.append(index); continue }
            if columns[field] == nil { columns[field] = index }
        }
        // A form printing a 分值 beside each level (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值) weights the
        // rows by the one after the 三级指标.
        if let name = columns[.name], let weight = weights.first(where: { $0 > name }) ?? weights.last {
            columns[.weight] = weight
        } else if let weight = weights.last, columns[.weight] == nil {
            columns[.weight] = weight
        }
    }

    /// Words a template prints in rows nobody filled in (指标1, 指标2, ……).
    static func isPlaceholder(_ name: String) -> Bool {
        let n = FormWords.compact(name)
        return n.isEmpty || n == "……" || n == "…" || n == "..." || n == "......"
            || (n.hasPrefix("指标") && n.dropFirst(2).allSatisfy { $0.isASCII && $0.isNumber })
    }

    /// A name without the template's numbering (“指标1：工程资金金额” → “工程资金金额”) and without the blanks a line
    /// break leaves between two Chinese characters.
    static func cleanName(_ text: String) -> String {
        var t = Substring(joinedHan(text))
        if t.hasPrefix("指标") {
            let rest = t.dropFirst(2)
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty {
                let after = rest.dropFirst(digits.count).drop { ":：、.．".contains($0) || $0 == " " }
                if !after.isEmpty { t = after }
            }
        }
        return String(t)
    }

    /// A level without the points printed beside it (“产出指标(70分)” → “产出指标”), and those points.
    static func cleanLevel(_ text: String) -> (level: String, points: String?) {
        let t = joinedHan(text)
        guard let open = t.lastIndex(where: { $0 == "(" || $0 == "（" }), t.hasSuffix(")") || t.hasSuffix("）") else { return (t, nil) }
        let inner = t[t.index(after: open)..<t.index(before: t.endIndex)].filter { $0 != " " }
        guard inner.hasSuffix("分"), FormFigureText.isFigure(String(inner), .score) else { return (t, nil) }
        let level = String(t[..<open]).trimmingBlanks()
        return level.isEmpty ? (t, nil) : (level, String(inner))
    }

    /// Blanks between two Chinese characters removed: a cell printed over two lines (“满意度 指标”) reads as one word.
    static func joinedHan(_ text: String) -> String {
        let c = Array(text.trimmingBlanks())
        var out = ""
        for (i, ch) in c.enumerated() {
            if ch == " " || ch == "\u{3000}" || ch == "\u{00A0}", i > 0, i + 1 < c.count, isHan(c[i - 1]), isHan(c[i + 1]) { continue }
            out.append(ch)
        }
        return out
    }

    private static func isHan(_ c: Character) -> Bool {
        c.unicodeScalars.first.map { (0x4E00...0x9FFF).contains($0.value) } ?? false
    }

    /// Reads one row under the header into `draft`. A row with figures but no 三级指标 is reported, not guessed.
    mutating func read(_ row: FormRow, into draft: inout FormDraft) {
        func cell(_ field: FormWords.IndicatorField) -> FormCell? { row.cell(columns[field]) }
        let valueFields: [FormWords.IndicatorField] = [.weight, .target, .actual, .score, .deviation]
        let hasValues = valueFields.contains { cell($0) != nil }
        var newLevel1: String?
        var newLevel2: String?
        for (field, slot) in [(FormWords.IndicatorField.level1, 1), (.level2, 2)] {
            guard let levelCell = cell(field) else { continue }
            let (level, points) = Self.cleanLevel(levelCell.text)
            if slot == 1 { newLevel1 = level } else { newLevel2 = level }
            if let points {
                draft.reject(levelCell, because: "\(slot == 1 ? "一" : "二")级指标的分值（\(points)）：forms 格式没有这一项，各行分值之和另行核对")
            } else if levelCell.text.contains(where: \.isNumber) {
                draft.reject(levelCell, because: "指标名称中的数字")
            }
        }
        // Carried down: an empty level cell is the merged cell above. A new 一级指标 starts its own 二级指标.
        if let newLevel1 {
            if newLevel1 != level1 { level2 = nil }
            level1 = newLevel1
        }
        if let newLevel2 { level2 = newLevel2 }
        guard let nameCell = cell(.name) else {
            if hasValues {
                draft.note(row.line, "第 \(row.line) 行有分值或指标值，但没有三级指标名称，没有读出")
                draft.own(row, reason: "绩效指标行没有三级指标名称，没有读出")
            } else {
                draft.own(row, reason: "绩效指标行没有三级指标名称")
            }
            return
        }
        if Self.isPlaceholder(nameCell.text), !hasValues {
            if nameCell.text.count > 2 { draft.numbering.insert(FormDraft.CellKey(line: nameCell.line, column: nameCell.column + 2)) }
            draft.own(row, reason: "空白的模板行")
            return
        }
        let rowId = "R\(draft.form.rows.count + 1)"
        let path = "indicators[\(draft.form.rows.count)]"
        var extracted = ExtractedForm.Row(level1: level1, level2: level2, name: Self.cleanName(nameCell.text),
                                          line: nameCell.line, column: nameCell.column)
        if nameCell.text.hasPrefix("指标"), nameCell.text.dropFirst(2).first?.isNumber == true {
            draft.numbering.insert(FormDraft.CellKey(line: nameCell.line, column: nameCell.column + 2))
        }
        if nameCell.text.contains(where: \.isNumber) { draft.reject(nameCell, because: "指标名称中的数字") }
        func printed(_ c: FormCell) -> ExtractedForm.Printed { .init(text: c.text, line: c.line, column: c.column) }
        for (field, what) in [(FormWords.IndicatorField.weight, "分值"), (.score, "得分")] {
            guard let c = cell(field) else { continue }
            if FormFigureText.isFigure(c.text, .score) {
                if field == .weight { extracted.weight = printed(c) } else { extracted.score = printed(c) }
                draft.bind(c, to: "\(path).\(field.rawValue)")
            } else {
                draft.note(c.line, "\(rowId) \(extracted.name)：\(what)印作“\(c.text)”，不是数字，没有写入")
                draft.reject(c, because: "\(rowId) 的\(what)不是数字")
            }
        }
        for field in [FormWords.IndicatorField.target, .actual, .deviation] {
            guard let c = cell(field) else { continue }
            switch field {
            case .target: extracted.target = printed(c)
            case .actual: extracted.actual = printed(c)
            default: extracted.deviation = printed(c)
            }
            draft.bind(c, to: "\(path).\(field.rawValue)")
        }
        draft.form.rows.append(extracted)
        draft.own(row)
    }
}
