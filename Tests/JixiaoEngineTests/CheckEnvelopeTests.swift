import Testing
import JixiaoExpression
@testable import JixiaoEngine

/// The rounding envelope: where rounding ends and mismatch begins, and how printed units widen it.
@Suite("Check envelope")
struct CheckEnvelopeTests {
    static let facts = "s.total: amount\ns.a: amount\ns.b: amount"
    static let check = #"- {id: c1, name: 合计, stated: s.total, computed: "s.a + s.b"}"#

    static func sum(stated: String, a: String = "1.00", b: String = "2.00", unit: String = "万元") throws -> CheckResult {
        try CheckFixture.result(facts: facts, check: check,
                                submission: #"s: {total: "\#(stated)", a: "\#(a)", b: "\#(b)"}"#, unit: unit)
    }

    @Test("a stated range that just touches the computed range is rounding")
    func touching() throws {
        // 1.00 + 2.00 = 3.00, each ±0.005 → [2.99, 3.01]
        // 3.015 is printed to 0.001 万元 but an amount is never finer than ±0.005 万元 → [3.010, 3.020]:
        // shares exactly 3.01 with the computed range
        let above = try Self.sum(stated: "3.015")
        #expect(above.computedRange == RationalRange(lower: r("2.99"), upper: r("3.01")))
        #expect(above.statedRange == RationalRange(lower: r("3.010"), upper: r("3.020")))
        #expect(above.verdict == .rounding)
        // 2.985 → [2.980, 2.990], shares exactly 2.99
        #expect(try Self.sum(stated: "2.985").verdict == .rounding)
    }

    @Test("a stated range that misses the computed range by the smallest printed amount is a mismatch")
    func missing() throws {
        // 3.0151 → [3.0101, 3.0201]: 3.0101 > 3.01 by 0.0001
        #expect(try Self.sum(stated: "3.0151").verdict == .mismatch)
        // 2.9849 → [2.9799, 2.9899]: 2.9899 < 2.99 by 0.0001
        #expect(try Self.sum(stated: "2.9849").verdict == .mismatch)
    }

    @Test("ok is decided by rounding the computed value at the stated precision, half up")
    func halfUpAtStatedPrecision() throws {
        // 1.005 + 2.000 = 3.005; at the 0.01 万元 precision of "3.01", half-up gives 3.01 → ok
        #expect(try Self.sum(stated: "3.01", a: "1.005", b: "2.000").verdict == .ok)
        // … and 3.005 ≠ 3.00 at that precision; within the envelope → rounding, not ok
        #expect(try Self.sum(stated: "3.00", a: "1.005", b: "2.000").verdict == .rounding)
    }

    @Test("a figure printed finer than 0.01 万元 that its recomputation gives exactly is ok")
    func finerThanTheConversionFloor() throws {
        // 1.0151 + 2.0000 = 3.0151, exactly the stated 3.0151 → ok.
        // (The envelope is ±0.005 万元 at least, but the printed precision of "3.0151" is 0.0001.)
        let result = try Self.sum(stated: "3.0151", a: "1.0151", b: "2.0000")
        #expect(result.difference == .zero)
        #expect(result.verdict == .ok)
        // 1.0149 + 2.0000 = 3.0149, half-up at the 0.001 of "3.015" → 3.015 → ok
        #expect(try Self.sum(stated: "3.015", a: "1.0149", b: "2.0000").verdict == .ok)
    }

    @Test("an amount written in 元 is converted, with at least the ±0.005 万元 of conversion")
    func amountInYuan() throws {
        // 38400元 = 3.84万元; 1.92 + 1.92 = 3.84
        let result = try Self.sum(stated: "38400元", a: "1.92", b: "1.92")
        #expect(result.stated == .number(r("3.84")))
        #expect(result.verdict == .ok)
        // printed to 1元 = ±0.00005万元, but conversion to 万元 at two places leaves ±0.005 → [3.835, 3.845]
        #expect(result.statedRange == RationalRange(lower: r("3.835"), upper: r("3.845")))
    }

    @Test("an amount printed in 亿元 carries half a unit of its last digit, in 万元")
    func amountInHundredMillions() throws {
        // 1.2亿元 = 12000万元, printed to 0.1亿元 → ±0.05亿元 = ±500万元 → [11500, 12500]
        let close = try Self.sum(stated: "1.2亿元", a: "6000.00", b: "6400.00")
        #expect(close.stated == .number(r("12000")))
        #expect(close.statedRange == RationalRange(lower: r("11500"), upper: r("12500")))
        // 6000 + 6400 = 12400万元 = 1.24亿元, half-up at 0.1亿元 = 1.2亿元 → ok
        #expect(close.verdict == .ok)
        // 6000 + 6600 = 12600万元 → 1.3亿元 ≠ 1.2亿元; [12599.99, 12600.01] is beyond 12500 → mismatch
        #expect(try Self.sum(stated: "1.2亿元", a: "6000.00", b: "6600.00").verdict == .mismatch)
    }

    @Test("a submission in 元 is read into the rubric's 万元")
    func submissionInYuan() throws {
        // 19200 + 19200 = 38400元 = 3.84万元
        let result = try Self.sum(stated: "38400", a: "19200", b: "19200", unit: "元")
        #expect(result.stated == .number(r("3.84")))
        #expect(result.computed == .number(r("3.84")))
        #expect(result.verdict == .ok)
        // 38500元 = 3.85万元 vs 3.84: [3.845, 3.855] touches [3.83, 3.85] → rounding;
        // without the ±0.005 万元 floor (±0.5元 each) it would have been a mismatch
        #expect(try Self.sum(stated: "38500", a: "19200", b: "19200", unit: "元").verdict == .rounding)
    }
}
