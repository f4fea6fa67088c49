import JixiaoExpression
import Mustache

/// The values a finding's templates can use, formatted as a report writes them: amounts and counts as plain
/// numbers (the template adds 万元, 人次 …), rates with two decimals and %, texts as written.
///
/// Values are looked up when a template names them (a `MustacheParent`, walked name by name): a rubric declares
/// hundreds of facts and a finding's sentence names a few. Precedence at the top level, highest first: the
/// values a finding adds (`check`, the current record, per-record metrics), metrics, `department` and `year`,
/// facts; below it, the first fact in written order the submission holds decides whether a name is a figure or
/// a further level.
struct TemplateContext: MustacheParent {
    /// What every level of one submission's context reads.
    private final class Source: Sendable {
        let rubric: Rubric
        let index: TemplateFactIndex
        let environment: ScoringEnvironment
        let department: String
        let year: String
        let checkLabels: CheckReaderLabels

        init(rubric: Rubric, environment: ScoringEnvironment, department: String, year: String,
             checkLabels: CheckReaderLabels) {
            self.rubric = rubric
            // A rubric put together in code, not compiled from YAML, gets its index here.
            self.index = rubric.templateFacts.factCount == rubric.facts.count
                ? rubric.templateFacts : TemplateFactIndex(facts: rubric.facts)
            self.environment = environment
            self.department = department
            self.year = year
            self.checkLabels = checkLabels
        }
    }

    private let source: Source
    /// The dotted name of the level this context stands for; empty at the top level.
    private let level: String
    /// Values set over the top level by the finding being written.
    private var added: [String: Entry] = [:]

    /// What a name stands for in a context, typed, so that a plain template (``PlainTemplate``) walks its names
    /// without boxing each value as `Any` and casting it back, as the library's `child(named:)` needs.
    enum Entry {
        /// A figure or text as a report writes it.
        case text(String)
        /// A further level of dotted names.
        case level(TemplateContext)
        /// The check that fired.
        case check(CheckValues)
        /// A record's fields, each as a report writes it.
        case record([String: String])

        /// The entry as the Mustache library walks it.
        var mustacheValue: Any {
            switch self {
            case .text(let text): text
            case .level(let level): level
            case .check(let check): check
            case .record(let fields): fields as [String: Any]
            }
        }
    }

    /// - Parameter checkLabels: where the labels of the rubric's checks are kept between submissions.
    init(rubric: Rubric, submission: Submission, environment: ScoringEnvironment,
         checkLabels: CheckReaderLabels = CheckReaderLabels()) {
        source = Source(rubric: rubric, environment: environment, department: submission.department,
                        year: String(submission.year), checkLabels: checkLabels)
        level = ""
    }

    private init(source: Source, level: String) {
        self.source = source
        self.level = level
    }

    func child(named name: String) -> Any? {
        entry(named: name)?.mustacheValue
    }

    /// What `name` stands for under this level, nil when nothing.
    func entry(named name: String) -> Entry? {
        entry(named: name, path: level.isEmpty ? name : level + "." + name)
    }

    /// What `name` stands for under this level, nil when nothing; `path` is this level's dotted name and `name`
    /// joined, which a caller that knows it ahead (``PlainTemplate``) passes rather than have it joined again.
    func entry(named name: String, path childLevel: String) -> Entry? {
        if level.isEmpty {
            if let value = added[name] { return value }
            if let metric = source.rubric.metric(withId: name), metric.each == nil,
               let value = source.environment.metrics[metric.id],
               let text = Self.text(value, unit: metric.unit, places: metric.places) {
                return .text(text)
            }
            if name == "department" { return .text(source.department) }
            if name == "year" { return .text(source.year) }
        }
        guard let facts = source.index.facts(under: childLevel) else { return nil }
        return entry(among: facts, at: childLevel)
    }

