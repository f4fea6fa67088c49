import BigInt

extension Rational: CustomStringConvertible {
    /// Exact decimal text when the value terminates in base 10 (`"88.61"`, `"-0.5"`, `"3"`),
    /// otherwise the reduced fraction `"n/d"` (`"2/3"`).
    public var description: String {
        exactDecimalText() ?? "\(numerator)/\(denominator)"
    }

    /// Decimal text rounded half-up (四舍五入) to exactly `places` decimals:
    /// 1717.31 → `"1717.31"`, 2/3 with 2 places → `"0.67"`, −0.005 → `"-0.01"`.
    /// A value that rounds to zero is written without a sign (`"0.00"`, never `"-0.00"`).
    /// Negative `places` rounds to tens, hundreds, … and writes an integer.
    public func decimalText(places: Int) -> String {
        if places >= 0, let integer = roundedScaledInteger(places: places) {
            return Rational.formatScaledInteger(integer, places: places)
        }
        let digits = max(places, 0)
        let scaled = rounded(places: places) * Rational.powerOfTen(digits)
        // After rounding to `digits` places the scaled value is an integer.
        if case .small(let integer, _) = scaled.storage {
            return Rational.formatScaledInteger(integer, places: digits)
        }
        return Rational.formatScaledInteger(scaled.numerator, places: digits)
    }

    /// `self × 10^places` rounded half-up to an integer, in machine integers; nil when it does not fit.
    /// The same digits as `rounded(places:) × 10^places`, without building and reducing the two rationals between.
    func roundedScaledInteger(places: Int) -> Int64? {
        guard case .small(let numerator, let denominator) = storage, places <= 18 else { return nil }
        let (scaled, overflow) = numerator.multipliedReportingOverflow(by: Rational.smallPowerOfTen(places))
        // Int64.min has no positive counterpart for the rounding to work on.
        guard !overflow, scaled != .min else { return nil }
        return Rational.roundToInteger(numerator: scaled, denominator: denominator, rule: .halfUp)
    }

    /// The exact decimal text with trailing zeros dropped (`"88.61"`, `"0.5"`, `"3"`), or `nil` when the value
    /// does not terminate within `maxPlaces` decimals (1/3, or 1/2^50 with the default limit of 40).
    public func exactDecimalText(maxPlaces: Int = 40) -> String? {
        guard let places = terminatingPlaces(), places <= maxPlaces else { return nil }
        // The denominator divides 10^places, so the scaled value is the numerator times their quotient.
        if places <= 18, case .small(let numerator, let denominator) = storage {
            let (integer, overflow) = numerator.multipliedReportingOverflow(by: Rational.smallPowerOfTen(places) / denominator)
            if !overflow { return Rational.formatScaledInteger(integer, places: places) }
        }
        let scaled = self * Rational.powerOfTen(places)
        if case .small(let integer, _) = scaled.storage {
            return Rational.formatScaledInteger(integer, places: places)
        }
        return Rational.formatScaledInteger(scaled.numerator, places: places)
    }

    /// The exact value times 10^`shift` as `digits / 10^places`, with no more places than it needs (so no trailing
    /// zeros), when that terminates within `maxPlaces` decimals and `digits` fits in 64 bits; nil otherwise, and
    /// then ``exactDecimalText(maxPlaces:)`` of the scaled value gives the text or says it does not terminate.
    ///
    /// For writers that put the digits straight into their own bytes: no String, and for a percent figure
    /// (`shift` 2) no Rational multiplication. 0.88611 with shift 2 → (88611, 3), i.e. "88.611".
    public func scaledDecimal(shift: Int = 0, maxPlaces: Int) -> (digits: Int64, places: Int)? {
        guard shift >= 0, case .small(let numerator, let denominator) = storage,
              let ownPlaces = terminatingPlaces() else { return nil }
        let places = max(ownPlaces - shift, 0)
        // digits = numerator × (10^ownPlaces / denominator) × 10^widening, where 10^ownPlaces / denominator is an
        // integer: the reduced denominator has no prime factors but 2 and 5, and at most ownPlaces of each.
        let widening = places + shift - ownPlaces
        guard places <= maxPlaces, let whole = Self.int64PowerOfTen(ownPlaces),
              let scale = Self.int64PowerOfTen(widening) else { return nil }
        let (partial, overflowed) = numerator.multipliedReportingOverflow(by: whole / denominator)
        let (digits, overflowedAgain) = partial.multipliedReportingOverflow(by: scale)
        return overflowed || overflowedAgain ? nil : (digits, places)
    }

