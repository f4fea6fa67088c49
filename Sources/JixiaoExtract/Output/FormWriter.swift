/// Writes one ``ExtractedForm`` under `forms:` (docs/forms.md): what could not be read as comments above it, every
/// figure and value quoted as printed, each row on one line with the `line:` it stands on.
struct FormWriter {
    let form: ExtractedForm

    func write(into lines: inout [String], places: inout [Int: (line: Int, column: Int)]) {
        let quote = SubmissionWriter.quote
        let first = form.rows.isEmpty ? "，没有指标行" : "，指标 \(form.rows.count) 行"
        lines.append("  # 第 \(form.line) 行起：\(form.title ?? "自评表")\(first)")
        for note in form.notes { lines.append("  # \(SubmissionWriter.plain(note.text))") }
        if let name = form.name {
            lines.append("  - name: \(quote(name))")
        } else {
            lines.append("  - name: \(quote("待填写：项目名称"))   # 待填写：表中没有读到项目名称")
        }
        places[lines.count] = (form.line, 1)
        lines.append("    kind: \(form.kind)")
        if let title = form.title { lines.append("    section: \(quote(title))") }
        lines.append("    line: \(form.line)")
        if let unit = form.unit { lines.append("    unit: \(unit)") }
        if !form.funding.isEmpty {
            var entries = form.funding.map { "\($0.key): \(quote($0.value.text))" }
            if let line = form.fundingLine { entries.append("line: \(line)") }
            lines.append("    funding: {\(entries.joined(separator: ", "))}")
            places[lines.count] = (form.funding[0].value.line, form.funding[0].value.column)
        }
        if !form.rows.isEmpty {
            lines.append("    indicators:")
            for row in form.rows {
                var entries: [String] = []
                if let level1 = row.level1 { entries.append("level1: \(quote(level1))") }
                if let level2 = row.level2 { entries.append("level2: \(quote(level2))") }
                entries.append("name: \(quote(row.name))")
                for (key, value) in [("weight", row.weight), ("target", row.target), ("actual", row.actual),
                                     ("score", row.score), ("deviation", row.deviation)] {
                    if let value { entries.append("\(key): \(quote(value.text))") }
                }
                entries.append("line: \(row.line)")
                lines.append("      - {\(entries.joined(separator: ", "))}")
                places[lines.count] = (row.line, row.column)
            }
        }
        if let total = form.total {
            lines.append("    total: \(quote(total.text))")
            places[lines.count] = (total.line, total.column)
        }
        if let grade = form.grade {
            let printed = grade.printed.text == grade.written ? "" : "   # 原文“\(SubmissionWriter.plain(grade.printed.text))”"
            lines.append("    grade: \(grade.written)\(printed)")
            places[lines.count] = (grade.printed.line, grade.printed.column)
        }
    }
}
