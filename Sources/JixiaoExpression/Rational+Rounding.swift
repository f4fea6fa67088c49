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
        let integer = Rational.roundToInteger(numerator: scaled.numerator, denominator: scaled.denominator, rule: rule)
        return Rational(numerator: integer * scale.denominator, denominator: scale.numerator)
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