    /// Decimal text of `digits / 10^places` with exactly `places` decimals: the text of a ``scaledDecimal(shift:maxPlaces:)``.
    public static func decimalText(digits: Int64, places: Int) -> String {
        formatScaledInteger(digits, places: places)
    }

    /// 10^exponent when it fits in 64 bits (exponent 0...18).
    private static func int64PowerOfTen(_ exponent: Int) -> Int64? {
        guard (0...18).contains(exponent) else { return nil }
        return smallPowerOfTen(exponent)
    }

    /// Percent text, rounded half-up: 0.88611 with 2 places → `"88.61%"`.
    public func percentText(places: Int) -> String {
        // ×100 then `places` decimals is `places + 2` decimals of the value itself.
        if places >= 0, let integer = roundedScaledInteger(places: places + 2) {
            return Rational.formatScaledInteger(integer, places: places) + "%"
        }
        return (self * .hundred).decimalText(places: places) + "%"
    }

    /// The number of decimals the value needs, or `nil` if its decimal expansion never ends
    /// (the reduced denominator has a prime factor other than 2 and 5).
    func terminatingPlaces() -> Int? {
        if case .small(_, let denominator) = storage {
            // Every figure shown passes through here: the factors 2 are counted at once, not divided out one by one.
            let twos = denominator.trailingZeroBitCount
            var rest = denominator >> twos
            var fives = 0
            while rest % 5 == 0 { rest /= 5; fives += 1 }
            return rest == 1 ? max(twos, fives) : nil
        }
        var rest = denominator
        var twos = 0
        var fives = 0
        while (rest % 2).isZero { rest /= 2; twos += 1 }
        while (rest % 5).isZero { rest /= 5; fives += 1 }
        return rest == 1 ? max(twos, fives) : nil
    }

    /// Writes `value / 10^places` as decimal text with exactly `places` decimals.
    static func formatScaledInteger(_ value: Int64, places: Int) -> String {
        // Written straight into the string's own storage: every figure of every report passes through here, and
        // building it in arrays first cost two allocations each.
        let length = scaledDecimalLength(value, places: places)
        return String(unsafeUninitializedCapacity: length) { buffer in
            writeScaledDecimal(value, places: places, length: length, into: buffer)
            return length
        }
    }

    /// How many bytes `value / 10^places` takes as decimal text with exactly `places` decimals.
    public static func scaledDecimalLength(_ value: Int64, places: Int) -> Int {
        var digitCount = 1
        var rest = value.magnitude / 10
        while rest > 0 { digitCount += 1; rest /= 10 }
        let digits = max(digitCount, places + 1) // "0.05", never ".05"
        return (value < 0 ? 1 : 0) + digits + (places > 0 ? 1 : 0)
    }

    /// Writes `value / 10^places` as decimal text with exactly `places` decimals into the first
    /// ``scaledDecimalLength(_:places:)`` bytes of `buffer`, from the last digit backwards.
    public static func writeScaledDecimal(_ value: Int64, places: Int, into buffer: UnsafeMutableBufferPointer<UInt8>) {
        writeScaledDecimal(value, places: places, length: scaledDecimalLength(value, places: places), into: buffer)
    }

    /// ``writeScaledDecimal(_:places:into:)`` given the text's `length`, when the caller has counted it already.
    private static func writeScaledDecimal(_ value: Int64, places: Int, length: Int,
                                           into buffer: UnsafeMutableBufferPointer<UInt8>) {
        let digits = length - (value < 0 ? 1 : 0) - (places > 0 ? 1 : 0)
        var magnitude = value.magnitude
        var position = length
        for written in 0..<digits {
            if places > 0 && written == places {
                position -= 1
                buffer[position] = UInt8(ascii: ".")
            }
            position -= 1
            buffer[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        }
        if value < 0 { buffer[0] = UInt8(ascii: "-") }
    }

    /// Writes `value / 10^places` as decimal text with exactly `places` decimals.
    static func formatScaledInteger(_ value: BigInt, places: Int) -> String {
        insertPoint(sign: value.sign == .minus && !value.isZero ? "-" : "", digits: String(value.magnitude), places: places)
    }

    private static func insertPoint(sign: String, digits: String, places: Int) -> String {
        var digits = digits
        guard places > 0 else { return sign + digits }
        if digits.count <= places {
            digits = String(repeating: "0", count: places - digits.count + 1) + digits
        }
        let split = digits.index(digits.endIndex, offsetBy: -places)
        return sign + digits[..<split] + "." + digits[split...]
    }
}
