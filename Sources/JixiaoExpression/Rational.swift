import BigInt

/// An exact rational number: every figure in a rubric or a submission (万元 amounts, rates, scores).
///
/// The value is always kept normalized — numerator and denominator share no common factor and the
/// denominator is positive — so two equal numbers have equal stored parts, which makes the synthesized
/// `Hashable` conformance correct. Binary floating point is never involved.
public struct Rational: Sendable, Hashable {
    /// Most figures are small fractions (1717.31 = 171731/100), so they are kept in machine integers and
    /// only move to BigInt when an operation would overflow. The form is canonical: a value that fits in
    /// `Int64` is always stored `small`, so equal values have equal storage.
    ///
    /// A big value's parts are boxed: a Rational is then a few words, which every copy of a figure, a range or a
    /// value moves, instead of two BigInts inline that each copy moved and retained for the rare big value.
    enum Storage: Sendable, Hashable {
        case small(numerator: Int64, denominator: Int64)
        case big(BigParts)
    }

    /// The parts of a value too large for machine integers.
    final class BigParts: Sendable, Hashable {
        let numerator: BigInt
        let denominator: BigInt

        init(numerator: BigInt, denominator: BigInt) {
            self.numerator = numerator
            self.denominator = denominator
        }

        static func == (lhs: BigParts, rhs: BigParts) -> Bool {
            lhs.numerator == rhs.numerator && lhs.denominator == rhs.denominator
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(numerator)
            hasher.combine(denominator)
        }
    }

    let storage: Storage

    /// The numerator; carries the sign of the number.
    public var numerator: BigInt {
        switch storage {
        case .small(let numerator, _): BigInt(numerator)
        case .big(let parts): parts.numerator
        }
    }

    /// The denominator; always positive.
    public var denominator: BigInt {
        switch storage {
        case .small(_, let denominator): BigInt(denominator)
        case .big(let parts): parts.denominator
        }
    }

    /// An integer value.
    public init(_ value: Int) {
        self.storage = .small(numerator: Int64(value), denominator: 1)
    }

    /// An integer value.
    public init(_ value: BigInt) {
        self.init(uncheckedNumerator: value, denominator: 1)
    }

    /// The fraction `numerator / denominator`, reduced to lowest terms.
    /// - Precondition: `denominator != 0`.
    public init(numerator: BigInt, denominator: BigInt) {
        precondition(!denominator.isZero, "Rational denominator must not be zero")
        if numerator.isZero {
            self.init(storage: .small(numerator: 0, denominator: 1))
            return
        }
        let divisor = numerator.greatestCommonDivisor(with: denominator)
        var reducedNumerator = numerator / divisor
        var reducedDenominator = denominator / divisor
        if reducedDenominator.sign == .minus {
            reducedNumerator.negate()
            reducedDenominator.negate()
        }
        self.init(uncheckedNumerator: reducedNumerator, denominator: reducedDenominator)
    }

    /// Builds from parts already known to be in lowest terms with a positive denominator.
    init(uncheckedNumerator numerator: BigInt, denominator: BigInt) {
        if let smallNumerator = Int64(exactly: numerator), let smallDenominator = Int64(exactly: denominator),
           smallNumerator != .min {
            self.storage = .small(numerator: smallNumerator, denominator: smallDenominator)
        } else {
            self.storage = .big(BigParts(numerator: numerator, denominator: denominator))
        }
    }

    init(storage: Storage) {
        self.storage = storage
    }

    /// `numerator / denominator` in machine integers, reduced; nil when that would overflow.
    init?(smallNumerator numerator: Int64, denominator: Int64) {
        guard denominator != 0, numerator != .min, denominator != .min else { return nil }
        if numerator == 0 {
            self.storage = .small(numerator: 0, denominator: 1)
            return
        }
        let divisor = Self.gcd(numerator.magnitude, denominator.magnitude)
        var reducedNumerator = numerator / Int64(divisor)
        var reducedDenominator = denominator / Int64(divisor)
        if reducedDenominator < 0 {
            reducedNumerator = -reducedNumerator
            reducedDenominator = -reducedDenominator
        }
        self.storage = .small(numerator: reducedNumerator, denominator: reducedDenominator)
    }

