/// The funding block of a 项目支出绩效自评表 / 部门整体支出绩效自评表 (财预〔2020〕10号) when its rows come as table
/// rows: a header naming 年初预算数, 全年预算数, 全年执行数, 执行率 (and 分值, 得分), then 年度资金总额 and its 其中 rows.
/// Each row becomes a statement — budget, amount, completion rate — so that 执行率 = 执行数 ÷ 全年预算数 is checked.
struct FormFundingReader {
    let document: DocumentText

    struct Result {
        var statements: [ExtractedStatement] = []
        var records: [NumberRecord] = []
        var lines: Set<Int> = []
    }

    /// Column roles found in a header row, by cell index.
    private struct Header {
        var initialBudget: Int?
        var budget: Int?
        var executed: Int?
        var rate: Int?
        var points: Int?
        var score: Int?
    }

    func read(firstId: Int) -> Result {
        var result = Result()
        var header: Header?
        var parent: Int?
        for (i, line) in document.lines.enumerated() where line.contains("\t") {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingBlanks() }
            let joined = cells.joined()
            if joined.contains("执行数"), joined.contains("预算数") {
                header = Self.header(cells)
                parent = nil
                continue
            }
            guard let h = header, let label = cells.first(where: { !$0.isEmpty && !Self.isFigure($0) }),
                  label.contains("资金") || label.contains("拨款") else { continue }
            // The figures keep their columns: a row may leave a cell empty, or print its label over two cells.
            let offset = cells.firstIndex(of: label)!
            func figure(_ column: Int?) -> (String, Int)? {
                guard let column, column < cells.count, column > offset, Self.isFigure(cells[column]) else { return nil }
                return (cells[column], column)
            }
            let subject = label.hasPrefix("其中") ? String(label.drop { "其中:：".contains($0) }) : label
            let mainId = "s\(firstId + result.statements.count)"
            var s = ExtractedStatement(id: mainId, subject: subject.isEmpty ? label : subject, line: i + 1)
            s.section = "项目资金"
            var pending: [NumberRecord] = []
            func place(_ column: Int?) -> ExtractedFigure? {
                guard let (printed, c) = figure(column) else { return nil }
                return ExtractedFigure(printed: printed, line: i + 1, column: Self.columnOf(cell: c, in: line))
            }
            func bind(_ field: ExtractedStatement.Field, _ column: Int?) {
                guard let f = place(column) else { return }
                s.figures[field] = f
                pending.append(NumberRecord(line: i + 1, column: f.column, printed: f.printed, outcome: .statement(id: mainId, field: field.rawValue)))
            }
            // The rate is measured against 全年预算数 when the form prints it, else against 年初预算数.
            bind(.budget, figure(h.budget) != nil ? h.budget : h.initialBudget)
            if figure(h.budget) != nil { s.budgetKind = "全年预算" } else if figure(h.initialBudget) != nil { s.budgetKind = "年初预算" }
            bind(.amount, h.executed)
            bind(.completionRate, h.rate)
            for (column, name) in [(h.points, "分值"), (h.score, "得分")] {
                guard let f = place(column) else { continue }
                s.counts.append((name, f))
                pending.append(NumberRecord(line: i + 1, column: f.column, printed: f.printed, outcome: .statement(id: mainId, field: "counts." + name)))
            }
            guard !s.figures.isEmpty else { continue }
            let isPart = label.hasPrefix("其中") || ["当年财政拨款", "本年财政拨款", "上年结转", "其他资金"].contains { label.contains($0) }
            if isPart, let parent {
                result.statements[parent].items.append(mainId)
                s.parent = parent
            }
            result.statements.append(s)
            if !isPart { parent = result.statements.count - 1 }
            result.records += pending
            // 年初预算数 beside the 全年预算数 the rate uses: kept as a statement of its own, not guessed into the other.
            if figure(h.budget) != nil, let f = place(h.initialBudget) {
                var initial = ExtractedStatement(id: "s\(firstId + result.statements.count)", subject: s.subject, line: i + 1)
                initial.section = "项目资金"
                initial.scope = "年初预算"
                initial.figures[.budget] = f
                initial.budgetKind = "年初预算"
                result.statements.append(initial)
                result.records.append(NumberRecord(line: i + 1, column: f.column, printed: f.printed, outcome: .statement(id: initial.id, field: "budget")))
            }
            result.lines.insert(i + 1)
        }
        return result
    }

    private static func header(_ cells: [String]) -> Header {
        var h = Header()
        for (k, cell) in cells.enumerated() {
            let c = cell.filter { $0 != " " }
            if c.contains("年初预算") { h.initialBudget = k }
            else if c.contains("预算数") { h.budget = k }
            else if c.contains("执行数") { h.executed = k }
            else if c.contains("执行率") { h.rate = k }
            else if c.contains("分值") { h.points = k }
            else if c.contains("得分") { h.score = k }
        }
        return h
    }

    static func isFigure(_ cell: String) -> Bool {
        let body = cell.hasSuffix("%") || cell.hasSuffix("％") ? String(cell.dropLast()) : cell
        return !body.isEmpty && body.allSatisfy { $0.isNumber || $0 == "," || $0 == "." } && body.contains(where: \.isNumber)
    }

    /// The 1-based character column where cell `index` starts in the tab-separated line.
    static func columnOf(cell index: Int, in line: String) -> Int {
        var column = 1
        var tabs = 0
        for ch in line {
            if tabs == index { break }
            if ch == "\t" { tabs += 1 }
            column += 1
        }
        return column
    }
}
