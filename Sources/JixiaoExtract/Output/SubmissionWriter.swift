import Foundation

/// Writes an ``Extraction`` as submission YAML that `jixiao check` and `score` load, and remembers for each YAML
/// line the document place of the figure written on it.
public struct SubmissionWriter {
    public let extraction: Extraction

    public init(_ extraction: Extraction) { self.extraction = extraction }

    /// The shipped rubric that scores `forms:` (rubrics/project-self-assessment-100.yaml).
    static let formRubric = "project-self-assessment-100"
    /// The checks-only rubric (rubrics/data-checks.yaml).
    static let checksRubric = "data-checks"

    public struct Output: Sendable {
        public var yaml: String
        /// YAML line (1-based) → document line and column of the figure on it.
        public var places: [Int: (line: Int, column: Int)]
    }

    public func write() -> Output {
        var lines: [String] = []
        var places: [Int: (line: Int, column: Int)] = [:]
        let e = extraction
        lines.append("# jixiao extract：由 \(Self.plain(e.document.name))（\(e.document.format)）读出的提交文件。可修改后再运行 jixiao check / jixiao score。")
        lines.append("# 每个数字照原文写出；line 为原文行号，section 为所在标题。")
        lines.append("# " + e.summary.replacingOccurrences(of: "\n", with: " "))
        let missing = e.notUnderstood
        if !missing.isEmpty {
            lines.append("# 未识别的数字（没有归入任何陈述或表格，请人工核对）：")
            for record in missing.prefix(500) {
                let reason: String
                if case .notUnderstood(let why) = record.outcome { reason = why } else { reason = "" }
                lines.append("#   第 \(record.line) 行第 \(record.column) 列 “\(Self.plain(record.printed))”：\(reason)")
            }
            if missing.count > 500 { lines.append("#   ……另有 \(missing.count - 500) 个") }
        }
        if !e.unparsedSentences.isEmpty {
            lines.append("# 未能解析的句子（含数字，但没有一个数字能归入陈述）：")
            for sentence in e.unparsedSentences.prefix(200) {
                let text = sentence.text.count > 70 ? String(sentence.text.prefix(68)) + "…" : sentence.text
                lines.append("#   第 \(sentence.line) 行：\(Self.plain(text))")
            }
        }
        if !e.formNotes.isEmpty {
            lines.append("# 自评表：")
            for note in e.formNotes { lines.append("#   \(Self.plain(note.text))") }
        }
        if let department = e.department, e.departmentFromForm {
            lines.append("department: \(Self.quote(department))   # 待核实：标题中没有部门名称，取自自评表的实施单位（或主管部门）")
        } else if let department = e.department {
            lines.append("department: \(Self.quote(department))")
        } else {
            lines.append("department: \(Self.quote("待填写：部门名称"))   # 待填写：标题中未找到部门名称")
        }
        if let year = e.year, e.yearFromBody {
            lines.append("year: \(year)   # 待核实：标题中没有年度，取自正文中最常说的年度")
        } else if let year = e.year {
            lines.append("year: \(year)")
        } else {
            // A year the format accepts, marked: the document names none at all.
            lines.append("year: 2000   # 待填写：文中没有年度，请改为实际年度")
        }
        lines.append("unit: \(e.unit)")
        if let title = e.title { lines.append("document: \(Self.quote(title))") }
        if !e.forms.isEmpty {
            // The forms are scored by the form rubric (docs/forms.md); anything else the file states is checked
            // by the checks-only rubric, which `score` would otherwise run alone.
            let others = !e.statements.isEmpty || !e.tables.isEmpty
            lines.append("rubrics: [\(Self.formRubric)\(others ? ", \(Self.checksRubric)" : "")]")
        }
        if !e.tables.isEmpty {
            lines.append("facts:")
            for table in e.tables {
                if let stop = table.stoppedAt {
                    lines.append("  # 公开\(table.key.dropFirst())表 读到第 \(stop.line) 行为止：\(stop.reason)")
                }
                lines.append("  \(table.key):")
                for (key, value) in table.facts { write(value, key: key, indent: 4, into: &lines, places: &places) }
            }
        }
        if !e.forms.isEmpty {
            lines.append("forms:")
            for form in e.forms { FormWriter(form: form).write(into: &lines, places: &places) }
        }
        if !e.statements.isEmpty {
            lines.append("statements:")
            for s in e.statements {
                lines.append("  - id: \(s.id)")
                lines.append("    subject: \(Self.quote(s.subject))")
                if let scope = s.scope { lines.append("    scope: \(Self.quote(scope))") }
                if let measure = s.measure { lines.append("    measure: \(measure)") }
                if let priorMeasure = s.priorMeasure { lines.append("    prior_measure: \(priorMeasure)") }
                if let section = s.section { lines.append("    section: \(Self.quote(section))") }
                lines.append("    line: \(s.line)")
                for field in ExtractedStatement.Field.allCases {
                    guard let figure = s.figures[field] else { continue }
                    lines.append("    \(field.rawValue): \(Self.quote(figure.printed))")
                    places[lines.count] = (figure.line, figure.column)
                    if field == .budget, let kind = s.budgetKind { lines.append("    budget_kind: \(kind)") }
                }
                if let of = s.shareOf { lines.append("    of: \(of)") }
                if !s.counts.isEmpty {
                    lines.append("    counts:")
                    var seen = Set<String>()
                    for count in s.counts where seen.insert(count.name).inserted {
                        lines.append("      \(Self.quote(count.name)): \(Self.quote(count.figure.printed))")
                        places[lines.count] = (count.figure.line, count.figure.column)
                    }
                }
                if !s.items.isEmpty {
                    lines.append("    items: [\(s.items.joined(separator: ", "))]")
                    if s.partialItems { lines.append("    partial_items: true") }
                }
            }
        } else {
            lines.append("statements: []")
        }
        return Output(yaml: lines.joined(separator: "\n") + "\n", places: places)
    }

