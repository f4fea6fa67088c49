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
        // Half of 10^e is 5 × 10^(e − 1).
        return Rational(5) * Rational.powerOfTen(scanner.lastPlaceExponent - 1)
    }

    /// The value of `text` and half a unit of its last printed place from one reading: what
    /// ``init(decimalText:maximumDigits:)`` and ``printedHalfUnit(of:)`` give, for the price of one.
    /// Returns `nil` if `text` is not a number ``init(decimalText:maximumDigits:)`` accepts.
    public static func parsingDecimalText(_ text: String) -> (value: Rational, printedHalfUnit: Rational)? {
        var scanner = DecimalScanner()
        guard let value = scanner.scan(text) else { return nil }
        return (value, Rational(5) * Rational.powerOfTen(scanner.lastPlaceExponent - 1))
    }
}
