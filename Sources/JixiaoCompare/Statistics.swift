import JixiaoExpression

/// Count, mean, median, minimum and maximum of some exact figures.
///
/// Only scored values enter the figures; `notScored` says how many entries had no value (an indicator
/// not scored, or absent from a department's rubric version), so a mean over three of five is visible as such.
public struct Statistics: Sendable, Equatable {
    /// How many values entered the figures.
    public var count: Int
    /// How many entries had no value.
    public var notScored: Int
    public var mean: Rational?
    /// The middle value; for an even count the mean of the two middle values.
    public var median: Rational?
    public var minimum: Rational?
    public var maximum: Rational?

    /// Figures over the non-nil `values`; nil entries are counted in `notScored`.
    public init(_ values: [Rational?]) {
        let scored = values.compactMap { $0 }.sorted()
        count = scored.count
        notScored = values.count - scored.count
        minimum = scored.first
        maximum = scored.last
        guard !scored.isEmpty else { return }
        mean = scored.reduce(.zero, +).divided(by: Rational(scored.count))
        let middle = scored.count / 2
        median = scored.count.isMultiple(of: 2)
            ? (scored[middle - 1] + scored[middle]).divided(by: 2)
            : scored[middle]
    }
}
