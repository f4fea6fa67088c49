/// Every scoring method a rubric may name, by its key.
public enum MethodRegistry {
    public static let all: [any ScoringMethod.Type] = [
        ProportionalMethod.self, InverseMethod.self, DeductionMethod.self, StepDeductionMethod.self,
        BandsMethod.self, ChecklistMethod.self, TiersMethod.self, RateTimesPointsMethod.self,
        DeviationMethod.self, BonusMethod.self, VetoMethod.self, ManualMethod.self, FormulaMethod.self,
        DataQualityMethod.self,
    ]

    public static func method(forKey key: String) -> (any ScoringMethod.Type)? {
        all.first { $0.key == key }
    }
}
