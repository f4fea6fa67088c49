import JixiaoExpression

/// ``Statistics`` built from values given one at a time, holding one count per distinct value instead of every
/// value: a column of scores over a long batch takes few distinct values (an indicator's scores are steps of
/// its scale), so a comparison streamed row by row does not keep the whole column.
public struct StatisticsAccumulator: Sendable {
    private var counts: [Rational: Int] = [:]
    private var sum = Rational.zero
    private var count = 0
    private var notScored: Int

    /// - Parameter notScored: entries already passed without a value (rows read before the column appeared).
    public init(notScored: Int = 0) {
        self.notScored = notScored
    }

    public mutating func add(_ value: Rational?) {
        guard let value else {
            notScored += 1
            return
        }
        counts[value, default: 0] += 1
        sum += value
        count += 1
    }

    /// The figures of ``Statistics/init(_:)`` over the values added.
    public var statistics: Statistics {
        var statistics = Statistics([])
        statistics.count = count
        statistics.notScored = notScored
        guard count > 0 else { return statistics }
        let sorted = counts.sorted { $0.key < $1.key }
        statistics.minimum = sorted.first?.key
        statistics.maximum = sorted.last?.key
        statistics.mean = sum.divided(by: Rational(count))
        // The value at a 0-based position of the sorted values.
        func value(at position: Int) -> Rational {
            var passed = 0
            for (value, times) in sorted {
                passed += times
                if position < passed { return value }
            }
            preconditionFailure("position \(position) beyond \(count) values")
        }
        let middle = count / 2
        statistics.median = count.isMultiple(of: 2)
            ? (value(at: middle - 1) + value(at: middle)).divided(by: 2)
            : value(at: middle)
        return statistics
    }
}
