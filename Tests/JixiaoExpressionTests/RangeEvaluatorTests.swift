import Testing
@testable import JixiaoExpression

@Suite("Range evaluation: rounding envelopes of expressions")
struct RangeEvaluatorTests {
    /// Printed 1717.31 万元 spent of a printed 1938.03 万元 budget, each ± 0.005.
    let budgetValues: [String: Value] = ["spent": .number(r("1717.31")), "budget": .number(r("1938.03"))]
    let budgetRanges: [String: RangeResult] = ["spent": around("1717.31", "0.005"), "budget": around("1938.03", "0.005")]

    @Test func literalsArePointsAndReferencesReadTheRanges() throws {
        #expect(try evaluateRange("1.5") == .number(RationalRange(r("1.5"))))
        #expect(try evaluateRange("\"合格\"") == .other(.text("合格")))
        #expect(try evaluateRange("spent", values: budgetValues, ranges: budgetRanges) == .number(span("1717.305", "1717.315")))
        // A value without a range is exactly known.
        #expect(try evaluateRange("spent", values: budgetValues) == .number(RationalRange(r("1717.31"))))
    }

    @Test func arithmeticWithMixedSigns() throws {
        let ranges: [String: RangeResult] = ["a": .number(span("-1", "2")), "b": .number(span("-3", "4"))]
        // [-1, 2] + [-3, 4] = [-4, 6]
        #expect(try evaluateRange("a + b", ranges: ranges) == .number(span("-4", "6")))
        // [-1, 2] − [-3, 4] = [-1 − 4, 2 − (-3)] = [-5, 5]
        #expect(try evaluateRange("a - b", ranges: ranges) == .number(span("-5", "5")))
        // products 3, -4, -6, 8 → [-6, 8]
        #expect(try evaluateRange("a * b", ranges: ranges) == .number(span("-6", "8")))
        // −[-1, 2] = [-2, 1]; +a is a
        #expect(try evaluateRange("-a", ranges: ranges) == .number(span("-2", "1")))
        #expect(try evaluateRange("+a", ranges: ranges) == .number(span("-1", "2")))
        // -b = [-3, -1]; [-1, 2] ÷ [-3, -1]: quotients 1/3, 1, -2/3, -2 → [-2, 1]; minus 1 → [-3, 0]
        #expect(try evaluateRange("a / -b - 1", ranges: ["a": .number(span("-1", "2")), "b": .number(span("1", "3"))])
            == .number(span("-3", "0")))
    }

    @Test func divisionByARangeContainingZero() throws {
        let ranges: [String: RangeResult] = ["a": .number(span("1", "2")), "d": around("0", "0.005"), "zero": .number(RationalRange(.zero))]
        let straddling = try evaluateRange("a / d", ranges: ranges)
        #expect(isNotComputable(straddling, containing: "除数的取值范围包含 0"))
        #expect(isNotComputable(straddling, containing: "“d”"))
        // A divisor that is exactly 0 gets the ordinary evaluator's message.
        #expect(try evaluateRange("a / zero", ranges: ranges) == .other(.notComputable("除数为零（“zero”的值为 0）")))
        #expect(try evaluateRange("a / 0", ranges: ranges) == .other(.notComputable("除数为零（“0”的值为 0）")))
        #expect(isNotComputable(try evaluateRange("ratio(a, d)", ranges: ranges), containing: "除数的取值范围包含 0"))
        #expect(try evaluateRange("ratio(a, zero)", ranges: ranges)
            == .other(.notComputable("除数为零（ratio 的第 2 个参数“zero”为 0）")))
    }

    @Test func ratioOfTwoRoundedAmounts() throws {
        // Smallest numerator over largest denominator, and the reverse.
        let expected = RationalRange(
            lower: r("1717.305").divided(by: r("1938.035"))!,
            upper: r("1717.315").divided(by: r("1938.025"))!
        )
        let rate = try evaluateRange("ratio(spent, budget)", values: budgetValues, ranges: budgetRanges)
        #expect(rate == .number(expected))
        #expect(try evaluateRange("percent(spent, budget)", values: budgetValues, ranges: budgetRanges) == .number(expected))
        #expect(try evaluateRange("spent / budget", values: budgetValues, ranges: budgetRanges) == .number(expected))

        let range = try #require(rate.range)
        // The exact ratio of the printed figures is inside: 1717.31 / 1938.03 = 0.886111…
        #expect(range.contains(r("1717.31").divided(by: r("1938.03"))!))
        // 0.8861 × 1938.035 = 1717.2928135 < 1717.305, so even the lower bound exceeds 0.8861: the point
        // 0.8861 is outside the envelope…
        #expect(!range.contains(r("0.8861")))
        // …but the stated 88.61% stands for [0.88605, 0.88615], and 0.88615 × 1938.025 = 1717.38085375 > 1717.315,
        // so the envelope lies within it.
        let stated = RationalRange(center: r("88.61%"), halfWidth: r("0.00005"))
        #expect(range.overlaps(stated))
        #expect(stated.contains(range.lower) && stated.contains(range.upper))
        // A stated 88.63% ([0.88625, 0.88635]) is out of reach.
        #expect(!range.overlaps(RationalRange(center: r("88.63%"), halfWidth: r("0.00005"))))
    }

    @Test func growthDividesBeforeSubtracting() throws {
        // c ∈ [4.905, 4.915], p ∈ [4.02, 4.04]: c/p − 1 ∈ [4.905/4.04 − 1, 4.915/4.02 − 1] = [0.865/4.04, 0.895/4.02]
        let rising = try evaluateRange("growth(c, p)", ranges: ["c": around("4.91", "0.005"), "p": around("4.03", "0.01")])
        #expect(rising == .number(RationalRange(lower: fraction(865, 4040), upper: fraction(895, 4020))))
        // The exact growth of the printed figures, 0.88 / 4.03, lies inside.
        #expect(try #require(rising.range).contains(fraction(88, 403)))

        // A decline shows why c/p − 1 is used: c ∈ [2.995, 3.005], p ∈ [3.995, 4.005].
        // c/p − 1 ∈ [2.995/4.005 − 1, 3.005/3.995 − 1] = [-1.01/4.005, -0.99/3.995] = [-1010/4005, -990/3995],
        // whereas (c − p)/p would give the wider [-1.01/3.995, -0.99/4.005].
        let falling = try evaluateRange("growth(c, p)", ranges: ["c": around("3", "0.005"), "p": around("4", "0.005")])
        #expect(falling == .number(RationalRange(lower: fraction(-1010, 4005), upper: fraction(-990, 3995))))
        let naive = try evaluateRange("(c - p) / p", ranges: ["c": around("3", "0.005"), "p": around("4", "0.005")])
        #expect(naive == .number(RationalRange(lower: fraction(-1010, 3995), upper: fraction(-990, 4005))))

        #expect(isNotComputable(try evaluateRange("growth(c, p)", ranges: ["c": around("1", "0.005"), "p": around("0", "0.005")]),
                                containing: "除数的取值范围包含 0"))
        #expect(try evaluateRange("growth(1, p)", values: ["p": .number(0)])
            == .other(.notComputable("除数为零（growth 的第 2 个参数“p”为 0）")))
    }

    @Test func aggregatesOverListsOfRanges() throws {
        let ranges: [String: RangeResult] = [
            "items": .list([around("2", "0.005"), around("3", "0.005"), around("1", "0.005")]),
            "x": around("10", "0.5"),
            "wide": .list([.number(span("1", "5")), .number(span("2", "3"))]),
            "empty": .list([]),
        ]
        // [1.995 + 2.995 + 0.995 + 9.5, 2.005 + 3.005 + 1.005 + 10.5] = [15.485, 16.515]
        #expect(try evaluateRange("sum(items, x)", ranges: ranges) == .number(span("15.485", "16.515")))
        // [5.985 / 3, 6.015 / 3] = [1.995, 2.005]
        #expect(try evaluateRange("avg(items)", ranges: ranges) == .number(span("1.995", "2.005")))
        #expect(try evaluateRange("min(items)", ranges: ranges) == .number(span("0.995", "1.005")))
        #expect(try evaluateRange("max(items)", ranges: ranges) == .number(span("2.995", "3.005")))
        // Overlapping ranges: min is [min(1, 2), min(5, 3)] = [1, 3]; max is [max(1, 2), max(5, 3)] = [2, 5].
        #expect(try evaluateRange("min(wide)", ranges: ranges) == .number(span("1", "3")))
        #expect(try evaluateRange("max(wide)", ranges: ranges) == .number(span("2", "5")))
        // Nested lists are flattened: [1 + 2, 5 + 3] + [1, 1] = [4, 9]
        #expect(try evaluateRange("sum(wide, 1)", ranges: ranges) == .number(span("4", "9")))
        #expect(try evaluateRange("sum(empty)", ranges: ranges) == .number(RationalRange(.zero)))
        #expect(try evaluateRange("avg(empty)", ranges: ranges) == .other(.notComputable("avg 的参数中没有任何数字，无法计算")))
    }

    @Test func absStraddlingZero() throws {
        let ranges: [String: RangeResult] = ["change": .number(span("-2", "1")), "loss": .number(span("-3", "-1"))]
        #expect(try evaluateRange("abs(change)", ranges: ranges) == .number(span("0", "2")))
        #expect(try evaluateRange("abs(loss)", ranges: ranges) == .number(span("1", "3")))
        // |[-2, 1]| + |[-3, -1]| = [0, 2] + [1, 3] = [1, 5]
        #expect(try evaluateRange("abs(change) + abs(loss)", ranges: ranges) == .number(span("1", "5")))
    }

    @Test func roundNeedsExactPlaces() throws {
        let ranges: [String: RangeResult] = ["x": .number(span("1.234", "1.236")), "n": .number(span("1", "2"))]
        // 1.234 → 1.23, 1.236 → 1.24
        #expect(try evaluateRange("round(x, 2)", ranges: ranges) == .number(span("1.23", "1.24")))
        // 1.234 → 1, 1.236 → 1: rounding can collapse a range to a point.
        #expect(try evaluateRange("round(x, 0)", ranges: ranges) == .number(RationalRange(1)))
        // ratio(spent, budget) ⊂ [0.88610, 0.88612], which rounds to 0.8861 at both ends.
        #expect(try evaluateRange("round(ratio(spent, budget), 4)", values: budgetValues, ranges: budgetRanges)
            == .number(RationalRange(r("0.8861"))))
        #expect(isNotComputable(try evaluateRange("round(x, n)", ranges: ranges), containing: "必须是确定的数"))
        #expect(try evaluateRange("round(x, 2.5)", ranges: ranges)
            == .other(.notComputable("round 的小数位数必须是 −1000 到 1000 之间的整数，而“2.5”是 2.5")))
    }

    @Test func ifChoosesTheBranchByTheExactCondition() throws {
        let source = "if score >= 60 then score * 2 else 0"
        // The printed 60 may really be 59.5, but the condition reads the exact value 60: then-branch,
        // [59.5 × 2, 60.5 × 2] = [119, 121].
        #expect(try evaluateRange(source, values: ["score": .number(60)], ranges: ["score": around("60", "0.5")])
            == .number(span("119", "121")))
        #expect(try evaluateRange(source, values: ["score": .number(r("59.99"))], ranges: ["score": around("59.99", "0.005")])
            == .number(RationalRange(.zero)))
        #expect(try evaluateRange(source) == .other(.missing(["score"])))
        // The branch not taken does not matter, even when it could not be computed.
        #expect(try evaluateRange("if(flag, x, x / d)", values: ["flag": .bool(true), "x": .number(1)],
                                  ranges: ["x": around("1", "0.5"), "d": around("0", "1")])
            == .number(span("0.5", "1.5")))
        #expect(isNotComputable(try evaluateRange("if x then 1 else 2", values: ["x": .number(1)]), containing: "if 的条件需要真假值"))
    }

    @Test func decisionsUseExactValues() throws {
        // Over ranges spent / budget might be anything in [0.886106…, 0.886116…]; the comparison uses
        // the exact 1717.31 / 1938.03 = 0.886111… ≥ 0.8861.
        #expect(try evaluateRange("spent / budget >= 88.61%", values: budgetValues, ranges: budgetRanges) == .other(.bool(true)))
        #expect(try evaluateRange("not (spent > budget) and exists(spent)", values: budgetValues, ranges: budgetRanges)
            == .other(.bool(true)))
        #expect(try evaluateRange("exists(absent)") == .other(.bool(false)))
        let data: [String: Value] = ["items": .list([.number(1), .number(2), .number(3)]), "honours": .list([.text("网上群众工作示范单位")])]
        #expect(try evaluateRange("count(items) * 2", values: data) == .number(RationalRange(6)))
        #expect(try evaluateRange("contains(honours, \"网上群众工作\")", values: data) == .other(.bool(true)))
    }

    @Test func missingDataPropagatesAndWins() throws {
        let ranges: [String: RangeResult] = ["b": around("1", "0.5"), "d": around("0", "1")]
        // Both missing paths are reported, whatever the order.
        #expect(try evaluateRange("a + b * c", ranges: ranges) == .other(.missing(["a", "c"])))
        #expect(try evaluateRange("c * b + a", ranges: ranges) == .other(.missing(["a", "c"])))
        // Missing wins over a division that cannot be computed.
        #expect(try evaluateRange("b / d + m", ranges: ranges) == .other(.missing(["m"])))
        #expect(try evaluateRange("sum(b, m, b / d, n)", ranges: ranges) == .other(.missing(["m", "n"])))
        #expect(try evaluateRange("-m", ranges: ranges) == .other(.missing(["m"])))
        #expect(try evaluateRange("round(m, 2)", ranges: ranges) == .other(.missing(["m"])))
        // Without missing data, the first problem left to right.
        #expect(isNotComputable(try evaluateRange("b / d + b / 0", ranges: ranges), containing: "除数的取值范围包含 0"))
        // Missing inside a list is reported too.
        #expect(try evaluateRange("sum(items)", ranges: ["items": .list([around("1", "0.5"), .other(.missing(["items.2"]))])])
            == .other(.missing(["items.2"])))
    }

    @Test func anEnvironmentThatForgetsThePathIsCompleted() throws {
        struct ForgetfulEnvironment: RangeEnvironment {
            func value(of path: String) -> Value { .missing([]) }
            func range(of path: String) -> RangeResult { .other(.missing([])) }
        }
        let result = try Expression.parse("x + y").evaluateRange(in: ForgetfulEnvironment())
        #expect(result == .other(.missing(["x", "y"])))
    }
}
