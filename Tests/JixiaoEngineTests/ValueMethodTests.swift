import Testing
import JixiaoExpression
@testable import JixiaoEngine

/// Edges of the methods that turn one value into a score: proportional, rate × points, deviation, formula,
/// manual and veto.
@Suite("Proportional, formula, manual and veto boundaries")
struct ValueMethodTests {
    @Test("proportional: the reason states actual, target, their share and the points it gives")
    func proportionalReason() throws {
        // 45 ÷ 60 = 75%; 6 × 75% = 4.5
        let result = try outcome(ProportionalMethod.self, "{actual: x, target: 60}", points: "6", inputs: ["x": "45"])
        #expect(result.score == r("4.5"))
        #expect(result.reason == "实际 45 ÷ 目标 60 = 75.00%，得分 = 6 × 75.00%")
    }

    @Test("proportional with cap: a share above the cap is held at the cap")
    func proportionalCap() throws {
        let parameters = "{actual: x, target: 100, cap: 120%}"
        // 130 ÷ 100 = 130% > cap 120% → 10 × 120% = 12
        #expect(try outcome(ProportionalMethod.self, parameters, points: "10", inputs: ["x": "130"]).score == r("12"))
        // 110 ÷ 100 = 110% ≤ 120% → 10 × 110% = 11
        #expect(try outcome(ProportionalMethod.self, parameters, points: "10", inputs: ["x": "110"]).score == r("11"))
    }

    @Test("proportional without cap: exactly at target is full, just above is still full")
    func proportionalDefaultCap() throws {
        let parameters = "{actual: x, target: 100}"
        #expect(try outcome(ProportionalMethod.self, parameters, points: "10", inputs: ["x": "100"]).score == r("10"))
        #expect(try outcome(ProportionalMethod.self, parameters, points: "10", inputs: ["x": "100.01"]).score == r("10"))
        // 99.99 ÷ 100 × 10 = 9.999 (exact; rounding happens at the rubric's precision later)
        #expect(try outcome(ProportionalMethod.self, parameters, points: "10", inputs: ["x": "99.99"]).score == r("9.999"))
    }

    @Test("proportional: a negative actual scores zero, a negative target cannot be scored")
    func proportionalSigns() throws {
        let parameters = "{actual: x, target: t}"
        #expect(try outcome(ProportionalMethod.self, parameters, points: "10", inputs: ["x": "-5", "t": "100"]).score == r("0"))
        #expect(try outcome(ProportionalMethod.self, parameters, points: "10", inputs: ["x": "5", "t": "-100"]).kind == .notComputable)
    }

    @Test("proportional: a non-terminating share stays exact")
    func proportionalExactThirds() throws {
        // 10 × 1 ÷ 3 = 10/3, not 3.33 and not 3.3333333
        let result = try outcome(ProportionalMethod.self, "{actual: x, target: 3}", points: "10", inputs: ["x": "1"])
        #expect(result.score == Rational(10).divided(by: Rational(3)))
    }

    @Test("rate × points: a negative rate scores zero")
    func rateNegative() throws {
        #expect(try outcome(RateTimesPointsMethod.self, "{rate: r}", points: "10", inputs: ["r": "-5%"]).score == r("0"))
    }

    @Test("deviation exactly at the tolerance keeps full points; just past it deducts")
    func deviationTolerance() throws {
        let parameters = "{actual: x, target: 100%, tolerance: 10%, per: 1%, deduct: 0.1}"
        // |110% − 100%| ÷ 100% = 10% = tolerance → full
        #expect(try outcome(DeviationMethod.self, parameters, points: "5", inputs: ["x": "110%"]).score == r("5"))
        // |89.5% − 100%| = 10.5%; 0.5 points past tolerance × 0.1 = 0.05; 5 − 0.05 = 4.95
        #expect(try outcome(DeviationMethod.self, parameters, points: "5", inputs: ["x": "89.5%"]).score == r("4.95"))
    }