    private func write(_ value: ExtractedTable.Value, key: String, indent: Int, into lines: inout [String],
                       places: inout [Int: (line: Int, column: Int)]) {
        let pad = String(repeating: " ", count: indent)
        switch value {
        case .map(let entries) where entries.allSatisfy({ if case .map = $0.1 { return false }; if case .list = $0.1 { return false }; return true }):
            lines.append("\(pad)\(key): {\(entries.map { "\($0.0): \(Self.inline($0.1))" }.joined(separator: ", "))}")
            if let line = entries.compactMap({ if case .figure(_, let line) = $0.1 { return line }; return nil }).first { places[lines.count] = (line, 1) }
        case .map(let entries):
            lines.append("\(pad)\(key):")
            for (k, v) in entries { write(v, key: k, indent: indent + 2, into: &lines, places: &places) }
        case .list(let items):
            lines.append("\(pad)\(key):")
            for item in items {
                lines.append("\(pad)  - \(Self.inline(item))")
                if case .map(let entries) = item,
                   let line = entries.compactMap({ if case .figure(_, let line) = $0.1 { return line }; return nil }).first {
                    places[lines.count] = (line, 1)
                }
            }
        case .figure, .text:
            lines.append("\(pad)\(key): \(Self.inline(value))")
            if case .figure(_, let line) = value { places[lines.count] = (line, 1) }
        }
    }

    private static func inline(_ value: ExtractedTable.Value) -> String {
        switch value {
        case .figure(let printed, _), .text(let printed): quote(printed)
        case .map(let entries): "{" + entries.map { "\($0.0): \(inline($0.1))" }.joined(separator: ", ") + "}"
        case .list(let items): "[" + items.map(inline).joined(separator: ", ") + "]"
        }
    }

    /// A double-quoted YAML scalar.
    static func quote(_ text: String) -> String {
        var out = "\""
        for ch in text {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n", "\r": out += " "
            default: out.append(ch)
            }
        }
        return out + "\""
    }

    /// Text safe inside a YAML comment line.
    static func plain(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
    }
}
