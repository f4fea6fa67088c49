import BigInt

extension Rational {
    /// How a value exactly between two candidates (or any value, for `down`/`up`) is rounded.
    public enum RoundingRule: Sendable, Hashable {
        /// 四舍五入: halves go away from zero (2.5 → 3, −2.5 → −3).
        case halfUp
        /// Truncation toward zero (2.9 → 2, −2.9 → −2).
        case down
        /// Away from zero (2.1 → 3, −2.1 → −3).
        case up
        /// Banker's rounding: halves go to the even neighbour (2.5 → 2, 3.5 → 4).
        case halfEven
    }

    /// The value rounded to `places` decimal places (negative `places` rounds to tens, hundreds, …).
    public func rounded(places: Int, rule: RoundingRule = .halfUp) -> Rational {
        let scale = Rational.powerOfTen(places)
        let scaled = self * scale
        if case .small(let numerator, let denominator) = scaled.storage,
           case .small(let scaleNumerator, let scaleDenominator) = scale.storage {
            let integer = Rational.roundToInteger(numerator: numerator, denominator: denominator, rule: rule)
            let (value, overflow) = integer.multipliedReportingOverflow(by: scaleDenominator)
            if !overflow, let result = Rational(smallNumerator: value, denominator: scaleNumerator) { return result }
        }
        let integer = Rational.roundToInteger(numerator: scaled.numerator, denominator: scaled.denominator, rule: rule)
        return Rational(numerator: integer * scale.denominator, denominator: scale.numerator)
    }

    /// The multiple of `step` (> 0) nearest to the value, halves away from zero: 0.886 to a step of 0.01 → 0.89.
    public func roundedHalfUp(toMultipleOf step: Rational) -> Rational {
        // In machine integers while the cross products fit: value / step = (n × stepD) / (d × stepN).
        if case .small(let numerator, let denominator) = storage,
           case .small(let stepNumerator, let stepDenominator) = step.storage, stepNumerator > 0 {
            let (dividend, overflowA) = numerator.multipliedReportingOverflow(by: stepDenominator)
            let (divisor, overflowB) = denominator.multipliedReportingOverflow(by: stepNumerator)
            if !overflowA, !overflowB, dividend != .min {
                let steps = Rational.roundToInteger(numerator: dividend, denominator: divisor, rule: .halfUp)
                let (multiple, overflow) = steps.multipliedReportingOverflow(by: stepNumerator)
                if !overflow, let result = Rational(smallNumerator: multiple, denominator: stepDenominator) { return result }
            }
        }
        return divided(by: step)!.rounded(places: 0, rule: .halfUp) * step
    }

    /// Rounds `numerator / denominator` (denominator > 0) to an integer, in machine integers.
    static func roundToInteger(numerator: Int64, denominator: Int64, rule: RoundingRule) -> Int64 {
        let quotient = numerator.magnitude / denominator.magnitude
        let remainder = numerator.magnitude % denominator.magnitude
        let twiceRemainder = remainder * 2   // remainder < denominator ≤ Int64.max, so this fits in UInt64
        let roundsAway: Bool
        switch rule {
        case .down: roundsAway = false
        case .up: roundsAway = remainder != 0
        case .halfUp: roundsAway = twiceRemainder >= denominator.magnitude
        case .halfEven:
            roundsAway = twiceRemainder > denominator.magnitude
                || (twiceRemainder == denominator.magnitude && quotient % 2 != 0)
        }
        let magnitude = Int64(roundsAway ? quotient + 1 : quotient)
        return numerator < 0 ? -magnitude : magnitude
    }

    /// Rounds `numerator / denominator` (denominator > 0) to an integer.
    static func roundToInteger(numerator: BigInt, denominator: BigInt, rule: RoundingRule) -> BigInt {
        // Work on the magnitude so every rule is symmetric around zero, then restore the sign.
        let (quotient, remainder) = BigInt(numerator.magnitude).quotientAndRemainder(dividingBy: denominator)
        let twiceRemainder = remainder * 2
        let roundsAway: Bool
        switch rule {
        case .down:
            roundsAway = false
        case .up:
            roundsAway = !remainder.isZero
        case .halfUp:
            roundsAway = twiceRemainder >= denominator
        case .halfEven:
            roundsAway = twiceRemainder > denominator
                || (twiceRemainder == denominator && !(quotient % 2).isZero)
        }
        let magnitude = roundsAway ? quotient + 1 : quotient
        return numerator.sign == .minus ? -magnitude : magnitude
    }
}
