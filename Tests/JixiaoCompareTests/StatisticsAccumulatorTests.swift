import JixiaoCompare
import JixiaoExpression
import Testing

@Suite("逐个累计的统计（与一次给出全部值相同）")
struct StatisticsAccumulatorTests {
    @Test("重复的值：8.77、10、9.5、9.5 与一个未评分")
    func repeatedValues() {
        var accumulator = StatisticsAccumulator()
        for value in [r("8.77"), r("10"), nil, r("9.5"), r("9.5")] { accumulator.add(value) }
        let statistics = accumulator.statistics
        // Sum 37.77 over 4 → 9.4425; sorted 8.77, 9.5, 9.5, 10 → median (9.5 + 9.5) / 2 = 9.5.
        #expect(statistics.count == 4)
        #expect(statistics.notScored == 1)
        #expect(statistics.mean == r("9.4425"))
        #expect(statistics.median == r("9.5"))
        #expect(statistics.minimum == r("8.77"))
        #expect(statistics.maximum == r("10"))
    }

    @Test("奇数个：中位数为中间的值，即使它与别的值相同")
    func oddCountMedian() {
        var accumulator = StatisticsAccumulator()
        // Sorted 1, 4, 4, 4, 9: the middle (third) value is 4; mean 22 / 5 = 4.4.
        for value in ["4", "9", "4", "1", "4"] { accumulator.add(r(value)) }
        #expect(accumulator.statistics.median == r("4"))
        #expect(accumulator.statistics.mean == r("4.4"))
    }

    @Test("偶数个且中间两个不同：取平均")
    func evenCountMedian() {
        var accumulator = StatisticsAccumulator()
        // Sorted 1, 2.5, 2.5, 4, 4, 9: the middle values 2.5 and 4 → 3.25.
        for value in ["9", "2.5", "4", "1", "4", "2.5"] { accumulator.add(r(value)) }
        #expect(accumulator.statistics.median == r("3.25"))
        #expect(accumulator.statistics == Statistics(["9", "2.5", "4", "1", "4", "2.5"].map { r($0) }))
    }

    @Test("先前已读过的行计为未评分；没有值时没有均值")
    func notScoredBefore() {
        var accumulator = StatisticsAccumulator(notScored: 3)
        #expect(accumulator.statistics == Statistics([nil, nil, nil]))
        accumulator.add(r("6"))
        #expect(accumulator.statistics.notScored == 3)
        #expect(accumulator.statistics.mean == r("6"))
    }
}
