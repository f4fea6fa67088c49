import Testing
import JixiaoExpression
@testable import JixiaoEngine

/// The four verdicts of an arithmetic check: ok, rounding (尾数误差), mismatch and insufficient data.
@Suite("Check verdicts")
struct CheckVerdictTests {
    static let rateFacts = """
        r.rate: percent
        r.final: amount
        r.initial: amount
        """

    static func rateSubmission(rate: String, final: String, initial: String) -> String {
        """
        r:
          rate: "\(rate)"
          final: \(final)
          initial: \(initial)
        """
    }

    static let rateCheck = #"- {id: c1, name: 预算执行率, stated: r.rate, computed: "ratio(r.final, r.initial)"}"#

    @Test("a rate that the recomputation rounds to is ok")
    func exactRate() throws {
        let result = try CheckFixture.result(
            facts: Self.rateFacts, check: Self.rateCheck,
            submission: Self.rateSubmission(rate: "88.61%", final: "1717.31", initial: "1938.03"))
        // 1938.03 × 0.8861 = 1717.288383; (1717.31 − 1717.288383) ÷ 1938.03 ≈ 0.0000112
        // → 1717.31 ÷ 1938.03 ≈ 0.8861112 = 88.61112%, half-up at 2 places → 88.61%
        #expect(result.verdict == .ok)
        #expect(result.stated == .number(r("0.8861")))
        #expect(result.computed == .number(r("1717.31").divided(by: r("1938.03"))!))
        #expect(result.unit == .percent)
        // 88.61% printed to 0.01% may stand for anything in [88.605%, 88.615%]
        #expect(result.statedRange == RationalRange(lower: r("0.88605"), upper: r("0.88615")))
        #expect(result.id == "c1")
        #expect(result.name == "预算执行率")
    }

    @Test("a rate printed with fewer decimals is compared at its own precision")
    func printedPrecision() throws {
        // 6.64 ÷ 1318.12: 1318.12 × 0.005 = 6.5906, (6.64 − 6.5906) ÷ 1318.12 ≈ 0.0000375 → 0.50375%
        // "0.5%" has one decimal: 0.50375% half-up at 1 place = 0.5% → ok
        let coarse = try CheckFixture.result(
            facts: Self.rateFacts, check: Self.rateCheck,
            submission: Self.rateSubmission(rate: "0.5%", final: "6.64", initial: "1318.12"))
        #expect(coarse.verdict == .ok)
        // "0.51%" has two: 0.50375% → 0.50% ≠ 0.51%. Its range [0.505%, 0.515%] lies above every value the
        // inputs allow: at most 6.645 ÷ 1318.115 ≈ 0.504129% → mismatch
        let finer = try CheckFixture.result(
            facts: Self.rateFacts, check: Self.rateCheck,
            submission: Self.rateSubmission(rate: "0.51%", final: "6.64", initial: "1318.12"))
        #expect(finer.verdict == .mismatch)
    }

    @Test("a sum off by one cent that the inputs' rounding can explain is rounding")
    func roundingOfASum() throws {
        let result = try CheckFixture.result(
            facts: "s.total: amount\ns.a: amount\ns.b: amount\ns.c: amount\ns.d: amount\ns.e: amount",
            check: #"- {id: c1, name: 合计等于分项之和, stated: s.total, computed: "s.a + s.b + s.c + s.d + s.e"}"#,
            submission: "s: {total: 124.40, a: 16.00, b: 4.31, c: 5.07, d: 5.00, e: 94.03}")
        // 16.00 + 4.31 + 5.07 + 5.00 + 94.03 = 124.41 ≠ 124.40
        #expect(result.verdict == .rounding)
        #expect(result.computed == .number(r("124.41")))
        #expect(result.difference == r("-0.01"))
        // each input ±0.005 → 124.41 ± 0.025 = [124.385, 124.435]; stated ±0.005 = [124.395, 124.405]: overlap
        #expect(result.computedRange == RationalRange(lower: r("124.385"), upper: r("124.435")))
        #expect(result.statedRange == RationalRange(lower: r("124.395"), upper: r("124.405")))
        #expect(result.unit == .amount("万元"))
    }

