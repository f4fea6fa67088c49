import Testing
import JixiaoExpression
@testable import JixiaoEngine

/// A result's indicators are read in one walk (``RubricResult/forEachIndicator(_:)``) where a flattened copy
/// (``RubricResult/allIndicators``) used to be made: both must give the same indicators in the same order.
@Suite("Walking a result's indicators")
struct IndicatorWalkTests {
    static let rubric = """
        id: t
        title: 测试
        total: 3
        groups:
          - id: g1
            name: 甲组
            indicators: [{id: A, name: 甲, points: 1, method: {formula: "1"}}]
            groups:
              - {id: g2, name: 乙组, indicators: [{id: B, name: 乙, points: 1, method: {formula: "0"}}]}
          - {id: g3, name: 丙组, indicators: [{id: C, name: 丙, points: 1, method: {formula: "1"}}]}
        """

    @Test("depth first, a group's own indicators before its subgroups'")
    func order() throws {
        let result = try score(rubric: Self.rubric, submission: "department: 测试局\nyear: 2023\nrubrics: [t]\n")
        var walked: [String] = []
        result.forEachIndicator { walked.append($0.id) }
        // g1's own A, then its subgroup g2's B, then g3's C.
        #expect(walked == ["A", "B", "C"])
        #expect(result.allIndicators.map(\.id) == walked)
        // Only B scores 0 of its 1 point.
        #expect(result.containsIndicator { $0.id == "B" && $0.score == .zero })
        #expect(!result.containsIndicator { $0.id == "D" })
    }
}
