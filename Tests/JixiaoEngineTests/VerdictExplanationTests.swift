import Testing
import JixiaoExpression
@testable import JixiaoEngine

/// How an explanation between two numbers writes its figures: the stated one shown in the unit, given by the
/// caller or quoted as printed, and a recomputation equal to it written with the stated figure's text.
@Suite("Verdict explanations")
struct VerdictExplanationTests {
    private static func judged(stated: String, computed: String, statedText: String? = nil,
                               statedPrinted: String? = nil) -> CheckResult {
        var result = CheckResult(
            id: "c", name: "c", verdict: .insufficientData, severity: .error, relation: .equal,
            stated: .number(r(stated)), computed: .number(r(computed)), statedRange: nil, computedRange: nil,
            difference: nil, tolerance: nil, unit: .amount("万元"), whereInDocument: nil, location: nil,
            statedExpression: "a", computedExpression: "b", inputs: [], explanation: "", checkSet: nil)
        // Printed to the cent: half a cent either way.
        Verdicts.judge(&result, statedRange: .number(RationalRange(center: r(stated), halfWidth: r("0.005"))),
                       computedRange: .number(RationalRange(r(computed))), statedPrintedHalfUnit: r("0.005"),
                       statedText: statedText, statedPrinted: statedPrinted)
        return result
    }

    @Test("a recomputation equal to the stated figure is written as the stated figure is, given or not")
    func equalRecomputation() {
        let expected = "文档 1717.30万元，重新计算 1717.30万元，一致"
        #expect(Self.judged(stated: "1717.3", computed: "1717.30").explanation == expected)
        #expect(Self.judged(stated: "1717.3", computed: "1717.30", statedText: "1717.30万元").explanation == expected)
    }

    @Test("a recomputation that differs is written on its own")
    func differentRecomputation() {
        // 1717.304 rounds half-up to the cent as 1717.30: the stated figure, so ok, but shown as itself.
        #expect(Self.judged(stated: "1717.3", computed: "1717.304").explanation
            == "文档 1717.30万元，重新计算 1717.30万元，一致")
        // 1717.31 − 1717.3 = 0.01 is beyond the stated half cent and the computed point: mismatch.
        let result = Self.judged(stated: "1717.3", computed: "1717.31", statedText: "1717.30万元")
        #expect(result.verdict == .mismatch)
        #expect(result.explanation.hasPrefix("文档 1717.30万元，重新计算 1717.31万元，相差 -0.01万元，"))
    }

    @Test("a figure as printed is quoted in place of the shown one, and the recomputation still shown")
    func printedFigure() {
        #expect(Self.judged(stated: "1717.3", computed: "1717.3", statedPrinted: "1,717.3").explanation
            == "文档 “1,717.3”，重新计算 1717.30万元，一致")
    }
}
