import BigInt

/// An exact rational number: every figure in a rubric or a submission (万元 amounts, rates, scores).
///
/// The value is always kept normalized — numerator and denominator share no common factor and the
/// denominator is positive — so two equal numbers have equal stored parts, which makes the synthesized
/// `Hashable` conformance correct. Binary floating point is never involved.
public struct Rational: Sendable, Hashable {
    /// The numerator; carries the sign of the number.
    public let numerator: BigInt
    /// The denominator; always positive.
    public let denominator: BigInt

    /// An integer value.
    public init(_ value: Int) {
        self.numerator = BigInt(value)
        self.denominator = 1
    }

    /// An integer value.
    public init(_ value: BigInt) {
        self.numerator = value
        self.denominator = 1
    }

    /// The fraction `numerator / denominator`, reduced to lowest terms.
    /// - Precondition: `denominator != 0`.
    public init(numerator: BigInt, denominator: BigInt) {
        precondition(!denominator.isZero, "Rational denominator must not be zero")
        if numerator.isZero {
            self.numerator = 0
            self.denominator = 1
            return
        }
        let divisor = numerator.greatestCommonDivisor(with: denominator)
        var reducedNumerator = numerator / divisor
        var reducedDenominator = denominator / divisor
        if reducedDenominator.sign == .minus {
            reducedNumerator.negate()
            reducedDenominator.negate()
        }
        self.numerator = reducedNumerator
        self.denominator = reducedDenominator
    }

    /// Builds from parts already known to be in lowest terms with a positive denominator.
    init(uncheckedNumerator numerator: BigInt, denominator: BigInt) {
        self.numerator = numerator
        self.denominator = denominator
    }

    public static let zero = Rational(0)
    public static let one = Rational(1)
    public static let hundred = Rational(100)

    /// `true` when the value is 0.
    public var isZero: Bool { numerator.isZero }

    /// `true` when the value is below 0.
    public var isNegative: Bool { numerator.sign == .minus && !numerator.isZero }

    /// `true` when the value has no fractional part.
    public var isInteger: Bool { denominator == 1 }

    /// The absolute value.
    public var magnitude: Rational {
        Rational(uncheckedNumerator: BigInt(numerator.magnitude), denominator: denominator)
    }

    /// `10^exponent` as an exact rational; `exponent` may be negative.
    static func powerOfTen(_ exponent: Int) -> Rational {
        let power = BigInt(10).power(abs(exponent))
        return exponent >= 0
            ? Rational(uncheckedNumerator: power, denominator: 1)
            : Rational(uncheckedNumerator: 1, denominator: power)
    }
}

// MARK: - Arithmetic

extension Rational {
    public static func + (lhs: Rational, rhs: Rational) -> Rational {
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
        Rational(numerator: lhs.numerator * rhs.numerator, denominator: lhs.denominator * rhs.denominator)
    }

    public static prefix func - (operand: Rational) -> Rational {
        Rational(uncheckedNumerator: -operand.numerator, denominator: operand.denominator)
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
        return Rational(numerator: numerator * other.denominator, denominator: denominator * other.numerator)
    }
}

// MARK: - Comparable

extension Rational: Comparable {
    public static func < (lhs: Rational, rhs: Rational) -> Bool {
        // Denominators are positive, so cross-multiplying keeps the order.
        lhs.numerator * rhs.denominator < rhs.numerator * lhs.denominator
    }
}

// MARK: - Literals

extension Rational: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) {
        self.init(value)
    }
}
