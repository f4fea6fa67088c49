import JixiaoExpression

/// A row listed apart from the ranking, with the reasons it is not comparable with the ranked rows.
///
/// Its score says too little (less than the rubric's `grade_requires` could be scored), or it belongs to another
/// year or another version of the rubric than the rows ranked. It stays out of ranks, grade counts,
/// statistics and extremes; another year still feeds year-over-year changes.
public struct ExcludedRow: Sendable {
    public enum Reason: Sendable, Equatable {
        /// Less than `grade_requires` of the total could be scored, so the engine gave no grade.
        case notScoredEnough
        /// The comparison ranks `main`; this row is of another year.
        case otherYear(main: Int)
        /// The ranked rows were scored against version `main` of the rubric.
        case otherVersion(main: String)
    }

    public var row: ComparisonRow
    /// In the order above; never empty.
    public var reasons: [Reason]
}