    @Test("a rate far outside the envelope is a mismatch, with the difference in percentage points")
    func mismatchOfARate() throws {
        let result = try CheckFixture.result(
            facts: Self.rateFacts, check: Self.rateCheck,
            submission: Self.rateSubmission(rate: "48.53%", final: "281.43", initial: "572.97"))
        // 572.97 × 0.49 = 280.7553; (281.43 − 280.7553) ÷ 572.97 ≈ 0.0011776 → 49.1178%
        // [48.525%, 48.535%] is far below [281.425 ÷ 572.975, 281.435 ÷ 572.965] ≈ [49.116%, 49.119%]
        #expect(result.verdict == .mismatch)
        #expect(result.difference == r("0.4853") - r("281.43").divided(by: r("572.97"))!)
        // 48.53 − 49.1178 = −0.5878 → −0.59 个百分点
        #expect(result.explanation.contains("-0.59 个百分点"), "\(result.explanation)")
    }

    @Test("counts have no envelope: off by one is a mismatch")
    func countsAreExact() throws {
        let facts = "n.stated: count\nn.a: count\nn.b: count"
        let check = #"- {id: c1, name: 人数合计, stated: n.stated, computed: "n.a + n.b"}"#
        // 100 + 60 = 160 ≠ 99
        #expect(try CheckFixture.result(facts: facts, check: check, submission: "n: {stated: 99, a: 100, b: 60}")
            .verdict == .mismatch)
        // 100 + 60 = 160 ≠ 159: a printed whole number is exact, so not even rounding
        #expect(try CheckFixture.result(facts: facts, check: check, submission: "n: {stated: 159, a: 100, b: 60}")
            .verdict == .mismatch)
        // 6 + 7 = 13
        #expect(try CheckFixture.result(facts: facts, check: check, submission: "n: {stated: 13, a: 6, b: 7}")
            .verdict == .ok)
    }

    @Test("a missing input gives insufficient_data naming every missing path, never ok")
    func insufficientData() throws {
        let facts = "s.total: amount\ns.a: amount\ns.b: amount"
        let check = #"- {id: c1, name: 合计, stated: s.total, computed: "s.a + s.b"}"#
        let oneMissing = try CheckFixture.result(facts: facts, check: check, submission: "s: {total: 3.00, a: 3.00}")
        // 3.00 = 3.00 + (missing b): even though a alone matches, nothing can be said
        #expect(oneMissing.verdict == .insufficientData)
        #expect(oneMissing.explanation.contains("s.b"), "\(oneMissing.explanation)")
        #expect(oneMissing.difference == nil)

        // Without the stated total the file prints nothing this check could verify: it is not run (and so
        // is no pass either: nothing was verified).
        let noStatedFigure = try CheckFixture.results(facts: facts, checks: check, submission: "s: {a: 3.00}")
        #expect(noStatedFigure.isEmpty)
    }

    @Test("a stated rate whose recomputation divides 0 by 0 is a mismatch")
    func zeroOverZero() throws {
        let result = try CheckFixture.result(
            facts: Self.rateFacts, check: Self.rateCheck,
            submission: Self.rateSubmission(rate: "0.00%", final: "0", initial: "0"))
        // ratio(0, 0) is not computable, yet the document prints a figure for it
        #expect(result.verdict == .mismatch)
        if case .notComputable = result.computed {} else { Issue.record("计算值应为无法计算，实际 \(result.computed)") }
    }

    @Test("an explicit tolerance replaces the envelope")
    func explicitTolerance() throws {
        let facts = "s.total: amount\ns.a: amount\ns.b: amount"
        func verdict(_ tolerance: String, total: String) throws -> CheckResult.Verdict {
            try CheckFixture.result(
                facts: facts,
                check: #"- {id: c1, name: 合计, stated: s.total, computed: "s.a + s.b", tolerance: \#(tolerance)}"#,
                submission: "s: {total: \(total), a: 100.00, b: 24.41}").verdict
        }
        // 100.00 + 24.41 = 124.41; |124.40 − 124.41| = 0.01 ≤ 0.01 → ok (the envelope would say rounding)
        #expect(try verdict("0.01", total: "124.40") == .ok)
        // 0.01 > 0.005 → mismatch, although the envelope [124.40, 124.42] would explain it
        #expect(try verdict("0.005", total: "124.40") == .mismatch)
        // |124.30 − 124.41| = 0.11 > 0.1 → mismatch
        #expect(try verdict("0.1", total: "124.30") == .mismatch)
        // 124.41 − 124.41 = 0 → ok
        #expect(try verdict("0", total: "124.41") == .ok)
    }

    static func relationVerdict(_ relation: String, stated: String, computed: String) throws -> CheckResult.Verdict {
        try CheckFixture.result(
            facts: "x.stated: amount\nx.limit: amount",
            check: #"- {id: c1, name: 不超过, stated: x.stated, computed: x.limit, relation: "\#(relation)"}"#,
            submission: "x: {stated: \(stated), limit: \(computed)}").verdict
    }

    @Test("<=: ok when stated ≤ computed, rounding when only the ranges allow it, else mismatch")
    func atMost() throws {
        // 5.00 ≤ 6.00
        #expect(try Self.relationVerdict("<=", stated: "5.00", computed: "6.00") == .ok)
        // 6.00 ≤ 6.00
        #expect(try Self.relationVerdict("<=", stated: "6.00", computed: "6.00") == .ok)
        // 6.01 > 6.00, but 6.01 − 0.005 = 6.005 ≤ 6.00 + 0.005 = 6.005
        #expect(try Self.relationVerdict("<=", stated: "6.01", computed: "6.00") == .rounding)
        // 6.02 − 0.005 = 6.015 > 6.005
        #expect(try Self.relationVerdict("<=", stated: "6.02", computed: "6.00") == .mismatch)
    }

    @Test(">=: ok when stated ≥ computed, rounding when only the ranges allow it, else mismatch")
    func atLeast() throws {
        // 6.00 ≥ 5.00
        #expect(try Self.relationVerdict(">=", stated: "6.00", computed: "5.00") == .ok)
        // 5.99 < 6.00, but 5.99 + 0.005 = 5.995 ≥ 6.00 − 0.005 = 5.995
        #expect(try Self.relationVerdict(">=", stated: "5.99", computed: "6.00") == .rounding)
        // 5.98 + 0.005 = 5.985 < 5.995
        #expect(try Self.relationVerdict(">=", stated: "5.98", computed: "6.00") == .mismatch)
    }

    @Test("<= with an explicit tolerance allows that much excess")
    func atMostWithTolerance() throws {
        func verdict(_ stated: String) throws -> CheckResult.Verdict {
            try CheckFixture.result(
                facts: "x.stated: amount\nx.limit: amount",
                check: #"- {id: c1, name: 不超过, stated: x.stated, computed: x.limit, relation: "<=", tolerance: 0.5}"#,
                submission: "x: {stated: \(stated), limit: 10.00}").verdict
        }
        // 10.50 ≤ 10.00 + 0.5
        #expect(try verdict("10.50") == .ok)
        // 10.51 > 10.50
        #expect(try verdict("10.51") == .mismatch)
    }

    @Test("texts are equal or not")
    func textEquality() throws {
        let facts = "info.name: text\ninfo.signed_by: text"
        let check = "- {id: c1, name: 单位名称一致, stated: info.name, computed: info.signed_by}"
        let same = try CheckFixture.result(facts: facts, check: check,
                                           submission: "info: {name: 长沙市信访局, signed_by: 长沙市信访局}")
        #expect(same.verdict == .ok)
        let different = try CheckFixture.result(facts: facts, check: check,
                                                submission: "info: {name: 长沙市信访局, signed_by: 长沙市民政局}")
        #expect(different.verdict == .mismatch)
        #expect(different.explanation.contains("长沙市民政局"), "\(different.explanation)")
    }

    @Test("booleans are equal or not")
    func booleanEquality() throws {
        let facts = "p.published: boolean\np.required: boolean"
        let check = "- {id: c1, name: 按要求公开, stated: p.published, computed: p.required}"
        #expect(try CheckFixture.result(facts: facts, check: check, submission: "p: {published: true, required: true}")
            .verdict == .ok)
        #expect(try CheckFixture.result(facts: facts, check: check, submission: "p: {published: false, required: true}")
            .verdict == .mismatch)
    }
}
