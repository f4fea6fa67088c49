import JixiaoExpression
import JixiaoYAML

/// One department's figures and facts for one year, as read from `submissions/*.yaml`.
///
/// Facts stay as YAML nodes until a rubric says what kind each one is; then ``FactStore`` reads them.
public struct Submission: Sendable {
    public var department: String
    public var year: Int
    public var unit: String
    /// Rubric ids (resolved in `rubrics/`) or paths this submission is scored against.
    public var rubrics: [String]
    /// Where `rubrics:` is written, for errors about a rubric it names.
    public var rubricsLocation: SourceLocation?
    public var document: String?
    /// The `facts:` tree.
    public var facts: Node?
    /// The `stated:` tree: figures as the document's text states them; reached as `stated.…` in expressions.
    public var stated: Node?
    /// What the 说明 and 自评 sentences state, item by item (`statements:`); checked by ``StatementChecker``.
    public var statements: [Statement] = []
    /// Self-assessment forms (`forms:`), scored by a rubric with a `form:` block.
    public var forms: [Form] = []
    /// The assessor's scores for `manual` indicators: rubric id → indicator id → score.
    public var manualScores: [String: [String: ScoreEntry]]
    /// Causes the department gives for findings (原因), by finding id (`item-deviation` or `item-deviation[2010308]`).
    public var causes: [String: String] = [:]
    /// Where `causes:` is written.
    public var causesLocation: SourceLocation? = nil
    /// The department's own claimed scores (自评分): rubric id → indicator id → score.
    public var claimedScores: [String: [String: ScoreEntry]]
    public var file: String
    public var sha256: String

    /// A score written in the submission, with where it was written (for errors).
    public struct ScoreEntry: Sendable {
        public var value: Rational
        public var location: SourceLocation
    }
}
