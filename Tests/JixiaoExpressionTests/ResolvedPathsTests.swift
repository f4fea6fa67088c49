import BigInt
import Testing
@testable import JixiaoExpression

/// Evaluating over paths looked up beforehand gives what the environment they came from gives.
@Suite("Resolved paths")
struct ResolvedPathsTests {
    @Test("an expression's paths are its references, each once, in order of first appearance")
    func pathsEachOnce() throws {
        let expression = try Expression.parse("if a > 0 then b + a else ratio(c, b)")
        #expect(expression.references.map(\.path) == ["a", "b", "a", "c", "b"])
        #expect(expression.paths == ["a", "b", "c"])
        #expect(try Expression.parse("1 + 2").paths.isEmpty)
    }

    @Test("value and range over a table equal those over the environment it was filled from")
    func sameAsEnvironment() throws {
        // spent printed as 1717.31 and budget as 1938.03, each ± 0.005; no range for `done`: exactly known.
        let values: [String: Value] = ["spent": .number(r("1717.31")), "budget": .number(r("1938.03")), "done": .bool(true)]
        let ranges: [String: RangeResult] = ["spent": around("1717.31", "0.005"), "budget": around("1938.03", "0.005")]
        let environment = DictionaryRangeEnvironment(values: values, ranges: ranges)
        for source in ["ratio(spent, budget)", "if done then spent - budget else 0", "spent + missing_figure", "budget / (spent - spent)"] {
            let expression = try Expression.parse(source)
            let resolved = ResolvedPaths(paths: expression.paths, values: expression.paths.map(environment.value(of:)),
                                         ranges: expression.paths.map(environment.range(of:)))
            #expect(expression.evaluate(in: resolved) == expression.evaluate(in: environment))
            #expect(expression.evaluateRange(in: resolved) == expression.evaluateRange(in: environment))
        }
        // By hand: 1717.31 − 1938.03 = −220.72, its range ± 0.01.
        let difference = try Expression.parse("if done then spent - budget else 0")
        let resolved = ResolvedPaths(paths: ["done", "spent", "budget"], values: [.bool(true), .number(r("1717.31")), .number(r("1938.03"))],
                                     ranges: [.other(.bool(true)), around("1717.31", "0.005"), around("1938.03", "0.005")])
        #expect(difference.evaluate(in: resolved) == .number(r("-220.72")))
        #expect(difference.evaluateRange(in: resolved) == .number(span("-220.73", "-220.71")))
    }

    @Test("a path that was not resolved reads as missing")
    func unresolvedIsMissing() throws {
        let resolved = ResolvedPaths(paths: ["a"], values: [.number(r("2"))], ranges: [.number(RationalRange(r("2")))])
        #expect(resolved.value(of: "b") == .missing(["b"]))
        #expect(resolved.range(of: "b") == .other(.missing(["b"])))
        #expect(try Expression.parse("a + b").evaluate(in: resolved) == .missing(["b"]))
        // Values alone serve value evaluation.
        #expect(try Expression.parse("a * 3").evaluate(in: ResolvedPaths(paths: ["a"], values: [.number(r("2"))])) == .number(r("6")))
    }

    @Test("a lone reference, read without an evaluator, gives what the evaluators give, by hand")
    func loneReference() throws {
        let expression = try Expression.parse("spent")
        // 2^5000 has 5001 bits, more than a computed number may have.
        let huge = Rational(numerator: BigInt(2).power(5000), denominator: 1)
        let cases: [(value: Value, range: RangeResult, expected: Value, expectedRange: RangeResult)] = [
            (.number(r("1717.31")), around("1717.31", "0.005"), .number(r("1717.31")), .number(span("1717.305", "1717.315"))),
            // A number wrapped in `.other` reads as its point range.
            (.number(r("2")), .other(.number(r("2"))), .number(r("2")), .number(RationalRange(r("2")))),
            // Missing data that names no path names the reference's.
            (.missing([]), .other(.missing([])), .missing(["spent"]), .other(.missing(["spent"]))),
            (.number(huge), .number(RationalRange(huge)), .notComputable(Rational.tooLargeReason),
             .other(.notComputable(Rational.tooLargeReason))),
        ]
        for entry in cases {
            let resolved = ResolvedPaths(paths: ["spent"], values: [entry.value], ranges: [entry.range])
            let environment = DictionaryRangeEnvironment(values: ["spent": entry.value], ranges: ["spent": entry.range])
            #expect(expression.evaluate(in: resolved) == entry.expected)
            #expect(expression.evaluateRange(in: resolved) == entry.expectedRange)
            // The general evaluators, through an environment that is no table.
            #expect(expression.evaluate(in: environment) == entry.expected)
            #expect(expression.evaluateRange(in: environment) == entry.expectedRange)
        }
        #expect(expression.evaluate(in: ResolvedPaths(paths: ["other"], values: [.number(r("1"))])) == .missing(["spent"]))
    }
}
