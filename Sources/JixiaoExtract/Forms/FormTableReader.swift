/// Reads self-assessment forms from table rows (a .docx, .xlsx or HTML form, tab-separated text, or cells printed
/// one per line rebuilt into rows): the title and 项目名称, the funding block, the indicator rows, 总分 and 等级.
///
/// A form starts at its title (…自评表), its 项目名称 row, its funding header or its indicator header, and ends at the
/// next form's, a 公开NN表 mark or a top-level heading. Rows between two rows that were read are the form's even when
/// they are not read (年度总体目标 …): their numbers are reported with why.
struct FormTableReader {
    let items: [FormItem]

    private struct State {
        var drafts: [FormDraft] = []
        var current: FormDraft?
        var funding: FormFundingColumns?
        var indicators: FormIndicatorRows?
        var inIndicators = false
        var lastWasIndicatorHeader = false
        /// After a 年度总体目标 row: the rows up to the next header are its text.
        var inGoals = false
        /// A form started by a 项目名称 row with no title above: a list's header (项目名称 | 金额) looks the same, so
        /// the next row decides.
        var provisional = false
        var fundingParts: [Int] = []

        mutating func finish() {
            if var draft = current {
                if !fundingParts.isEmpty {
                    let lines = fundingParts.count == 1 ? "第 \(fundingParts[0]) 行" : "第 \(fundingParts.first!)–\(fundingParts.last!) 行"
                    draft.note(fundingParts[0], "资金情况的来源明细（\(lines)：其中 本年财政拨款、上年结转、其他资金 等）没有写入：forms 格式只记年度资金总额")
                }
                // A form is its rows, or its funding (or 总分) under a title or a name: a table that only has a
                // 项目名称 column, or a 预算数/执行数 header with no form around it, is not one.
                let titled = draft.form.title != nil, named = draft.form.name != nil
                let figures = !draft.form.funding.isEmpty || draft.form.total != nil
                if !draft.form.rows.isEmpty || (titled && named) || ((titled || named) && figures) {
                    if draft.form.name == nil { draft.note(draft.form.line, "表中没有读到项目名称，name 写作“待填写：项目名称”") }
                    if draft.form.rows.isEmpty {
                        draft.note(draft.form.line, indicators == nil ? "没有读到绩效指标行：表中没有“三级指标”一类的表头" : "表头之下没有读到绩效指标行")
                    }
                    if draft.form.funding.isEmpty {
                        draft.note(draft.form.line, funding == nil ? "没有读到资金情况：表中没有写明预算数、执行数的表头" : "没有读到资金情况的年度资金总额一行")
                    }
                    drafts.append(draft)
                }
            }
            current = nil
            funding = nil
            indicators = nil
            inIndicators = false
            lastWasIndicatorHeader = false
            inGoals = false
            provisional = false
            fundingParts = []
        }

        /// The 项目名称 (or 部门名称) of the form: a second one starts the next form.
        mutating func name(_ printed: String, kind: String, line: Int) {
            if current?.form.name != nil { start(kind: kind, line: line) }
            ensure(kind: kind, line: line)
            current!.form.name = FormIndicatorRows.joinedHan(printed)
            if kind == "部门整体" {
                current!.form.kind = kind
                current!.form.department = current!.form.name
            }
        }

        /// Drops a form that turned out to be a list's header.
        mutating func discard() {
            current = nil
            finish()
        }

        mutating func start(kind: String, line: Int) {
            finish()
            current = FormDraft(kind: kind, line: line)
        }

        /// The form being read, started here when none is.
        mutating func ensure(kind: String = "项目", line: Int) {
            if current == nil { current = FormDraft(kind: kind, line: line) }
        }
    }

    func read() -> [FormDraft] {
        var s = State()
        for item in items {
            switch item {
            case .text(let line, let text): readText(text, line: line, &s)
            case .row(let row): readRow(row, &s)
            }
        }
        s.finish()
        return s.drafts
    }

