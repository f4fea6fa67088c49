/// Rebuilds the rows of a form whose table was copied one cell per line (a web page's table pasted as text): each
/// cell a paragraph, cells separated by one empty line, an empty cell a line holding only a blank, and two or more
/// empty lines between parts of the page.
///
/// The header gives the columns: its cells are joined where the page broke a header word (“年初” / “预算数”). The
/// funding row is its label and one cell per header word. An indicator row is its merged level cells (printed
/// only where they start: known 一级/二级指标 words of the 财预〔2020〕10号 template), its name, then exactly one cell
/// per header word after the name, each 分值 and 得分 a number or empty. Where a row does not fit — a figure where a
/// name must stand, a 分值 that is not a number — reading stops and the rest is reported, not guessed.
enum CellPerLineRows {
    struct Region {
        /// The lines the region covers (1-based), its rows, and what could not be placed.
        var lines: ClosedRange<Int>
        var rows: [FormRow]
        var notes: [(line: Int, text: String)]
    }

    private struct StreamCell {
        var cell: FormCell
        var lines: [Int]
        /// Two or more empty lines before it: a new part of the page.
        var breakBefore: Bool
        /// The text without blanks, worked out once.
        var compact: String

        init(cell: FormCell, lines: [Int], breakBefore: Bool) {
            self.cell = cell
            self.lines = lines
            self.breakBefore = breakBefore
            compact = cell.compact
        }

        var text: String { cell.text }

        /// Cells joined where a page broke a word (“年初” + “预算数”).
        mutating func join(_ next: StreamCell) {
            cell.text = compact + next.compact
            compact = cell.text
            lines += next.lines
        }
    }

    static func find(in lines: [String], skipping: Set<Int>) -> [Region] {
        var regions: [Region] = []
        var cells: [StreamCell] = []
        var blanks = 0
        var i = 0
        func flush() {
            if !cells.isEmpty, let region = read(cells) { regions.append(region) }
            cells = []
            blanks = 0
        }
        while i < lines.count {
            let raw = lines[i]
            if raw.contains("\t") || skipping.contains(i + 1) { flush(); i += 1; continue }
            if raw.isEmpty { blanks += 1; i += 1; continue }
            var group = [i]
            var j = i + 1
            while j < lines.count, !lines[j].isEmpty, !lines[j].contains("\t"), !skipping.contains(j + 1) { group.append(j); j += 1 }
            let text = group.map { lines[$0].trimmingBlanks() }.joined()
            let column = (Array(raw).firstIndex { $0 != " " && $0 != "\u{3000}" && $0 != "\u{00A0}" } ?? 0) + 1
            cells.append(StreamCell(cell: FormCell(text: text, line: i + 1, column: text.isEmpty ? 0 : column),
                                    lines: group.map { $0 + 1 }, breakBefore: blanks >= 2 && !cells.isEmpty))
            blanks = 0
            i = j
        }
        flush()
        return regions
    }

    // MARK: Headers

    /// Header cells from `start`: each a header word, or fragments of one joined (“全年” + “预算数”).
    private static func header(_ cells: [StreamCell], at start: Int, field: (String) -> String?) -> (cells: [StreamCell], end: Int)? {
        var words: [StreamCell] = []
        var k = start
        // Header words are short: a paragraph is passed over at once (most cells of a long document are paragraphs).
        while k < cells.count, k == start || !cells[k].breakBefore, cells[k].compact.utf8.count <= 36 {
            let alone = field(cells[k].compact)
            if k + 1 < cells.count, !cells[k + 1].breakBefore, !cells[k + 1].text.isEmpty, cells[k + 1].compact.utf8.count <= 36,
               let joined = field(cells[k].compact + cells[k + 1].compact),
               alone == nil || (alone == joined && field(cells[k + 1].compact) == joined) {
                var cell = cells[k]
                cell.join(cells[k + 1])
                words.append(cell)
                k += 2
            } else if alone != nil {
                words.append(cells[k])
                k += 1
            } else {
                break
            }
        }
        return words.count >= 3 ? (words, k) : nil
    }

    private static func fundingHeader(_ cells: [StreamCell], at k: Int) -> (cells: [StreamCell], end: Int)? {
        guard let h = header(cells, at: k, field: { FormWords.fundingField($0)?.rawValue }) else { return nil }
        let fields = Set(h.cells.compactMap { FormWords.fundingField($0.text) })
        return fields.contains(.executed) && (fields.contains(.annual) || fields.contains(.initial)) && fields.count == h.cells.count ? h : nil
    }

