/// Finds the self-assessment forms of a document and reads them (docs/extract.md, “自评表”): forms laid out as
/// table rows or as cells printed one per line are read into ``ExtractedForm``s; a form whose cells are run
/// together without separators is recognised and reported, never split by guess. Every number on a form's lines
/// is accounted for: bound to a field of a form, or not understood with why.
struct FormReader {
    let document: DocumentText
    /// Lines the 公开 table reader took.
    let tableLines: Set<Int>

    struct Reading {
        var forms: [ExtractedForm] = []
        /// The numbers of every line a form took, bound or not.
        var records: [NumberRecord] = []
        /// Lines whose numbers are the forms' (no other reader reads them).
        var ownedLines: Set<Int> = []
        /// What was found but not read: forms run together, cells that could not be placed.
        var notes: [(line: Int, text: String)] = []
    }

    func read() -> Reading {
        var reading = Reading()
        let rebuilt = CellPerLineRows.find(in: document.lines, skipping: tableLines)
        reading.notes += rebuilt.flatMap(\.notes)
        let drafts = FormTableReader(items: items(rebuilt)).read()
        for (index, draft) in drafts.enumerated() {
            reading.forms.append(draft.form)
            let owned = draft.ownedLines.subtracting(tableLines)
            reading.ownedLines.formUnion(owned)
            for line in owned.sorted() {
                let starts = (draft.cellStarts[line] ?? []).sorted()
                for token in Self.tokens(document.lines[line - 1])
                where !draft.numbering.contains(FormDraft.CellKey(line: line, column: token.column)) {
                    let column = token.column
                    let start = starts.last { $0 <= column } ?? column
                    let key = FormDraft.CellKey(line: line, column: start)
                    let outcome: NumberRecord.Outcome
                    if let path = draft.bound[key] {
                        outcome = .tableCell("forms[\(index)].\(path)")
                    } else {
                        outcome = .notUnderstood(draft.cellReasons[key] ?? draft.lineReasons[line] ?? "自评表中没有读出的单元格")
                    }
                    reading.records.append(NumberRecord(line: line, column: column, printed: token.printed, outcome: outcome))
                }
            }
        }
        // Forms whose cells are run together: recognised on the lines no form took, reported whole.
        for run in RunTogetherForms.find(in: document.lines, skipping: tableLines.union(reading.ownedLines).union(rebuilt.flatMap(\.lines))) {
            reading.notes.append((run.lines.lowerBound, run.note))
            for line in run.lines {
                reading.ownedLines.insert(line)
                for token in Self.tokens(document.lines[line - 1]) {
                    reading.records.append(NumberRecord(line: line, column: token.column, printed: token.printed,
                                                        outcome: .notUnderstood(RunTogetherForms.reason)))
                }
            }
        }
        return reading
    }

    /// The document as rows and lines of text, cells printed one per line replaced by the rows rebuilt from them.
    private func items(_ rebuilt: [CellPerLineRows.Region]) -> [FormItem] {
        var items: [FormItem] = []
        var regionAt: [Int: CellPerLineRows.Region] = [:]
        for region in rebuilt { regionAt[region.lines.lowerBound] = region }
        var number = 1
        while number <= document.lines.count {
            if let region = regionAt[number] {
                items += region.rows.map(FormItem.row)
                number = region.lines.upperBound + 1
                continue
            }
            let line = document.lines[number - 1]
            if tableLines.contains(number) {
                items.append(.text(line: number, text: ""))
            } else if line.contains("\t") {
                items.append(.row(FormRow(tabLine: line, number: number)))
            } else {
                items.append(.text(line: number, text: line))
            }
            number += 1
        }
        return items
    }

    /// The figures of a line as the statement reader sees them (web addresses masked, structure left out).
    static func tokens(_ line: String) -> [(column: Int, printed: String)] {
        let normalized = NormalizedLine(StatementReader.maskURLs(line))
        return NumberScanner.scan(normalized).filter { !$0.structural }.map {
            ($0.numberRange.lowerBound + 1, normalized.printedText($0.range))
        }
    }
}