    static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }

    public static let zero = Rational(0)
    public static let one = Rational(1)
    public static let hundred = Rational(100)

    /// `true` when the value is 0.
    public var isZero: Bool {
        if case .small(let numerator, _) = storage { return numerator == 0 }
        return false
    }

    /// `true` when the value is below 0.
    public var isNegative: Bool {
        switch storage {
        case .small(let numerator, _): numerator < 0
        case .big(let parts): parts.numerator.sign == .minus && !parts.numerator.isZero
        }
    }

    /// `true` when the value has no fractional part.
    public var isInteger: Bool {
        switch storage {
        case .small(_, let denominator): denominator == 1
        case .big(let parts): parts.denominator == 1
        }
    }

    /// The absolute value.
    public var magnitude: Rational { isNegative ? -self : self }

    /// Powers 10^0 … 10^18, which fit in Int64: rounding and formatting use them constantly.
    private static let smallPowersOfTen: [Int64] = (0...18).map { exponent in
        (0..<exponent).reduce(Int64(1)) { value, _ in value * 10 }
    }

    /// `10^exponent` for `exponent` in 0…18.
    static func smallPowerOfTen(_ exponent: Int) -> Int64 { smallPowersOfTen[exponent] }

    /// `10^exponent` as an exact rational; `exponent` may be negative.
    static func powerOfTen(_ exponent: Int) -> Rational {
        if abs(exponent) <= 18 {
            let power = smallPowersOfTen[abs(exponent)]
            return exponent >= 0
                ? Rational(storage: .small(numerator: power, denominator: 1))
                : Rational(storage: .small(numerator: 1, denominator: power))
        }
        let power = BigInt(10).power(abs(exponent))
        return exponent >= 0
            ? Rational(uncheckedNumerator: power, denominator: 1)
            : Rational(uncheckedNumerator: 1, denominator: power)
    }
}

// MARK: - Arithmetic

extension Rational {
    public static func + (lhs: Rational, rhs: Rational) -> Rational {
        if case .small(let a, let b) = lhs.storage, case .small(let c, let d) = rhs.storage {
            if b == d {
                let (sum, overflow) = a.addingReportingOverflow(c)
                if !overflow, let result = Rational(smallNumerator: sum, denominator: b) { return result }
            } else {
                let (ad, o1) = a.multipliedReportingOverflow(by: d)
                let (cb, o2) = c.multipliedReportingOverflow(by: b)
                let (bd, o3) = b.multipliedReportingOverflow(by: d)
                let (sum, o4) = ad.addingReportingOverflow(cb)
                if !(o1 || o2 || o3 || o4), let result = Rational(smallNumerator: sum, denominator: bd) { return result }
            }
        }
        if lhs.denominator == rhs.denominator {
            return Rational(numerator: lhs.numerator + rhs.numerator, denominator: lhs.denominator)
        }
        return Rational(
            numerator: lhs.numerator * rhs.denominator + rhs.numerator * lhs.denominator,
            denominator: lhs.denominator * rhs.denominator
        )
    }

    public static func - (lhs: Rational, rhs: Rational) -> Rational {
        lhs + (-rhs)
    }

    public static func * (lhs: Rational, rhs: Rational) -> Rational {
        if case .small(let a, let b) = lhs.storage, case .small(let c, let d) = rhs.storage {
            let (ac, o1) = a.multipliedReportingOverflow(by: c)
            let (bd, o2) = b.multipliedReportingOverflow(by: d)
            if !(o1 || o2), let result = Rational(smallNumerator: ac, denominator: bd) { return result }
        }
        return Rational(numerator: lhs.numerator * rhs.numerator, denominator: lhs.denominator * rhs.denominator)
    }

    public static prefix func - (operand: Rational) -> Rational {
        switch operand.storage {
        case .small(let numerator, let denominator):
            // Canonical small values never hold Int64.min, so negation cannot overflow.
            Rational(storage: .small(numerator: -numerator, denominator: denominator))
        case .big(let parts):
            Rational(uncheckedNumerator: -parts.numerator, denominator: parts.denominator)
        }
    }


    public static prefix func + (operand: Rational) -> Rational {
        operand
    }

    public static func += (lhs: inout Rational, rhs: Rational) { lhs = lhs + rhs }
    public static func -= (lhs: inout Rational, rhs: Rational) { lhs = lhs - rhs }
    public static func *= (lhs: inout Rational, rhs: Rational) { lhs = lhs * rhs }

    /// The quotient `self / other`, or `nil` when `other` is zero.
    /// There is deliberately no `/` operator: every division site has to decide what a zero divisor means.
    public func divided(by other: Rational) -> Rational? {
        if other.isZero { return nil }
        if case .small(let a, let b) = storage, case .small(let c, let d) = other.storage {
            let (ad, o1) = a.multipliedReportingOverflow(by: d)
            let (bc, o2) = b.multipliedReportingOverflow(by: c)
            if !(o1 || o2), let result = Rational(smallNumerator: ad, denominator: bc) { return result }
        }
        return Rational(numerator: numerator * other.denominator, denominator: denominator * other.numerator)
    }
}

// MARK: - Comparable

extension Rational: Comparable {
    public static func < (lhs: Rational, rhs: Rational) -> Bool {
        // Denominators are positive, so cross-multiplying keeps the order.
        if case .small(let a, let b) = lhs.storage, case .small(let c, let d) = rhs.storage {
            let (ad, o1) = a.multipliedReportingOverflow(by: d)
            let (cb, o2) = c.multipliedReportingOverflow(by: b)
            if !(o1 || o2) { return ad < cb }
        }
        return lhs.numerator * rhs.denominator < rhs.numerator * lhs.denominator
    }
}

// MARK: - Literals

extension Rational: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) {
        self.init(value)
    }
}
