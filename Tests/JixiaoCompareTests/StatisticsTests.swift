import JixiaoCompare
import JixiaoExpression
import Testing

@Suite("统计（精确有理数）")
struct StatisticsTests {
    @Test("奇数个：均值 (8.77 + 9.5 + 10) / 3 = 28.27/3，中位数 9.5")
    func oddCount() {
        let statistics = Statistics([r("8.77"), r("10"), r("9.5")])
        // 8.77 + 9.5 + 10 = 28.27; 28.27 / 3 = 2827/300, which does not terminate.
        #expect(statistics.mean == Rational(2827).divided(by: 300))
        #expect(statistics.median == r("9.5"))
        #expect(statistics.minimum == r("8.77"))
        #expect(statistics.maximum == r("10"))
        #expect(statistics.count == 3)
        #expect(statistics.notScored == 0)
    }

    @Test("偶数个：中位数取中间两个的平均")
    func evenCount() {
        // Sorted: 1, 2.5, 4, 9. Median (2.5 + 4) / 2 = 3.25; mean 16.5 / 4 = 4.125.
        let statistics = Statistics([r("9"), r("1"), r("4"), r("2.5")])
        #expect(statistics.median == r("3.25"))
        #expect(statistics.mean == r("4.125"))
    }

    @Test("未评分的不计入均值，但计数")
    func notScoredLeftOut() {
        // Scored: 6 and 3 → mean 4.5; two entries without a score.
        let statistics = Statistics([r("6"), nil, r("3"), nil])
        #expect(statistics.mean == r("4.5"))
        #expect(statistics.median == r("4.5"))
        #expect(statistics.count == 2)
        #expect(statistics.notScored == 2)
    }

    @Test("全部未评分：没有均值")
    func nothingScored() {
        let statistics = Statistics([nil, nil])
        #expect(statistics.mean == nil)
        #expect(statistics.median == nil)
        #expect(statistics.notScored == 2)
    }
}
