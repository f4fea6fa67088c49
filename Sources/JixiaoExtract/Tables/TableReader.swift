import Foundation

/// Finds the standard 公开01–09 tables (by their 公开NN表 mark and title) among tab-separated rows and reads them into
/// the facts the rubrics name, keeping row codes, columns and 栏次. A table laid out otherwise is read as far as its
/// rows fit, and says where it stopped; tables without a mapping keep their rows as printed.
struct TableReader {
    let document: DocumentText

    init(_ document: DocumentText) { self.document = document }

    func read() -> [ExtractedTable] {
        let lines = document.lines
        var marks: [(index: Int, key: String)] = []
        for (i, line) in lines.enumerated() {
            let compact = line.filter { $0 != " " && $0 != "\u{3000}" }
            if let r = compact.range(of: #"^公开0?[1-9]表$"#, options: .regularExpression) {
                let digit = compact[r].filter(\.isNumber).last!
                marks.append((i, "t0\(digit)"))
            }
        }
        var tables: [ExtractedTable] = []
        for (n, mark) in marks.enumerated() {
            let limit = n + 1 < marks.count ? marks[n + 1].index : lines.count
            var end = mark.index + 1
            // The table runs to its 注, the next heading, or the next table.
            while end < limit {
                let t = lines[end].trimmingBlanks()
                if t.hasPrefix("注") || (!t.contains("\t") && Heading.parse(t).map { $0.level <= 1 } == true) { break }
                end += 1
            }
            let rows = (mark.index + 1..<end).filter { lines[$0].contains("\t") }
            let title = TableLayouts.titles[mark.key] ?? ""
            var table = ExtractedTable(key: mark.key, title: title, line: mark.index + 1, facts: [], rowLines: [:], stoppedAt: nil)
            table.facts.append(("section", .text("公开\(mark.key.dropFirst())表 \(title)（第 \(mark.index + 1) 行起）")))
            if let columns = columnNumbers(rows) {
                table.facts.append(("column_numbers", .text(columns.line)))
                table.rowLines[columns.index + 1] = "\(mark.key).column_numbers"
            }
            let data = rows.filter { isData(lines[$0]) && !isColumnNumbers(lines[$0]) }
            switch mark.key {
            case "t02", "t03", "t05", "t07", "t08": readCoded(&table, data)
            case "t09": readSangong(&table, data)
            case "t01": readT01(&table, data)
            case "t04": readT04(&table, data)
            case "t06": readT06(&table, data)
            default: readAsPrinted(&table, data, reason: "本表不是湖南模板的公开表，逐行保留原文")
            }
            tables.append(table)
        }
        return tables
    }

