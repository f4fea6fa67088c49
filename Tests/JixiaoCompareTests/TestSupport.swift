import JixiaoCompare
import JixiaoEngine
import JixiaoExpression

/// A rational from decimal text ("8.77"); traps on a typo in the test.
func r(_ text: String) -> Rational {
    guard let value = Rational(decimalText: text) else { fatalError("测试里的数值写错了：\(text)") }
    return value
}

/// A scored regular indicator (points lost = points − score).
func scored(_ id: String, points: String, score: String, group: String = "G1") -> ComparisonRow.IndicatorScore {
    .init(id: id, name: "指标\(id)", groupId: group, points: r(points), score: r(score), state: .scored,
          role: .regular, pointsLost: r(points) - r(score))
}

/// An indicator that was not scored.
func unscored(_ id: String, points: String, state: IndicatorState, group: String = "G1") -> ComparisonRow.IndicatorScore {
    .init(id: id, name: "指标\(id)", groupId: group, points: r(points), score: nil, state: state, role: .regular, pointsLost: nil)
}

/// A row of rubric "r100" (满分 100), written by hand.
func row(_ department: String, year: Int = 2023, score: String, max: String = "100", grade: String? = nil,
         groups: [ComparisonRow.GroupScore] = [], indicators: [ComparisonRow.IndicatorScore] = [],
         metrics: [ComparisonRow.MetricValue] = [], rubric: String = "r100") -> ComparisonRow {
    ComparisonRow(department: department, year: year, path: "\(department)-\(year).yaml", rubricId: rubric,
                  rubricTitle: "测试规则", totalPoints: 100, score: r(score), maxApplicable: r(max), grade: grade,
                  groups: groups, indicators: indicators, metrics: metrics)
}

func metric(_ id: String, _ value: String, unit: String = "%") -> ComparisonRow.MetricValue {
    .init(id: id, name: "计算项\(id)", quantity: .number(r(value)), unit: unit, shown: value + unit)
}