    @Test("formula: results are clamped to 0…points, values inside are kept exactly")
    func formulaClamping() throws {
        let parameters = "{score: 5 - n * 0.5}"
        // 5 − 10 × 0.5 = 0 exactly
        #expect(try outcome(FormulaMethod.self, parameters, points: "5", inputs: ["n": "10"]).score == r("0"))
        // 5 − 11 × 0.5 = −0.5 → 0
        let negative = try outcome(FormulaMethod.self, parameters, points: "5", inputs: ["n": "11"])
        #expect(negative.score == r("0"))
        #expect(negative.reason.contains("按 0–5 分计"))
        // 5 − (−2) × 0.5 = 6 → 5
        #expect(try outcome(FormulaMethod.self, parameters, points: "5", inputs: ["n": "-2"]).score == r("5"))
        // 5 − 0 × 0.5 = 5 exactly, not marked as clamped
        let full = try outcome(FormulaMethod.self, parameters, points: "5", inputs: ["n": "0"])
        #expect(full.score == r("5"))
        #expect(!full.reason.contains("按 0–5 分计"))
    }

    @Test("formula: the shorthand `formula: expr` reads as `{score: expr}`")
    func formulaShorthand() {
        #expect(FormulaMethod.shorthandParameter == "score")
    }

    @Test("formula: a true/false result cannot be scored")
    func formulaBoolean() throws {
        #expect(try outcome(FormulaMethod.self, "{score: n > 1}", points: "5", inputs: ["n": "2"]).kind == .notComputable)
    }

    @Test("formula: division by zero is not computable, never a crash")
    func formulaDivisionByZero() throws {
        let result = try outcome(FormulaMethod.self, "{score: a / b}", points: "5", inputs: ["a": "1", "b": "0"])
        #expect(result.kind == .notComputable)
        #expect(result.reason.contains("除数为零"))
    }

    @Test("manual: pending without a score, scored with one inside 0…points", arguments: [
        (nil, nil), ("0", "0"), ("5", "5"), ("2.75", "2.75"),
    ] as [(String?, String?)])
    func manualGiven(given: String?, expected: String?) throws {
        let result = try outcome(ManualMethod.self, "{guidance: 按资料完整性评分}", points: "5", manualScore: given)
        if let expected {
            #expect(result.score == r(expected))
        } else {
            #expect(result.kind == .manualPending)
            #expect(result.reason.contains("按资料完整性评分"))
        }
    }

    @Test("manual: a score outside 0…points is not accepted", arguments: ["5.01", "-1"])
    func manualOutOfRange(given: String) throws {
        let result = try outcome(ManualMethod.self, "{}", points: "5", manualScore: given)
        #expect(result.kind == .notComputable)
        #expect(result.reason.contains("超出 0–5 分"))
    }

    @Test("veto with points other than 0 is rejected")
    func vetoPoints() {
        let diagnostics = parameterDiagnostics(VetoMethod.self, "{when: incident}", points: "1")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.path == "veto")
        #expect(diagnostics.first?.message.contains("points 应为 0") == true)
    }

    @Test("veto whose condition is a number cannot be decided")
    func vetoNonBoolean() throws {
        #expect(try outcome(VetoMethod.self, "{when: incident}", points: "0", inputs: ["incident": "1"]).kind == .notComputable)
    }

    @Test("inverse: exactly at the target is full; a zero actual under a zero target is full")
    func inverseEdges() throws {
        #expect(try outcome(InverseMethod.self, "{actual: x, target: 10}", points: "4", inputs: ["x": "10"]).score == r("4"))
        // 4 × 10 ÷ 16 = 2.5
        #expect(try outcome(InverseMethod.self, "{actual: x, target: 10}", points: "4", inputs: ["x": "16"]).score == r("2.5"))
        #expect(try outcome(InverseMethod.self, "{actual: x, target: 0}", points: "4", inputs: ["x": "0"]).score == r("4"))
    }

    @Test("inverse: any actual above a zero target scores zero (4 × 0 ÷ 3 = 0)")
    func inverseZeroTarget() throws {
        #expect(try outcome(InverseMethod.self, "{actual: x, target: 0}", points: "4", inputs: ["x": "3"]).score == r("0"))
    }
}