    private static func indicatorHeader(_ cells: [StreamCell], at k: Int) -> (cells: [StreamCell], end: Int)? {
        guard let h = header(cells, at: k, field: { FormWords.indicatorField($0)?.rawValue }) else { return nil }
        let fields = h.cells.compactMap { FormWords.indicatorField($0.text) }
        guard Set(fields).count == fields.count, fields.contains(.name),
              !Set(fields).isDisjoint(with: [.weight, .target, .actual, .score]) else { return nil }
        return h
    }

    // MARK: Reading a stream

    private static func row(_ cells: [StreamCell], unread: String? = nil) -> FormRow {
        FormRow(cells: cells.map(\.cell), lines: cells.flatMap(\.lines), unreadReason: unread)
    }

    private static func read(_ cells: [StreamCell]) -> Region? {
        guard let first = cells.indices.first(where: { fundingHeader(cells, at: $0) != nil || indicatorHeader(cells, at: $0) != nil }) else {
            return nil
        }
        // The form starts at its 项目名称 (or 部门名称) label when one stands shortly before the first header.
        let start = cells[max(0, first - 20)..<first].firstIndex { FormWords.nameLabel($0.text) != nil } ?? first
        var rows: [FormRow] = []
        var notes: [(line: Int, text: String)] = []
        var k = start
        var loose: [StreamCell] = []
        func flushLoose() {
            if !loose.isEmpty { rows.append(row(loose)) }
            loose = []
        }
        var last = cells[start].lines.last!
        func consume(_ range: Range<Int>) { for c in cells[range] { last = max(last, c.lines.max()!) } }
        while k < cells.count {
            let c = cells[k]
            if c.breakBefore, k > start {
                // A new part of the page ends the form unless its indicator header comes next.
                let ahead = (k..<min(cells.count, k + 3)).contains { indicatorHeader(cells, at: $0) != nil }
                if !ahead { break }
            }
            if let h = fundingHeader(cells, at: k) {
                // The label before the header (项目资金（万元）) names the unit: it stays the header's first cell.
                var headerCells = h.cells
                if let at = loose.lastIndex(where: { !$0.text.isEmpty }), FormWords.unit(in: [loose[at].text]) != nil {
                    headerCells.insert(loose.remove(at: at), at: 0)
                } else {
                    headerCells.insert(StreamCell(cell: FormCell(text: "", line: h.cells[0].cell.line, column: 0), lines: [], breakBefore: false), at: 0)
                }
                flushLoose()
                rows.append(row(headerCells))
                consume(k..<h.end)
                k = h.end
                // The funding row: its label and one cell per header word.
                while k < cells.count, cells[k].text.isEmpty, !cells[k].breakBefore { k += 1 }
                if k < cells.count, FormWords.isFundingTotal(cells[k].text), k + h.cells.count < cells.count {
                    let values = Array(cells[(k + 1)..<(k + 1 + h.cells.count)])
                    if !values.contains(where: \.breakBefore) {
                        rows.append(row([cells[k]] + values))
                        consume(k..<(k + 1 + h.cells.count))
                        k += 1 + h.cells.count
                    }
                }
                continue
            }
            if let h = indicatorHeader(cells, at: k) {
                flushLoose()
                rows.append(row(h.cells))
                consume(k..<h.end)
                let (indicatorRows, end, note) = readIndicators(cells, from: h.end, header: h.cells)
                rows += indicatorRows
                if let note { notes.append(note) }
                consume(h.end..<end)
                k = end
                break
            }
            // Label and value cells (项目名称, 主管部门, 其中 rows, 年度总体目标): a row starts at each label.
            if !c.text.isEmpty, !FormFigureText.looksNumeric(c.text), !loose.isEmpty,
               !(loose.count == 1 && (FormWords.nameLabel(loose[0].text) != nil || FormWords.isDepartmentLabel(loose[0].text))) {
                flushLoose()
            }
            loose.append(c)
            consume(k..<(k + 1))
            k += 1
        }
        flushLoose()
        let firstLine = cells[start].lines.first!
        return Region(lines: firstLine...last, rows: rows, notes: notes)
    }