    private func readText(_ text: String, line: Int, _ s: inout State) {
        let t = text.trimmingBlanks()
        guard !t.isEmpty else { return }
        if FormWords.isTitle(t) {
            if s.current?.hasContent == true { s.finish() }
            s.ensure(kind: FormWords.kind(ofTitle: t), line: line)
            s.current!.form.title = FormWords.compact(t)
            s.current!.form.kind = FormWords.kind(ofTitle: t)
            return
        }
        // Outside a form a line of text means nothing here (most of a long document: keep it cheap).
        guard s.current != nil else { return }
        let compact = FormWords.compact(t)
        if (compact.count <= 8 && compact.range(of: #"^公开0?[1-9]表$"#, options: .regularExpression) != nil)
            || (Heading.parse(t).map { $0.level <= 1 } ?? false) {
            s.finish()
            return
        }
        s.inIndicators = false
        s.lastWasIndicatorHeader = false
        // “自评等级：优”, “自评总分：95分” printed below the table.
        if compact.contains("等级"), s.current!.form.grade == nil,
           let r = compact.range(of: #"等级[:：](优秀|良好|优|良|中|差)"#, options: .regularExpression) {
            let printed = String(compact[r].drop { $0 != ":" && $0 != "：" }.dropFirst())
            let column = (Array(t).firstIndex(of: printed.first!) ?? 0) + 1
            s.current!.form.grade = (FormFigureText.grade(printed)!, .init(text: printed, line: line, column: column))
        }
    }

    private func readRow(_ row: FormRow, _ s: inout State) {
        let nonEmpty = row.cells.filter { !$0.isEmpty }
        guard let label = nonEmpty.first else { return }
        let isHeader = FormWords.isIndicatorHeader(row)
        defer { s.lastWasIndicatorHeader = isHeader }
        // A title printed in the table's first row.
        if nonEmpty.count == 1, FormWords.isTitle(label.text) {
            readText(label.text, line: row.line, &s)
            return
        }
        if let reason = row.unreadReason {
            s.current?.own(row, reason: reason)
            return
        }
        if s.provisional {
            s.provisional = false
            if !Self.followsAName(row) { s.discard() }
        }
        let wasInGoals = s.inGoals
        s.inGoals = false
        // 项目名称 / 部门名称, and 主管部门 / 实施单位, wherever they stand in the row.
        var named = false
        for (index, cell) in row.cells.enumerated() where !cell.isEmpty {
            if let (kind, name) = FormWords.labelledName(cell.text) {
                s.name(name, kind: kind, line: row.line)
                named = true
            } else if let kind = FormWords.nameLabel(cell.text), let value = row.next(after: index),
               FormWords.nameLabel(value.text) == nil, !FormWords.isDepartmentLabel(value.text) {
                s.name(value.text, kind: kind, line: row.line)
                named = true
            } else if FormWords.isDepartmentLabel(cell.text), let value = row.next(after: index),
                      FormWords.nameLabel(value.text) == nil, !FormWords.isDepartmentLabel(value.text), s.current != nil || named {
                // 实施单位 before 主管部门: the unit that carried the project out fills in its form.
                let isImplementer = FormWords.compact(cell.text).contains("实施")
                if s.current!.form.department == nil || isImplementer, s.current!.form.kind != "部门整体" {
                    s.current!.form.department = FormIndicatorRows.joinedHan(value.text)
                }
                named = true
            }
        }
        if named {
            if s.current!.form.title == nil, s.current!.form.funding.isEmpty, s.current!.form.rows.isEmpty { s.provisional = true }
            s.current!.own(row)
            return
        }
        if let header = FormFundingColumns(header: row) {
            if s.current?.form.funding.isEmpty == false || s.current?.form.rows.isEmpty == false { s.start(kind: "项目", line: row.line) }
            s.ensure(line: row.line)
            s.funding = header
            if let unit = header.unit { s.current!.form.unit = unit }
            s.inIndicators = false
            s.current!.own(row)
            return
        }
        if isHeader {
            if s.current?.form.total != nil { s.start(kind: "项目", line: row.line) }
            s.ensure(line: row.line)
            if s.lastWasIndicatorHeader, var indicators = s.indicators {
                indicators.add(row)
                s.indicators = indicators
            } else {
                s.indicators = FormIndicatorRows(header: row)
            }
            s.inIndicators = true
            s.current!.own(row)
            return
        }
        guard s.current != nil else { return }
        let labelText = FormWords.withoutNotes(label.text)
        if FormWords.isTotalLabel(label.text) || labelText.hasPrefix("总分") {
            readTotal(row, label: label, &s)
            s.inIndicators = false
            return
        }
        if readGrade(row, &s) { return }
        if FormWords.isClosingLabel(label.text), s.inIndicators || s.current!.form.total != nil {
            s.inIndicators = false
            s.current!.own(row, reason: "自评表的文字部分（\(FormWords.withoutNotes(label.text))）：forms 格式不记录")
            return
        }
        if s.inIndicators, var indicators = s.indicators {
            indicators.read(row, into: &s.current!)
            s.indicators = indicators
            return
        }
        if let funding = s.funding, s.current!.form.funding.isEmpty, FormWords.isFundingTotal(label.text) {
            funding.read(row, into: &s.current!)
            return
        }
        if s.funding != nil, FormWords.isFundingPart(label.text) {
            s.fundingParts.append(row.line)
            s.current!.own(row, reason: "资金来源明细（其中…）：forms 格式只记年度资金总额，这一行没有写入")
            return
        }
        if labelText.contains("总体目标") || wasInGoals {
            s.current!.own(row, reason: "年度总体目标：forms 格式不记录")
            s.inGoals = true
            return
        }
        s.current!.hold(row)
    }

    /// Rows a form prints after its 项目名称: the people and units responsible, the project's kind, the funding, the
    /// goals, the headers — not a row of figures under a list's header.
    static func followsAName(_ row: FormRow) -> Bool {
        if FormWords.isFundingHeader(row) || FormWords.isIndicatorHeader(row) { return true }
        let words = ["负责人", "主管", "实施", "联系", "属性", "资金", "目标", "类型", "单位", "部门", "预算", "名称", "电话", "年度"]
        return row.cells.contains { cell in words.contains { FormWords.compact(cell.text).contains($0) } }
    }

    /// 总分: the figure under the 得分 column; else, of the two figures of the row, the one the header order gives
    /// 得分; else the one figure of a row labelled 自评总分. A 合计 that only adds up the 分值 is not the total.
    private func readTotal(_ row: FormRow, label: FormCell, _ s: inout State) {
        let columns = s.indicators?.columns ?? [:]
        let figures = row.cells.filter { !$0.isEmpty && $0.column != label.column && FormFigureText.looksNumeric($0.text) }
        var total: FormCell?
        if let index = columns[.score], let cell = row.cell(index), FormFigureText.isFigure(cell.text, .score) {
            total = cell
        } else if figures.count == 2, let weight = columns[.weight], let score = columns[.score] {
            total = weight < score ? figures[1] : figures[0]
        } else if figures.count == 1, ["自评总分", "总得分", "自评得分合计", "得分合计"].contains(FormWords.withoutNotes(label.text)) {
            total = figures[0]
        }
        for figure in figures where figure != total {
            s.current!.reject(figure, because: "总分一行中的分值合计：forms 格式不记录（各项分值之和另行核对）")
        }
        if let total, FormFigureText.isFigure(total.text, .score) {
            s.current!.form.total = .init(text: total.text, line: total.line, column: total.column)
            s.current!.bind(total, to: "total")
        } else if total == nil, !figures.isEmpty {
            let printed = figures.map { "“\($0.text)”" }.joined(separator: "、")
            s.current!.note(row.line, "总分一行印有 \(printed)，看不出哪个是得分合计，没有写入 total")
            for figure in figures { s.current!.reject(figure, because: "总分一行的数字，看不出是分值合计还是得分合计") }
        }
        s.current!.own(row)
        _ = readGrade(row, &s)
    }

    /// A cell naming the grade (自评等级, 评价等级) and the grade beside it.
    @discardableResult
    private func readGrade(_ row: FormRow, _ s: inout State) -> Bool {
        for (index, cell) in row.cells.enumerated() where FormWords.compact(cell.text).hasSuffix("等级") {
            guard let value = row.next(after: index) else { continue }
            if let grade = FormFigureText.grade(value.text) {
                s.current!.form.grade = (grade, .init(text: value.text, line: value.line, column: value.column))
            } else {
                s.current!.note(row.line, "等级印作“\(value.text)”，不是 优、良、中、差，没有写入 grade")
            }
            s.current!.own(row)
            return true
        }
        return false
    }
}
