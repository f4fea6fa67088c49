extension Rational {
    /// Half of one unit in the last printed decimal place of `text` as written: how far the true value of a
    /// rounded figure may lie from the printed one.
    ///
    /// `"1717.31"` → 0.005, `"6.1"` → 0.05, `"132"` → 0.5, `"1,717.31"` → 0.005, `"1.5E-2"` → 0.0005, and
    /// `"88.61%"` → 0.00005 (half of 0.01 percentage points, expressed as a fraction like the parsed value
    /// 0.8861). Trailing zeros count as printed: `"6.10"` → 0.005.
    /// Returns `nil` if `text` is not a number ``init(decimalText:)`` accepts.
    public static func printedHalfUnit(of text: String) -> Rational? {
        var scanner = DecimalScanner()
        guard scanner.scan(text) != nil else { return nil }
        return halfUnit(ofPlace: scanner.lastPlaceExponent)
    }

    /// The value of `text` and half a unit of its last printed place from one reading: what
    /// ``init(decimalText:maximumDigits:)`` and ``printedHalfUnit(of:)`` give, for the price of one.
    /// Returns `nil` if `text` is not a number ``init(decimalText:maximumDigits:)`` accepts.
    public static func parsingDecimalText(_ text: String) -> (value: Rational, printedHalfUnit: Rational)? {
        var scanner = DecimalScanner()
        guard let value = scanner.scan(text) else { return nil }
        return (value, halfUnit(ofPlace: scanner.lastPlaceExponent))
    }

    /// Half of 10^`exponent`, 5 × 10^(`exponent` − 1), written down in lowest terms rather than multiplied out and
    /// reduced: every figure a document prints is read with one. Below the units it is 1 / (2 × 10^−`exponent`)
    /// (0.005 = 1/200), from the units up 5 × 10^(`exponent` − 1) (5, 50, …).
    static func halfUnit(ofPlace exponent: Int) -> Rational {
        // 2 × 10^17 and 5 × 10^17 still fit in Int64; beyond that the general product.
        guard abs(exponent) <= 17 else { return Rational(5) * powerOfTen(exponent - 1) }
        return exponent <= 0
            ? Rational(storage: .small(numerator: 1, denominator: 2 * smallPowerOfTen(-exponent)))
            : Rational(storage: .small(numerator: 5 * smallPowerOfTen(exponent - 1), denominator: 1))
    }
}
