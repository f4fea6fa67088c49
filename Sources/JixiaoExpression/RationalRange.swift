/// A closed interval `[lower, upper]` of exact rationals (`lower <= upper`).
///
/// Printed figures are rounded: an amount printed as 1717.31 may really be anything in
/// `[1717.305, 1717.315]`. Ranges carry that uncertainty through arithmetic so a stated result can be
/// judged against every value its rounded inputs allow.
public struct RationalRange: Sendable, Hashable, CustomStringConvertible {
    public var lower: Rational
    public var upper: Rational

    /// The interval `[lower, upper]`.
    /// - Precondition: `lower <= upper`.
    public init(lower: Rational, upper: Rational) {
        precondition(lower <= upper, "RationalRange lower bound \(lower) exceeds upper bound \(upper)")
        self.lower = lower
        self.upper = upper
    }

    /// The degenerate interval `[point, point]`: an exactly known value.
    public init(_ point: Rational) {
        self.init(lower: point, upper: point)
    }

    /// `[center − halfWidth, center + halfWidth]`, e.g. a printed 1717.31 with half-unit 0.005.
    /// - Precondition: `halfWidth >= 0`.
    public init(center: Rational, halfWidth: Rational) {
        precondition(!halfWidth.isNegative, "RationalRange half-width must not be negative")
        // An exact figure (a count) is its own range: no sums to reduce.
        guard !halfWidth.isZero else {
            self.init(center)
            return
        }
        self.init(lower: center - halfWidth, upper: center + halfWidth)
    }

    /// The smallest interval holding all of `values`.
    /// - Precondition: `values` is not empty.
    init(hullOf values: [Rational]) {
        precondition(!values.isEmpty, "the hull of no values is undefined")
        self.init(lower: values.min()!, upper: values.max()!)
    }

    /// The smallest interval holding four values: the candidates for the bounds of a product or quotient,
    /// compared without gathering them into an array.
    init(hullOf a: Rational, _ b: Rational, _ c: Rational, _ d: Rational) {
        self.init(lower: Swift.min(Swift.min(a, b), Swift.min(c, d)), upper: Swift.max(Swift.max(a, b), Swift.max(c, d)))
    }

    /// `true` when the interval holds a single value.
    public var isPoint: Bool { lower == upper }

    /// `true` when `value` lies in the interval (bounds included).
    public func contains(_ value: Rational) -> Bool {
        lower <= value && value <= upper
    }

    /// `true` when the two intervals share at least one value (touching bounds count).
    public func overlaps(_ other: RationalRange) -> Bool {
        lower <= other.upper && other.lower <= upper
    }

    /// `"[a, b]"`, each bound as exact decimal text or the reduced fraction `n/d`.
    public var description: String { "[\(lower), \(upper)]" }
}

// MARK: - Interval arithmetic

extension RationalRange {
    public static func + (lhs: RationalRange, rhs: RationalRange) -> RationalRange {
        RationalRange(lower: lhs.lower + rhs.lower, upper: lhs.upper + rhs.upper)
    }

    public static func - (lhs: RationalRange, rhs: RationalRange) -> RationalRange {
        lhs + (-rhs)
    }

    /// The smallest and largest of the four products of bounds: with mixed signs any pair can be extreme.
    public static func * (lhs: RationalRange, rhs: RationalRange) -> RationalRange {
        RationalRange(hullOf: lhs.lower * rhs.lower, lhs.lower * rhs.upper, lhs.upper * rhs.lower, lhs.upper * rhs.upper)
    }

    public static prefix func - (operand: RationalRange) -> RationalRange {
        RationalRange(lower: -operand.upper, upper: -operand.lower)
    }

    /// Every quotient `a / b` with `a` in `self` and `b` in `divisor`, or `nil` when `divisor` contains 0
    /// (the quotients would then be unbounded). Like `Rational.divided(by:)`, each caller decides what that means.
    public func divided(by divisor: RationalRange) -> RationalRange? {
        if divisor.contains(.zero) { return nil }
        // 0 is outside the divisor, so division is monotone in each argument and the extremes are at bounds.
        return RationalRange(hullOf: lower.divided(by: divisor.lower)!, lower.divided(by: divisor.upper)!,
                             upper.divided(by: divisor.lower)!, upper.divided(by: divisor.upper)!)
    }

    /// `{ |x| : x in self }`: when the interval straddles 0 the smallest magnitude is 0 itself.
    public var magnitude: RationalRange {
        if lower.isNegative && !upper.isNegative {
            return RationalRange(lower: .zero, upper: Swift.max(lower.magnitude, upper.magnitude))
        }
        return RationalRange(hullOf: [lower.magnitude, upper.magnitude])
    }

    /// Both bounds rounded to `places` decimals. Rounding never decreases as its input grows, so the rounded
    /// bounds are the smallest and largest rounded values.
    public func rounded(places: Int, rule: Rational.RoundingRule = .halfUp) -> RationalRange {
        RationalRange(lower: lower.rounded(places: places, rule: rule), upper: upper.rounded(places: places, rule: rule))
    }
}
