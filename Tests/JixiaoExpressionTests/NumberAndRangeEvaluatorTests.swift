import BigInt
import Testing
@testable import JixiaoExpression

/// The one walk for a value and its range gives what the two evaluators give, and leaves every problem to them.
@Suite("Value and range in one pass")
struct NumberAndRangeEvaluatorTests {
    /// spent printed as 1717.31 and budget as 1938.03 (each ± 0.005), items as 1.2 and 3.4 (each ± 0.05),
    /// zero printed as 0.00 (± 0.005); `done` is a truth value.
    private let resolved = ResolvedPaths(
        paths: ["spent", "budget", "items", "zero", "done"],
        values: [.number(r("1717.31")), .number(r("1938.03")), .list([.number(r("1.2")), .number(r("3.4"))]),
                 .number(.zero), .bool(true)],
        ranges: [around("1717.31", "0.005"), around("1938.03", "0.005"), .list([around("1.2", "0.05"), around("3.4", "0.05")]),
                 around("0", "0.005"), .other(.bool(true))])

    @Test("arithmetic over numbers, walked once, by hand")
    func byHand() throws {
        // 1717.31 + 1938.03 = 3655.34, range ± 0.01.
        let total = try Expression.parse("spent + budget").evaluateWithRange(in: resolved)
        #expect(total.value == .number(r("3655.34")))
        #expect(total.range == .number(span("3655.33", "3655.35")))
        // sum(items) + 1 − spent = 1.2 + 3.4 + 1 − 1717.31 = −1711.71; range ± (0.05 + 0.05 + 0.005).
        let mixed = try Expression.parse("sum(items, 1) - spent").evaluateWithRange(in: resolved)
        #expect(mixed.value == .number(r("-1711.71")))
        #expect(mixed.range == .number(span("-1711.815", "-1711.605")))
        // growth(budget, spent) = (1938.03 − 1717.31) / 1717.31 = 220.72 / 1717.31; its range is c/p − 1.
        let growth = try Expression.parse("growth(budget, spent)").evaluateWithRange(in: resolved)
        #expect(growth.value == .number(r("220.72").divided(by: r("1717.31"))!))
        #expect(growth.range == .number(RationalRange(lower: r("1938.025").divided(by: r("1717.315"))! - .one,
                                                      upper: r("1938.035").divided(by: r("1717.305"))! - .one)))
        // -2 * items is no sum: a list is no number, so the evaluators answer (with their message).
        let listTimes = try Expression.parse("-2 * items").evaluateWithRange(in: resolved)
        #expect(listTimes.range == nil)
        guard case .notComputable = listTimes.value else {
            Issue.record("a list times a number is not computable, not \(listTimes.value)")
            return
        }
    }

    @Test("the one walk and the two evaluators agree, problems included")
    func agreesWithTwoPasses() throws {
        let walked = [
            "spent", "-spent + +budget", "spent * budget / 100", "ratio(spent, budget)", "percent(spent, budget)",
            "growth(spent, budget)", "sum(items)", "sum(items, spent, 2.5)", "(spent - budget) / spent",
        ]
        // Problems, and what the walk does not cover.
        let leftToEvaluators = [
            "spent / zero", "ratio(spent, zero)", "spent / (spent - spent)", "spent + absent", "sum(items, absent)",
            "if done then spent else budget", "spent > budget", "abs(spent - budget)", "round(ratio(spent, budget), 2)",
            "spent + done", "max(items)",
        ]
        for source in walked {
            #expect(NumberAndRangeEvaluator(environment: resolved).evaluate(try Expression.parse(source).root) != nil, "\(source)")
        }
        for source in leftToEvaluators {
            #expect(NumberAndRangeEvaluator(environment: resolved).evaluate(try Expression.parse(source).root) == nil, "\(source)")
        }
        let sources = walked + leftToEvaluators
        for source in sources {
            let expression = try Expression.parse(source)
            let value = expression.evaluate(in: resolved)
            let both = expression.evaluateWithRange(in: resolved)
            #expect(both.value == value, "\(source)")
            if case .number = value {
                #expect(both.range == expression.evaluateRange(in: resolved), "\(source)")
            } else {
                #expect(both.range == nil, "\(source)")
            }
        }
    }

    @Test("a result too large to compute with is left to the evaluators")
    func tooLarge() throws {
        // 2^5000 has 5001 bits, more than a computed number may have.
        let huge = Rational(numerator: BigInt(2).power(5000), denominator: 1)
        let table = ResolvedPaths(paths: ["huge"], values: [.number(huge)], ranges: [.number(RationalRange(huge))])
        let both = try Expression.parse("huge + 1").evaluateWithRange(in: table)
        #expect(both.value == .notComputable(Rational.tooLargeReason))
        #expect(both.range == nil)
    }
}
