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
        // A term of a sum read straight from its reference is held to the same size.
        #expect(NumberAndRangeEvaluator(environment: table).evaluate(try Expression.parse("sum(huge, 1)").root) == nil)
    }

    @Test("a sum reads each reference once, a list's ranges in the documented shape or wrapped")
    func sumOfReferences() throws {
        // items 1.2 and 3.4 read with their exact values as ranges, wrapped in `.other` by an environment that
        // did not keep the shape; spent 1717.31 ± 0.005; done is a truth value.
        let table = ResolvedPaths(
            paths: ["items", "spent", "done"],
            values: [.list([.number(r("1.2")), .number(r("3.4"))]), .number(r("1717.31")), .bool(true)],
            ranges: [.other(.list([.number(r("1.2")), .number(r("3.4"))])), around("1717.31", "0.005"),
                     .other(.bool(true))])
        // 1.2 + 3.4 + 1717.31 = 1721.91; only spent's ± 0.005 widens the range.
        let walked = try #require(NumberAndRangeEvaluator(environment: table)
            .evaluate(try Expression.parse("sum(items, spent)").root))
        #expect(walked.value == r("1721.91"))
        #expect(walked.range == span("1721.905", "1721.915"))
        // A truth value is no term of a sum, nor a path the table does not hold.
        #expect(NumberAndRangeEvaluator(environment: table).evaluate(try Expression.parse("sum(items, done)").root) == nil)
        #expect(NumberAndRangeEvaluator(environment: table).evaluate(try Expression.parse("sum(spent, absent)").root) == nil)
    }
}
