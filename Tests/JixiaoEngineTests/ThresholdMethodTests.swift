import Testing
import JixiaoExpression
@testable import JixiaoEngine

/// 扣分制 and 按档扣分 at their edges: exactly on the threshold, exactly on the floor, whole and partial steps.
@Suite("Deduction and step deduction boundaries")
struct ThresholdMethodTests {
    static let overTen = "{value: x, threshold: 10%, per: 1%, deduct: 0.5}"

    @Test("a value exactly on the threshold keeps full points")
    func exactlyOnThreshold() throws {
        #expect(try outcome(DeductionMethod.self, Self.overTen, points: "5", inputs: ["x": "10%"]).score == r("5"))
    }

    @Test("the smallest step past the threshold already deducts, proportionally")
    func justPastThreshold() throws {
        // 10.01% − 10% = 0.01 percentage points = 0.01 units; 0.01 × 0.5 = 0.005; 5 − 0.005 = 4.995
        #expect(try outcome(DeductionMethod.self, Self.overTen, points: "5", inputs: ["x": "10.01%"]).score == r("4.995"))
    }

    @Test("a deduction's reason states the figure, the threshold, the rate and what it comes to")
    func deductionReasons() throws {
        // Example inputs are shown plainly (up to 4 decimals, no trailing zeros).
        let within = try outcome(DeductionMethod.self, "{value: x, threshold: 10, deduct: 1}", points: "4", inputs: ["x": "9"])
        #expect(within.reason == "9 未超过阈值 10，得满分")
        // 13 − 10 = 3 units × 1 = 3; 4 − 3 = 1 < floor 2 → 2
        let floored = try outcome(DeductionMethod.self, "{value: x, threshold: 10, deduct: 1, floor: 2}", points: "4",
                                  inputs: ["x": "13"])
        #expect(floored.reason == "13 超过阈值 10，每超过 1 扣 1 分（不足部分按比例），应扣 3 分，最低得 2 分")
        // 1 − 0.8861 = 0.1139 = 11.39 units of 0.01; 11.39 × 0.2 = 2.278, shown to 2 places
        let below = try outcome(DeductionMethod.self, "{value: x, threshold: 100%, direction: below, per: 1%, deduct: 0.2}",
                                points: "10", inputs: ["x": "88.61%"])
        #expect(below.reason == "0.8861 低于阈值 1，每少 0.01 扣 0.2 分（不足部分按比例），扣 2.28 分")
    }

    @Test("landing exactly on the floor gives the floor; going further stays there")
    func floor() throws {
        let parameters = "{value: x, threshold: 0, deduct: 1, floor: 2}"
        // 3 units × 1 = 3; 5 − 3 = 2 = floor
        #expect(try outcome(DeductionMethod.self, parameters, points: "5", inputs: ["x": "3"]).score == r("2"))
        // 4 units × 1 = 4; 5 − 4 = 1 < floor 2 → 2
        #expect(try outcome(DeductionMethod.self, parameters, points: "5", inputs: ["x": "4"]).score == r("2"))
        // 2.5 units × 1 = 2.5; 5 − 2.5 = 2.5 > floor
        #expect(try outcome(DeductionMethod.self, parameters, points: "5", inputs: ["x": "2.5"]).score == r("2.5"))
    }

    @Test("direction below: at the threshold full, under it deducted")
    func below() throws {
        let parameters = "{value: x, threshold: 95%, direction: below, per: 1%, deduct: 1}"
        #expect(try outcome(DeductionMethod.self, parameters, points: "4", inputs: ["x": "95%"]).score == r("4"))
        // 95% − 93.5% = 1.5 units × 1 = 1.5; 4 − 1.5 = 2.5
        #expect(try outcome(DeductionMethod.self, parameters, points: "4", inputs: ["x": "93.5%"]).score == r("2.5"))
        // above the threshold is fine when direction is below
        #expect(try outcome(DeductionMethod.self, parameters, points: "4", inputs: ["x": "120%"]).score == r("4"))
    }

