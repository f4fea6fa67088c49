import Testing
import JixiaoExpression
@testable import JixiaoEngine

/// 区间计分: inclusive and exclusive edges, and every way a band list is rejected when the rubric loads.
@Suite("Bands method")
struct BandsMethodTests {
    /// (-∞, 60) → 0, [60, 80) → 3, [80, 100] → 5.
    static let halfOpen = "{value: x, bands: [{under: 60, points: 0}, {min: 60, under: 80, points: 3}, {min: 80, max: 100, points: 5}]}"

    @Test("inclusive and exclusive edges", arguments: [
        ("59.99", "0"), ("60", "3"), ("79.99", "3"), ("80", "5"), ("100", "5"), ("-5", "0"),
    ])
    func edges(input: String, expected: String) throws {
        #expect(try outcome(BandsMethod.self, Self.halfOpen, points: "5", inputs: ["x": input]).score == r(expected))
    }

    @Test("a value above the last closed band is in no band: not computable, never zero")
    func outsideEveryBand() throws {
        let result = try outcome(BandsMethod.self, Self.halfOpen, points: "5", inputs: ["x": "100.01"])
        #expect(result.kind == .notComputable)
        #expect(result.reason.contains("不在任何评分区间内"))
    }

    @Test("over/max edges: the upper bound belongs to the lower band")
    func overMax() throws {
        let parameters = "{value: x, bands: [{max: 10, points: 2}, {over: 10, points: 1}]}"
        #expect(try outcome(BandsMethod.self, parameters, points: "2", inputs: ["x": "10"]).score == r("2"))
        #expect(try outcome(BandsMethod.self, parameters, points: "2", inputs: ["x": "10.001"]).score == r("1"))
    }

    @Test("share gives a fraction of the indicator's points")
    func share() throws {
        // 8 × 50% = 4
        let parameters = "{value: x, bands: [{under: 0, share: 0%}, {min: 0, share: 50%}]}"
        #expect(try outcome(BandsMethod.self, parameters, points: "8", inputs: ["x": "3"]).score == r("4"))
    }

    @Test("overlapping bands are rejected at the second band")
    func overlap() {
        // 10 is in both [0, 10] and [10, +∞)
        let diagnostics = parameterDiagnostics(BandsMethod.self,
                                               "{value: x, bands: [{min: 0, max: 10, points: 5}, {min: 10, points: 3}]}", points: "5")
        #expect(diagnostics.map(\.path) == ["bands.bands[1]"])
        #expect(diagnostics.first?.message.contains("重叠") == true)
    }

    @Test("a gap between bands is rejected, including two exclusive edges at the same value")
    func gap() {
        let apart = parameterDiagnostics(BandsMethod.self,
                                         "{value: x, bands: [{min: 0, max: 10, points: 5}, {min: 11, points: 3}]}", points: "5")
        #expect(apart.map(\.path) == ["bands.bands[1]"])
        #expect(apart.first?.message.contains("缺口") == true)
        #expect(apart.first?.hint != nil)
        // [0, 10) then (10, +∞) leaves 10 itself out
        let bothOpen = parameterDiagnostics(BandsMethod.self,
                                            "{value: x, bands: [{min: 0, under: 10, points: 5}, {over: 10, points: 3}]}", points: "5")
        #expect(bothOpen.map(\.path) == ["bands.bands[1]"])
        #expect(bothOpen.first?.message.contains("缺口") == true)
    }

    @Test("an empty band is rejected", arguments: [
        "{value: x, bands: [{min: 5, max: 3, points: 1}]}",
        "{value: x, bands: [{over: 5, max: 5, points: 1}]}",
        "{value: x, bands: [{min: 5, under: 5, points: 1}]}",
    ])
    func emptyBand(parameters: String) {
        let diagnostics = parameterDiagnostics(BandsMethod.self, parameters, points: "1")
        #expect(diagnostics.map(\.path) == ["bands.bands[0]"])
        #expect(diagnostics.first?.message.contains("区间为空") == true)
    }

    @Test("a single-point band [5, 5] is allowed")
    func singlePointBand() throws {
        let parameters = "{value: x, bands: [{under: 5, points: 0}, {min: 5, max: 5, points: 1}, {over: 5, points: 0}]}"
        #expect(try outcome(BandsMethod.self, parameters, points: "1", inputs: ["x": "5"]).score == r("1"))
        #expect(try outcome(BandsMethod.self, parameters, points: "1", inputs: ["x": "5.1"]).score == r("0"))
    }

    @Test("bands written in descending order are rejected")
    func unordered() {
        let diagnostics = parameterDiagnostics(BandsMethod.self,
                                               "{value: x, bands: [{over: 10, max: 20, points: 1}, {min: 0, max: 10, points: 2}]}",
                                               points: "2")
        #expect(diagnostics.map(\.path) == ["bands.bands[1]"])
    }

    @Test("only the first band may be open below; a band after an open-ended one overlaps it")
    func openEnds() {
        let missingLower = parameterDiagnostics(BandsMethod.self,
                                                "{value: x, bands: [{max: 10, points: 1}, {max: 20, points: 2}]}", points: "2")
        #expect(missingLower.map(\.path) == ["bands.bands[1]"])
        let afterOpen = parameterDiagnostics(BandsMethod.self,
                                             "{value: x, bands: [{min: 0, points: 1}, {min: 20, points: 2}]}", points: "2")
        #expect(afterOpen.map(\.path) == ["bands.bands[1]"])
    }

    @Test("min and over together, or max and under together, are rejected")
    func bothBounds() {
        let lower = parameterDiagnostics(BandsMethod.self, "{value: x, bands: [{min: 0, over: 0, points: 1}]}", points: "1")
        #expect(lower.contains { $0.path == "bands.bands[0]" && $0.message.contains("min 与 over 只能给一个") })
        let upper = parameterDiagnostics(BandsMethod.self, "{value: x, bands: [{max: 9, under: 9, points: 1}]}", points: "1")
        #expect(upper.contains { $0.path == "bands.bands[0]" && $0.message.contains("max 与 under 只能给一个") })
    }

    @Test("each band needs exactly one of points and share")
    func pointsOrShare() {
        let neither = parameterDiagnostics(BandsMethod.self, "{value: x, bands: [{min: 0}]}", points: "1")
        #expect(neither.contains { $0.message.contains("points 或 share") })
        let both = parameterDiagnostics(BandsMethod.self, "{value: x, bands: [{min: 0, points: 1, share: 100%}]}", points: "1")
        #expect(both.contains { $0.message.contains("points 或 share") })
    }

    @Test("band points above the indicator's points are rejected")
    func pointsAboveIndicator() {
        let diagnostics = parameterDiagnostics(BandsMethod.self, "{value: x, bands: [{under: 0, points: 0}, {min: 0, points: 6}]}",
                                               points: "5")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("区间分值 6 超出指标分值 0–5") == true)
    }

    @Test("a band share above 100% is rejected")
    func shareAboveWhole() {
        let diagnostics = parameterDiagnostics(BandsMethod.self, "{value: x, bands: [{min: 0, share: 120%}]}", points: "5")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("120.00%") == true)
    }

    @Test("an empty band list is rejected")
    func emptyList() {
        let diagnostics = parameterDiagnostics(BandsMethod.self, "{value: x, bands: []}", points: "5")
        #expect(diagnostics.map(\.path) == ["bands.bands"])
        #expect(diagnostics.first?.message.contains("不能为空") == true)
    }
}