    /// The indicator rows after the header, up to 总分, a note, the end of the part, or the first row that does not
    /// fit; then the cells up to the end of the part, as a row not read.
    private static func readIndicators(_ cells: [StreamCell], from start: Int, header: [StreamCell])
        -> (rows: [FormRow], end: Int, note: (line: Int, text: String)?) {
        let fields = header.map { FormWords.indicatorField($0.text)! }
        let nameIndex = fields.firstIndex(of: .name)!
        let after = Array(fields[(nameIndex + 1)...])
        var rows: [FormRow] = []
        var k = start
        func blank(_ line: Int) -> StreamCell {
            StreamCell(cell: FormCell(text: "", line: line, column: 0), lines: [], breakBefore: false)
        }
        func partEnd(_ from: Int) -> Int {
            var e = from
            while e < cells.count, e == from || !cells[e].breakBefore { e += 1 }
            return e
        }
        func stop(_ at: Int, _ why: String) -> (rows: [FormRow], end: Int, note: (line: Int, text: String)?) {
            let end = partEnd(at)
            if at < end { rows.append(row(Array(cells[at..<end]), unread: why)) }
            return (rows, end, at < cells.count ? (cells[at].cell.line, "第 \(cells[at].cell.line) 行起\(why)") : nil)
        }
        while k < cells.count {
            if k > start, cells[k].breakBefore { return (rows, k, nil) }
            if cells[k].text.isEmpty { k += 1; continue }
            let rowStart = k
            if FormWords.isTotalLabel(cells[k].text) {
                var end = k + 1
                while end < cells.count, end - k <= 2, !cells[end].breakBefore, FormFigureText.looksNumeric(cells[end].text) { end += 1 }
                rows.append(row(Array(cells[k..<end])))
                return (rows, end, nil)
            }
            if indicatorHeader(cells, at: k) != nil || ["说明", "注", "备注", "评价结论", "存在问题", "改进措施"].contains(where: { cells[k].compact.hasPrefix($0) }) {
                return (rows, k, nil)
            }
            // Merged level cells, printed where they start; a level word broken before its last “指标” is joined.
            var level1: StreamCell?
            var level2: StreamCell?
            while k < cells.count, !cells[k].breakBefore || k == rowStart {
                var cell = cells[k]
                var width = 1
                if k + 1 < cells.count, cells[k + 1].compact == "指标", !cells[k + 1].breakBefore,
                   FormWords.level1Words.union(FormWords.level2Words).contains(cell.compact + "指标") {
                    cell.join(cells[k + 1])
                    width = 2
                }
                if FormWords.level1Words.contains(cell.compact), level1 == nil, level2 == nil {
                    level1 = cell
                } else if FormWords.level2Words.contains(cell.compact), level2 == nil {
                    level2 = cell
                } else {
                    break
                }
                k += width
            }
            guard k + after.count < cells.count, !cells[(k + 1)..<(k + 1 + after.count)].contains(where: \.breakBefore) else {
                // The page ends inside the row: a template row left empty is nothing; a row with figures is reported.
                let rest = Array(cells[k..<partEnd(k)])
                if rest.dropFirst().allSatisfy({ $0.text.isEmpty }), rest.first.map({ FormIndicatorRows.isPlaceholder($0.text) }) ?? true {
                    // Kept as the template row it is, so that its lines are the form's.
                    if let name = rest.first {
                        let cellsOfRow = fields.map { $0 == .name ? name : blank(name.cell.line) }
                        rows.append(FormRow(cells: cellsOfRow.map(\.cell), lines: rest.flatMap(\.lines)))
                    }
                    return (rows, partEnd(k), nil)
                }
                return stop(rowStart, "的指标行到页面结束时不完整，没有读出")
            }
            let name = cells[k]
            guard !name.text.isEmpty, !FormFigureText.looksNumeric(name.text),
                  !FormWords.level1Words.contains(name.compact), !FormWords.level2Words.contains(name.compact) else {
                return stop(rowStart, "的单元格对不上表头（三级指标的位置是“\(name.text)”），没有读出")
            }
            let values = Array(cells[(k + 1)..<(k + 1 + after.count)])
            for (field, value) in zip(after, values) where (field == .weight || field == .score) && !value.text.isEmpty {
                guard FormFigureText.isFigure(value.text, .score) else {
                    return stop(rowStart, "的单元格对不上表头（分值或得分的位置是“\(value.text)”），没有读出")
                }
            }
            let next = k + after.count + 1
            if next < cells.count, !cells[next].breakBefore, FormFigureText.looksNumeric(cells[next].text) {
                return stop(rowStart, "的单元格对不上表头（一行之后紧接着数字“\(cells[next].text)”），没有读出")
            }
            var rowCells: [StreamCell] = []
            for (index, field) in fields.enumerated() {
                switch field {
                case .level1: rowCells.append(level1 ?? blank(name.cell.line))
                case .level2: rowCells.append(level2 ?? blank(name.cell.line))
                case .name: rowCells.append(name)
                default:
                    if index > nameIndex { rowCells.append(values[index - nameIndex - 1]) } else { rowCells.append(blank(name.cell.line)) }
                }
            }
            rows.append(row(rowCells))
            k = next
        }
        return (rows, k, nil)
    }
}
