import JixiaoEngine
import JixiaoExpression
import Mustache

/// Renders the 存在的问题及原因分析 / 下一步改进措施 skeleton (and with `full`, a whole report skeleton).
public struct NarrativeRenderer: Sendable {
    public enum Format: Sendable { case markdown, text }

    public var full: Bool
    /// Also draft, in a section of its own after the report's sections, the problems the other rubrics found
    /// (the city's annual assessment), which do not belong in the 部门整体支出绩效自评报告.
    public var assessment: Bool

    public init(full: Bool = false, assessment: Bool = false) {
        self.full = full
        self.assessment = assessment
    }

    /// Whether the 自评报告's closing sections are about this rubric: every rubric but one that declares itself
    /// an assessment of the department's work (`narrative: assessment`, the annual 130-point one).
    public static func isReportRubric(_ rubric: RubricResult.RubricInfo) -> Bool {
        !rubric.assessment
    }

    /// The results the report's narrative covers, and the others. A submission scored against none of the
    /// report rubrics (a rubric of its own, `--rubric mini.yaml`) has its narrative drafted from all of them.
    public static func split(_ result: SubmissionResult) -> (report: [RubricResult], others: [RubricResult]) {
        let report = result.results.filter { isReportRubric($0.rubric) }
        guard !report.isEmpty else { return (result.results, []) }
        return (report, result.results.filter { !isReportRubric($0.rubric) })
    }

    /// The problems of the report rubrics, composed into one narrative; a triggered veto is a problem too
    /// (its points at stake put it first).
    public static func narrative(of result: SubmissionResult) -> Narrative {
        narrative(of: split(result).report)
    }

    /// The problems of the other rubrics (the annual assessment), for the separate section.
    public static func assessmentNarrative(of result: SubmissionResult) -> Narrative {
        narrative(of: split(result).others)
    }

    static func narrative(of results: [RubricResult]) -> Narrative {
        Narrative(findings: results.flatMap { FindingResult.vetoes(in: $0) + $0.findings })
    }

    /// The heading of the assessment section, saying when a rubric is a reconstruction (its targets are then
    /// not official requirements).
    static func assessmentNote(_ others: [RubricResult]) -> String {
        let titles = others.map { "“\($0.rubric.title)”" }.joined(separator: "、")
        let reconstructed = others.contains { $0.rubric.title.contains("重构") || ($0.rubric.description ?? "").contains("重构") }
        return "以下问题按\(titles)得出，不属于部门整体支出绩效自评报告正文，供对照年度考核参考。"
            + (reconstructed ? "该考核规则为重构模型，其中的目标值和分值是重构设定的，并非市绩效办正式考核要求。" : "")
    }

    public func render(_ result: SubmissionResult, format: Format) -> String {
        let source = format == .markdown ? NarrativeTemplates.markdown : NarrativeTemplates.text
        // The templates are constants of this module, so a parse failure is a programming error.
        let template = try! MustacheTemplate(string: source)
        return Self.collapseBlankLines(template.render(context(result, format: format)))
    }

    /// Every value put into the template comes from the submission or the rubric, so it is made safe for the
    /// format first: escaped for Markdown, cleaned of control characters and line breaks for plain text.
    func context(_ result: SubmissionResult, format: Format) -> [String: Any] {
        let safe: (String) -> String
        if format == .markdown { safe = { MarkdownText.cell($0) } } else { safe = { TerminalText.line($0) } }
        return rawContext(result).mapValues { Self.mapStrings($0, safe) }
    }

    /// Applies `transform` to every string of a template context (dictionaries and arrays, recursively).
    /// Booleans and keys are left alone.
    static func mapStrings(_ value: Any, _ transform: (String) -> String) -> Any {
        if let text = value as? String { return transform(text) }
        if let array = value as? [Any] { return array.map { mapStrings($0, transform) } }
        if let dictionary = value as? [String: Any] { return dictionary.mapValues { mapStrings($0, transform) } }
        return value
    }

    func rawContext(_ result: SubmissionResult) -> [String: Any] {
        let (report, others) = Self.split(result)
        let sections = full ? ("四、存在的问题及原因分析", "五、下一步改进措施") : ("存在的问题及原因分析", "下一步改进措施")
        var context: [String: Any] = [
            "department": result.department, "year": String(result.year),
            "problemsHeading": sections.0, "measuresHeading": sections.1,
            // "No problem found" is only said of a file whose figures were checked.
            "verified": report.contains { !$0.coverage.nothingVerified },
        ]
        context.merge(Self.sections(Self.narrative(of: report))) { _, new in new }
        if assessment, !others.isEmpty {
            context["assessment"] = Self.sections(Self.narrative(of: others)).merging([
                "heading": "附：年度考核反映的问题（不属于自评报告正文）", "note": Self.assessmentNote(others),
            ]) { _, new in new }
        }
        if full {
            context["full"] = true
            // Two rubrics may compute the same figure; a report states it once.
            var seen = Set<String>()
            // 支出概况 is about money: rates and amounts, not workload counts.
            context["metrics"] = report.flatMap(\.metrics)
                .filter { metric in
                    if case .count = metric.unit { return false }
                    return metric.unit != .plain
                }
                .filter { seen.insert($0.name + $0.shown).inserted }
                .map { ["name": $0.name, "shown": $0.shown] }
            context["rubrics"] = report.map { rubric -> [String: Any] in
                [
                    "title": rubric.rubric.title, "total": ResultText.total(rubric),
                    "indicators": rubric.allIndicators.filter { $0.role != .veto }.map { indicator -> [String: Any] in
                        ["name": indicator.name, "points": ResultText.pointsCell(indicator),
                         "score": ResultText.scoreCell(indicator),
                         "scoreText": indicator.score == nil ? ResultText.scoreCell(indicator) : ResultText.scoreCell(indicator) + "分",
                         "reason": indicator.reason]
                    },
                ]
            }
        }
        return context
    }

    /// The problems and measures of one narrative as template values.
    static func sections(_ narrative: Narrative) -> [String: Any] {
        [
            "hasMeasures": !narrative.measures.isEmpty,
            "problems": narrative.problems.map { problem -> [String: Any] in
                [
                    "numeral": Narrative.chineseNumeral(problem.number), "title": problem.title,
                    "evidence": problem.evidence.map(Self.sentence).joined(),
                    "cause": problem.causes.map(Self.sentence).joined()
                        + (problem.causeMissing ? FindingResult.causeSlot : ""),
                ]
            },
            "measures": narrative.measures.map { measure -> [String: Any] in
                [
                    "number": String(measure.number), "text": measure.text,
                    "answers": measure.problems.map { "（\(Narrative.chineseNumeral($0))）" }.joined(separator: "、"),
                ]
            },
        ]
    }

    /// Ends a clause with "。" unless it already ends in punctuation.
    static func sentence(_ text: String) -> String {
        guard let last = text.last else { return text }
        return "。；！？.".contains(last) ? text : text + "。"
    }

    /// Template sections leave runs of blank lines; a report has at most one.
    static func collapseBlankLines(_ text: String) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            // A heading always stands apart from what precedes it.
            if line.hasPrefix("#"), let last = lines.last, !last.isEmpty { lines.append("") }
            if line.allSatisfy(\.isWhitespace), let last = lines.last, last.allSatisfy(\.isWhitespace) { continue }
            lines.append(line.allSatisfy(\.isWhitespace) ? "" : line)
        }
        while let first = lines.first, first.isEmpty { lines.removeFirst() }
        return lines.joined(separator: "\n")
    }
}
