extension Rational {
    /// Numerator and denominator as machine integers, when the value is kept in them (nearly every figure):
    /// an exact form of a few bytes, read back by ``init(int64Numerator:denominator:)``.
    public var int64Parts: (numerator: Int64, denominator: Int64)? {
        if case .small(let numerator, let denominator) = storage { return (numerator, denominator) }
        return nil
    }

    /// `numerator / denominator`, reduced; nil for a zero denominator or a part equal to `Int64.min`.
    public init?(int64Numerator numerator: Int64, denominator: Int64) {
        self.init(smallNumerator: numerator, denominator: denominator)
    }
}
