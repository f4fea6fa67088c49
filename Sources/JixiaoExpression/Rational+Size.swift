import BigInt

extension Rational {
    /// The most bits a computed numerator or denominator may have (about 1,230 decimal digits). Inputs have
    /// at most 40 digits, so only a chain of metrics that multiply their own results can get there — and
    /// each further step would double the size, so such a value is refused instead of computed.
    public static let maximumComputedBits = 4_096

    /// Whether the number is small enough to keep computing with exactly.
    public var isWithinComputedSize: Bool {
        switch storage {
        case .small: true
        case .big(let parts):
            parts.numerator.magnitude.bitWidth <= Self.maximumComputedBits
                && parts.denominator.magnitude.bitWidth <= Self.maximumComputedBits
        }
    }

    /// The reason given when a computed number is too large.
    static let tooLargeReason = "计算结果过大（分子或分母超过约 1200 位数字），无法精确计算；请检查计算项是否反复相乘或相除"
}
