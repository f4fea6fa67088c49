import JixiaoYAML
import Mustache

/// A problem the narrative may report (存在的问题), with the evidence and measures to write about it.
///
/// Findings are rubric data: what triggers them (a condition on metrics and facts, points lost on
/// indicators, or failed arithmetic checks) and Mustache templates for the evidence and cause.
public struct FindingTemplate: Sendable {
    public enum Trigger: Sendable {
        /// A condition over metrics and facts, e.g. `execution_rate_initial < 90%`.
        case condition(SourcedExpression)
        /// Any of these indicators lost points.
        case pointsLost([String])
        /// Each arithmetic check that found a mismatch (at least this severity).
        case checkMismatches(minimumSeverity: Check.Severity)
    }

    public var id: String
    /// The problem title; findings with the same title are reported as one problem.
    public var problem: String
    public var trigger: Trigger
    /// Run once per record of this list fact (with `as:` naming the record in the condition and templates).
    public var each: Metric.Each?
    /// Indicators whose lost points measure what is at stake (defaults to the `lost:` trigger's list).
    public var indicators: [String]
    public let evidence: MustacheTemplate
    public let evidenceSource: String
    /// The cause as the submission states it (a template such as `{{item.reason}}`); empty → the cause slot.
    public let cause: MustacheTemplate?
    public var measures: [String]
    /// Where the finding is written, and its path (`findings[2]`), for errors.
    public var location: SourceLocation
    public var path: String
    /// The template texts with where they are written, so names in them can be checked when the rubric loads.
    public let templateSources: [(key: String, source: String, location: SourceLocation)]
    /// `evidence` and `cause` split ahead when they are plain text and names (see ``PlainTemplate``).
    let plainEvidence: PlainTemplate?
    let plainCause: PlainTemplate?

    /// A finding; `templateSources` holds the source of `evidence` (key `evidence`) and of `cause` (key `cause`).
    public init(id: String, problem: String, trigger: Trigger, each: Metric.Each?, indicators: [String],
                evidence: MustacheTemplate, evidenceSource: String, cause: MustacheTemplate?, measures: [String],
                location: SourceLocation, path: String,
                templateSources: [(key: String, source: String, location: SourceLocation)] = []) {
        self.id = id
        self.problem = problem
        self.trigger = trigger
        self.each = each
        self.indicators = indicators
        self.evidence = evidence
        self.evidenceSource = evidenceSource
        self.cause = cause
        self.measures = measures
        self.location = location
        self.path = path
        self.templateSources = templateSources
        plainEvidence = PlainTemplate(evidenceSource)
        plainCause = cause == nil ? nil : templateSources.first { $0.key == "cause" }.flatMap { PlainTemplate($0.source) }
    }

    /// The evidence sentence filled from `context`.
    func evidence(in context: TemplateContext) -> String {
        plainEvidence?.render(context) ?? evidence.render(context)
    }

    /// The cause template filled from `context`; nil when the rubric gives none.
    func cause(in context: TemplateContext) -> String? {
        guard let cause else { return nil }
        return plainCause?.render(context) ?? cause.render(context)
    }
}

extension MustacheTemplate: @retroactive @unchecked Sendable {}
