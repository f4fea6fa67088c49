import JixiaoExpression
import Testing
@testable import JixiaoEngine

/// `MetricResult.shown` is made once with the result; it must still follow its value, unit and decimals.
@Suite("A metric result's shown text")
struct MetricResultShownTests {
    @Test func isMadeWithTheResultAndFollowsChanges() throws {
        var metric = MetricResult(id: "rate", name: "预算执行率", value: .number(try #require(Rational(decimalText: "0.8861"))),
                                  unit: .percent, places: 2)
        #expect(metric.shown == "88.61%")
        // 88.61% to one decimal is 88.6%.
        metric.places = 1
        #expect(metric.shown == "88.6%")
        // 1717.31 as an amount in 万元 with two decimals.
        metric.value = .number(try #require(Rational(decimalText: "1717.31")))
        metric.unit = .amount("万元")
        metric.places = 2
        #expect(metric.shown == "1717.31万元")
    }
}
