import JixiaoExpression

/// What happens to an indicator that cannot be scored normally.
public struct ScoringPolicy: Sendable {
    public enum Treatment: String, Sendable {
        /// Leave its points out of the maximum: "scored over X of Y points".
        case exclude
        /// Score it 0 and keep its points in the maximum.
        case zero
        /// Give it full points (only allowed for not-applicable indicators).
        case full
    }

    /// An indicator whose `applicable` condition is false.
    public var notApplicable: Treatment = .exclude
    /// An indicator whose inputs are missing from the submission.
    public var missingData: Treatment = .exclude
    /// An indicator whose inputs cannot be computed (division by zero, …).
    public var notComputable: Treatment = .exclude
    /// No grade is given when less than this share of the total could be scored, so a department that
    /// reports little cannot grade 优 on the few points it did report. Zero (the default) always grades.
    public var gradeRequires: Rational = .zero

    public init() {}
}

/// Half-up rounding of indicator scores, applied before they are summed (so totals equal the sum of shown scores).
public struct RoundingPolicy: Sendable {
    public var places: Int = 2
    public init(places: Int = 2) { self.places = places }

    public func apply(_ value: Rational) -> Rational { value.rounded(places: places, rule: .halfUp) }
}

/// Grade bands as lower bounds on the share of applicable points: 优 ≥ 90%, 良 ≥ 80%, 中 ≥ 60%, else 差.
public struct GradeScale: Sendable {
    public struct Band: Sendable {
        public var name: String
        /// Lower bound, inclusive, as a fraction (0.9 for 90%).
        public var minimumShare: Rational
    }

    /// Sorted from the highest band down.
    public var bands: [Band]
    /// Grade for a share below every band.
    public var lowest: String

    public static let standard = GradeScale(
        bands: [Band(name: "优", minimumShare: Rational(90).divided(by: .hundred)!),
                Band(name: "良", minimumShare: Rational(80).divided(by: .hundred)!),
                Band(name: "中", minimumShare: Rational(60).divided(by: .hundred)!)],
        lowest: "差")

    /// Every grade name, best first (the lowest last).
    public var names: [String] { bands.map(\.name) + [lowest] }

    public func grade(forShare share: Rational) -> String {
        bands.first { share >= $0.minimumShare }?.name ?? lowest
    }
}
