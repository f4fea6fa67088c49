import JixiaoExpression

/// The values a finding's templates can use, formatted as a report writes them: amounts and counts as plain
/// numbers (the template adds 万元, 人次 …), rates with two decimals and %, texts as written.
struct TemplateContext {
    private(set) var values: [String: Any] = [:]
    let rubric: Rubric
    let environment: ScoringEnvironment
    let metrics: [MetricResult]

    init(rubric: Rubric, submission: Submission, environment: ScoringEnvironment, metrics: [MetricResult]) {
        self.rubric = rubric
        self.environment = environment
        self.metrics = metrics
        values["department"] = submission.department
        values["year"] = String(submission.year)
        for fact in rubric.facts where fact.kind != .list {
            if let value = environment.facts.value(of: fact.path), let text = Self.text(value, kind: fact.kind) {
                let segments = fact.path.utf8.split(separator: UInt8(ascii: ".")).map { String(decoding: $0, as: UTF8.self) }
                Self.set(text, at: segments[...], in: &values)
            }
        }
        for metric in rubric.metrics where metric.each == nil {
            if let value = environment.metrics[metric.id], let text = Self.text(value, unit: metric.unit, places: metric.places) {
                values[metric.id] = text
            }
        }
    }

    /// The context inside a per-record finding: the record under its variable name, and every per-record
    /// metric over the same list taken for this record.
    func recordContext(list: String, variable: String, index: Int, record: [String: Value]) -> [String: Any] {
        var context = values
        var fields: [String: Any] = [:]
        let declaration = rubric.fact(at: list)
        for (name, value) in record {
            let kind = declaration?.fields.first { $0.name == name }?.kind ?? .text
            fields[name] = Self.text(value, kind: kind)
        }
        context[variable] = fields
        for metric in rubric.metrics where metric.each?.list == list {
            if case .list(let items)? = environment.metrics[metric.id], items.indices.contains(index),
               let text = Self.text(items[index], unit: metric.unit, places: metric.places) {
                context[metric.id] = text
            }
        }
        return context
    }

    static func values(of check: CheckResult) -> [String: Any] {
        var values: [String: Any] = [
            "id": check.id, "name": check.name, "explanation": check.explanation,
            "severity": check.severity.chineseName,
            // Reader-facing: the figure's name without the formula, and the place ("文件" when unknown).
            "label": check.readerLabel, "place": check.whereInDocument ?? "文件",
            "stated": NumberFormat.show(check.stated, as: check.unit),
            "computed": NumberFormat.show(check.computed, as: check.unit),
        ]
        // Absent rather than empty, so `{{#check.where}}（…）{{/check.where}}` prints nothing for an unplaced figure.
        if let place = check.whereInDocument, !place.isEmpty { values["where"] = place }
        return values
    }

    static func text(_ value: Value, kind: FactKind) -> String? {
        switch (value, kind) {
        case (.number(let number), .percent): number.percentText(places: 2)
        case (.number(let number), .count): NumberFormat.score(number)
        case (.number(let number), _): number.decimalText(places: 2)
        case (.bool(let flag), _): flag ? "是" : "否"
        case (.text(let text), _): text
        default: nil
        }
    }

    static func text(_ value: Value, unit: DisplayUnit, places: Int) -> String? {
        guard case .number(let number) = value else { return text(value, kind: .text) }
        switch unit {
        case .percent: return number.percentText(places: places)
        case .count: return NumberFormat.score(number, places: places)
        default: return number.decimalText(places: places)
        }
    }

    private static func set(_ text: String, at path: ArraySlice<String>, in dictionary: inout [String: Any]) {
        guard let first = path.first else { return }
        if path.count == 1 {
            if dictionary[first] == nil { dictionary[first] = text }
            return
        }
        if let existing = dictionary[first], !(existing is [String: Any]) { return }
        // Taken out while it changes, so the child is not copied for every fact set under it.
        var child = dictionary.removeValue(forKey: first) as? [String: Any] ?? [:]
        set(text, at: path.dropFirst(), in: &child)
        dictionary[first] = child
    }
}
