import Testing
@testable import JixiaoEngine

/// `better:` on a metric: which way the figure is better, carried into its result for comparisons.
@Suite("计算项的好坏方向")
struct MetricDirectionDecodingTests {
    static func rubric(_ better: String) -> String {
        """
        id: r
        title: 规则
        total: 1
        facts: {a: amount, b: amount}
        metrics:
          share: {value: "ratio(a, b)", unit: "%", better: \(better)}
        groups: [{id: g, name: 组, indicators: [{id: A, name: 甲, points: 1, method: manual}]}]
        """
    }

    @Test func theDirectionReachesTheResult() throws {
        let result = try score(rubric: Self.rubric("lower"), submission: "department: 测试局\nyear: 2023\nfacts: {a: 1, b: 4}\n")
        #expect(result.metrics.first { $0.id == "share" }?.better == .lower)
    }

    @Test func anUnknownDirectionIsAnErrorAtItsPlace() {
        let diagnostics = rubricDiagnostics(Self.rubric("smaller"))
        // Line 6 is the metric; the message names the two words allowed.
        #expect(diagnostics.contains { $0.path == "metrics.share.better" && $0.location.line == 6 && $0.message.contains("higher") })
    }
}