    private func cells(_ line: String) -> [String] {
        line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingBlanks() }
    }

    private func isFigure(_ cell: String) -> Bool {
        !cell.isEmpty && cell.allSatisfy { $0.isNumber || $0 == "," || $0 == "." || $0 == "-" } && cell.contains(where: \.isNumber)
    }

    private func isData(_ line: String) -> Bool { cells(line).contains(where: isFigure) }

    private func isColumnNumbers(_ line: String) -> Bool {
        let c = cells(line).filter { !$0.isEmpty }
        if c.first == "栏次" { return true }
        let numbers = c.compactMap(Int.init)
        return numbers.count == c.count && numbers.count >= 2 && numbers == Array(numbers[0]...(numbers[0] + numbers.count - 1))
            && numbers[0] == 1
    }

    private func columnNumbers(_ rows: [Int]) -> (index: Int, line: String)? {
        guard let i = rows.first(where: { isColumnNumbers(document.lines[$0]) }) else { return nil }
        return (i, cells(document.lines[i]).filter { !$0.isEmpty && $0 != "栏次" }.joined(separator: " "))
    }

    /// Figures under their column names; a dotted name (`expense.total`) nests.
    private func values(_ names: [String], _ figures: [String], line: Int) -> ExtractedTable.Value {
        .map(entries(names, figures, line: line))
    }

    private func entries(_ names: [String], _ figures: [String], line: Int) -> [(String, ExtractedTable.Value)] {
        var out: [(String, ExtractedTable.Value)] = []
        for (name, figure) in zip(names, figures) {
            let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
            if parts.count == 2 {
                if let k = out.firstIndex(where: { $0.0 == parts[0] }), case .map(var inner) = out[k].1 {
                    inner.append((parts[1], .figure(figure, line: line)))
                    out[k].1 = .map(inner)
                } else {
                    out.append((parts[0], .map([(parts[1], .figure(figure, line: line))])))
                }
            } else {
                out.append((name, .figure(figure, line: line)))
            }
        }
        return out
    }

    private func readCoded(_ table: inout ExtractedTable, _ data: [Int]) {
        let names = TableLayouts.codedColumns[table.key]!
        var rows: [ExtractedTable.Value] = []
        for i in data {
            let c = cells(document.lines[i])
            let figures = c.dropFirst().filter(isFigure)
            let first = c.first ?? ""
            guard figures.count == names.count else {
                table.stoppedAt = (i + 1, "这一行有 \(figures.count) 个数字，本表应为 \(names.count) 栏，排版与标准表不同")
                break
            }
            if first.hasPrefix("合计") || first.isEmpty && c.count > 1 && c[1].hasPrefix("合计") {
                table.facts.append(("total", values(names, figures, line: i + 1)))
                table.rowLines[i + 1] = "\(table.key).total"
            } else if first.allSatisfy(\.isNumber), (3...7).contains(first.count) {
                let name = c.count > 1 ? c[1] : ""
                rows.append(.map([("code", .text(first)), ("name", .text(name))] + entries(names, figures, line: i + 1)))
                table.rowLines[i + 1] = "\(table.key).rows[\(rows.count - 1)]"
            } else {
                table.stoppedAt = (i + 1, "这一行既不是合计也没有科目代码")
                break
            }
        }
        if !rows.isEmpty { table.facts.append(("rows", .list(rows))) }
    }

    private func readSangong(_ table: inout ExtractedTable, _ data: [Int]) {
        for i in data {
            let figures = cells(document.lines[i]).filter(isFigure)
            guard figures.count == 12 else {
                table.stoppedAt = (i + 1, "这一行有 \(figures.count) 个数字，本表应为预算数、决算数各 6 栏")
                return
            }
            let names = TableLayouts.sangongColumns
            table.facts.append(("budget", values(names, Array(figures[0..<6]), line: i + 1)))
            table.facts.append(("actual", values(names, Array(figures[6..<12]), line: i + 1)))
            table.rowLines[i + 1] = "\(table.key).actual"
            return
        }
    }

    private func readT01(_ table: inout ExtractedTable, _ data: [Int]) {
        var income: [(String, ExtractedTable.Value)] = []
        var expense: [(String, ExtractedTable.Value)] = []
        var categories: [ExtractedTable.Value] = []
        for i in data {
            let c = cells(document.lines[i])
            guard c.count >= 6 else {
                table.stoppedAt = (i + 1, "这一行不是“项目、行次、金额”左右两栏的排法")
                break
            }
            let left = TableLayouts.label(c[0]), right = TableLayouts.label(c[3])
            if isFigure(c[2]), let key = TableLayouts.t01Income[left] { income.append((key, .figure(c[2], line: i + 1))) }
            if isFigure(c[5]) {
                if let key = TableLayouts.t01Expense[right] {
                    expense.append((key, .figure(c[5], line: i + 1)))
                } else if let row = Int(c[4]), !right.isEmpty {
                    categories.append(.map([("row", .text(String(row))), ("name", .text(right)), ("amount", .figure(c[5], line: i + 1))]))
                }
            }
            table.rowLines[i + 1] = "\(table.key).income/expense"
        }
        table.facts.append(("income", .map(income)))
        table.facts.append(("expense", .map(expense + (categories.isEmpty ? [] : [("categories", .list(categories))]))))
    }

    /// 公开04表: income by label and 行次 (1–3 funds, 27 合计, 28–31 年初结转和结余 by fund, 32 总计); expense rows with
    /// 合计 and the three funds.
    private func readT04(_ table: inout ExtractedTable, _ data: [Int]) {
        var income: [(String, ExtractedTable.Value)] = []
        var carryover: [(String, ExtractedTable.Value)] = []
        var expense: [(String, ExtractedTable.Value)] = []
        var categories: [ExtractedTable.Value] = []
        for i in data {
            let c = cells(document.lines[i])
            guard c.count >= 9 else {
                table.stoppedAt = (i + 1, "这一行不是“收入三栏、支出六栏”的排法")
                break
            }
            let left = TableLayouts.label(c[0]), row = Int(c[1]) ?? 0
            if isFigure(c[2]) {
                if left == "年初财政拨款结转和结余" {
                    carryover.append(("total", .figure(c[2], line: i + 1)))
                } else if let fund = TableLayouts.t04IncomeFunds[left] {
                    if row >= 28 { carryover.append((fund, .figure(c[2], line: i + 1))) } else { income.append((fund, .figure(c[2], line: i + 1))) }
                } else if left == "本年收入合计" {
                    income.append(("total", .figure(c[2], line: i + 1)))
                } else if left == "总计" {
                    income.append(("grand_total", .figure(c[2], line: i + 1)))
                }
            }
            let right = TableLayouts.label(c[3])
            let figures = Array(c[5..<9])
            if figures.allSatisfy(isFigure) {
                if let key = TableLayouts.t04Expense[right] {
                    expense.append((key, values(TableLayouts.t04Funds, figures, line: i + 1)))
                } else if let r = Int(c[4]), !right.isEmpty {
                    categories.append(.map([("row", .text(String(r))), ("name", .text(right))]
                        + entries(TableLayouts.t04Funds, figures, line: i + 1)))
                }
            }
            table.rowLines[i + 1] = "\(table.key).income/expense"
        }
        if !carryover.isEmpty { income.append(("carryover_begin", .map(carryover))) }
        table.facts.append(("income", .map(income)))
        table.facts.append(("expense", .map(expense + (categories.isEmpty ? [] : [("categories", .list(categories))]))))
    }

    /// 公开06表: three (代码, 名称, 决算数) groups per row — 人员经费, then 公用经费 in two groups — and the 合计 row.
    private func readT06(_ table: inout ExtractedTable, _ data: [Int]) {
        var personnel: [ExtractedTable.Value] = []
        var publicItems: [ExtractedTable.Value] = []
        var totals: [String: ExtractedTable.Value] = [:]
        for i in data {
            let c = cells(document.lines[i]) + Array(repeating: "", count: 9)
            if TableLayouts.label(c[0]).hasPrefix("人员经费合计") {
                if let p = c[1...3].first(where: isFigure) { totals["personnel"] = .figure(p, line: i + 1) }
                if let q = c[4...].first(where: isFigure) { totals["public"] = .figure(q, line: i + 1) }
                table.rowLines[i + 1] = "\(table.key).totals"
                continue
            }
            for group in 0..<3 {
                let code = c[group * 3], name = c[group * 3 + 1], amount = c[group * 3 + 2]
                guard !code.isEmpty || !amount.isEmpty else { continue }
                guard code.allSatisfy(\.isNumber), (3...5).contains(code.count), isFigure(amount) else {
                    table.stoppedAt = (i + 1, "这一行第 \(group + 1) 组不是“科目代码、科目名称、决算数”")
                    break
                }
                let item: ExtractedTable.Value = .map([("code", .text(code)), ("name", .text(name)), ("amount", .figure(amount, line: i + 1))])
                if group == 0 { personnel.append(item) } else { publicItems.append(item) }
            }
            if table.stoppedAt != nil { break }
            table.rowLines[i + 1] = "\(table.key).items"
        }
        table.facts.append(("personnel", .map((totals["personnel"].map { [("total", $0)] } ?? []) + [("items", .list(personnel))])))
        table.facts.append(("public", .map((totals["public"].map { [("total", $0)] } ?? []) + [("items", .list(publicItems))])))
    }

    private func readAsPrinted(_ table: inout ExtractedTable, _ data: [Int], reason: String) {
        var rows: [ExtractedTable.Value] = []
        for i in data {
            let c = cells(document.lines[i])
            rows.append(.map([("line", .text(String(i + 1))), ("cells", .list(c.map { isFigure($0) ? .figure($0, line: i + 1) : .text($0) }))]))
            table.rowLines[i + 1] = "\(table.key).printed_rows[\(rows.count - 1)]"
        }
        table.facts.append(("printed_rows", .list(rows)))
        if !data.isEmpty { table.facts.append(("note_on_reading", .text(reason))) }
    }
}