    @Test("a misspelt direction is rejected with a hint")
    func badDirection() {
        let diagnostics = parameterDiagnostics(DeductionMethod.self, "{value: x, threshold: 0, deduct: 1, direction: abvoe}",
                                               points: "5")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.path == "deduction.direction")
        #expect(diagnostics.first?.message.contains("abvoe") == true)
        #expect(diagnostics.first?.hint == "是否想用“above”？")
    }

    @Test("a unit size of zero and a negative deduction are rejected")
    func badPerAndDeduct() {
        let zeroPer = parameterDiagnostics(DeductionMethod.self, "{value: x, threshold: 0, per: 0, deduct: 1}", points: "5")
        #expect(zeroPer.map(\.path) == ["deduction.per"])
        let negative = parameterDiagnostics(DeductionMethod.self, "{value: x, threshold: 0, deduct: -1}", points: "5")
        #expect(negative.map(\.path) == ["deduction.deduct"])
        #expect(negative.first?.message.contains("不能为负") == true)
    }

    // MARK: step_deduction

    static let perFivePercent = "{value: x, threshold: 100%, direction: below, per: 5%, deduct: 1"

    @Test("completed counts whole steps only; started counts a begun step as a whole one")
    func completedVersusStarted() throws {
        // 100% − 87.5% = 12.5 points = 2.5 steps of 5%
        // completed: 2 steps × 1 = 2; 10 − 2 = 8
        #expect(try outcome(StepDeductionMethod.self, Self.perFivePercent + "}", points: "10",
                            inputs: ["x": "87.5%"]).score == r("8"))
        // started: 3 steps × 1 = 3; 10 − 3 = 7
        #expect(try outcome(StepDeductionMethod.self, Self.perFivePercent + ", count: started}", points: "10",
                            inputs: ["x": "87.5%"]).score == r("7"))
    }

    @Test("exactly two whole steps count as two either way")
    func wholeSteps() throws {
        // 100% − 90% = 10 points = exactly 2 steps; 10 − 2 × 1 = 8 for both countings
        for count in ["completed", "started"] {
            #expect(try outcome(StepDeductionMethod.self, Self.perFivePercent + ", count: \(count)}", points: "10",
                                inputs: ["x": "90%"]).score == r("8"), "count: \(count)")
        }
    }

    @Test("a sliver past the threshold: nothing when completed, one step when started")
    func sliver() throws {
        // 100% − 99.99% = 0.01 points = 0.002 steps → completed 0 steps, started 1 step
        #expect(try outcome(StepDeductionMethod.self, Self.perFivePercent + "}", points: "10",
                            inputs: ["x": "99.99%"]).score == r("10"))
        #expect(try outcome(StepDeductionMethod.self, Self.perFivePercent + ", count: started}", points: "10",
                            inputs: ["x": "99.99%"]).score == r("9"))
    }

    @Test("step deduction stops at its floor")
    func stepFloor() throws {
        // 100% − 0% = 100 points = 20 steps × 1 = 20 > 10 → floor 3
        #expect(try outcome(StepDeductionMethod.self, Self.perFivePercent + ", floor: 3}", points: "10",
                            inputs: ["x": "0%"]).score == r("3"))
    }

    @Test("an unknown count mode is rejected")
    func badCount() {
        let diagnostics = parameterDiagnostics(StepDeductionMethod.self, Self.perFivePercent + ", count: partial}",
                                               points: "10")
        #expect(diagnostics.map(\.path) == ["step_deduction.count"])
        #expect(diagnostics.first?.message.contains("partial") == true)
    }

    @Test("deduction with missing input is missing data, naming the path")
    func missingInput() throws {
        let result = try outcome(DeductionMethod.self, Self.overTen, points: "5")
        #expect(result.kind == .missingData(["x"]))
    }
}