    /// What the dotted name `path` stands for when `facts` are those at or below it: the first one the submission
    /// holds decides whether it is a figure or a further level.
    private func entry(among facts: [(index: Int, endsHere: Bool)], at path: String) -> Entry? {
        for (index, endsHere) in facts {
            // The declaration read in place: a copy of it retains each of its strings and lists.
            guard let value = source.environment.facts.value(of: source.rubric.facts[index].path),
                  let text = Self.text(value, kind: source.rubric.facts[index].kind)
            else { continue }
            return endsHere ? .text(text) : .level(TemplateContext(source: source, level: path))
        }
        return nil
    }

    /// What the dotted name `path` of several parts, the first `firstPart`, stands for from this top level, found
    /// in one step among the facts; nil when it must be walked part by part (``entry(named:path:)``).
    ///
    /// A walk ends where the whole name does when the first part means nothing but facts here and no fact is
    /// declared on the way to `path`: each level along it then holds the facts under the whole name, so it is a
    /// level whenever the whole name has a fact the submission holds, and the first such fact decides.
    func entry(wholeName path: String, firstPart: String) -> Entry?? {
        guard level.isEmpty, source.index.hasNoFactAboveAnother, added[firstPart] == nil,
              firstPart != "department", firstPart != "year", source.rubric.metric(withId: firstPart) == nil,
              let facts = source.index.facts(under: path)
        else { return nil }
        return .some(entry(among: facts, at: path))
    }

    /// This context with `values` set over its top level (the check that fired).
    func adding(_ values: [String: Entry]) -> TemplateContext {
        var context = self
        // Over the top level, which adds nothing, the values are taken as they are rather than copied in.
        if context.added.isEmpty {
            context.added = values
        } else {
            context.added.merge(values) { _, new in new }
        }
        return context
    }

    /// The context inside a per-record finding: the record under its variable name, and every per-record
    /// metric over the same list taken for this record.
    func recordContext(list: String, variable: String, index: Int, record: [String: Value]) -> TemplateContext {
        var fields: [String: String] = [:]
        fields.reserveCapacity(record.count)
        let fieldKinds = source.rubric.fact(at: list)?.fields ?? []
        for (name, value) in record {
            let kind = fieldKinds.first { $0.name == name }?.kind ?? .text
            fields[name] = Self.text(value, kind: kind)
        }
        var added: [String: Entry] = [variable: .record(fields)]
        // Metrics read in place, by position: a `for … in` loop copies each one whole.
        let metrics = source.rubric.metrics
        for position in metrics.indices where metrics[position].each?.list == list {
            if case .list(let items)? = source.environment.metrics[metrics[position].id], items.indices.contains(index),
               let text = Self.text(items[index], unit: metrics[position].unit, places: metrics[position].places) {
                added[metrics[position].id] = .text(text)
            }
        }
        return adding(added)
    }

    /// The values of `check`, a check of the rubric that fired, for a template.
    func checkValues(_ check: CheckResult) -> CheckValues {
        CheckValues(check: check, labels: source.checkLabels)
    }

    /// The values of the check that fired, made when a template names them: a finding's sentence names a few
    /// of them, and the figures take formatting.
    struct CheckValues: MustacheParent {
        let check: CheckResult
        /// The rubric's check labels, which a label is taken from once made.
        let labels: CheckReaderLabels

        func child(named name: String) -> Any? {
            text(named: name)
        }

        /// The value `name` stands for, as a report writes it; nil when the check has none by that name.
        func text(named name: String) -> String? {
            switch name {
            case "id": return check.id
            case "name": return check.name
            case "explanation": return check.explanation
            case "severity": return check.severity.chineseName
            // Reader-facing: the figure's name without the formula, and the place ("文件" when unknown).
            case "label": return labels.label(of: check)
            case "place": return check.whereInDocument ?? "文件"
            case "stated": return NumberFormat.show(check.stated, as: check.unit)
            case "computed": return NumberFormat.show(check.computed, as: check.unit)
            case "where":
                // Absent rather than empty, so `{{#check.where}}（…）{{/check.where}}` prints nothing for an
                // unplaced figure.
                guard let place = check.whereInDocument, !place.isEmpty else { return nil }
                return place
            default: return nil
            }
        }
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
}
