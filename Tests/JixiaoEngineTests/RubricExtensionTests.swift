import Foundation
import Testing
@testable import JixiaoEngine

/// `extends:`: a department's rubric written as the generic one with some groups replaced.
@Suite("规则扩展（extends）")
struct RubricExtensionTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-extends-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try """
        id: base
        title: 通用
        total: 10
        facts: {a: amount, b: amount}
        metrics:
          rate: {value: "ratio(a, b)", unit: "%"}
        groups:
          - {id: g1, name: 投入, indicators: [{id: A, name: 甲, points: 4, method: {rate_times_points: {rate: rate}}}]}
          - {id: g2, name: 产出, indicators: [{id: B, name: 乙, points: 6, method: manual}]}
        """.write(to: folder.appendingPathComponent("base.yaml"), atomically: true, encoding: .utf8)
    }

    func load(_ yaml: String) throws -> Rubric {
        let file = folder.appendingPathComponent("own.yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        return try RubricLoader().load(contentsOf: file.path)
    }

    @Test func aGroupWithTheSameIdIsReplacedInPlaceAndTheRestIsKept() throws {
        let rubric = try load("""
        id: own
        extends: base.yaml
        title: 本部门
        facts: {c: count}
        groups:
          - {id: g2, name: 产出（本部门）, indicators: [{id: C, name: 丙, points: 6, method: {proportional: {actual: c, target: 10}}}]}
        """)
        #expect(rubric.id == "own" && rubric.title == "本部门" && rubric.total == r("10"))
        #expect(rubric.groups.map(\.id) == ["g1", "g2"])
        #expect(rubric.groups[1].indicators.map(\.id) == ["C"])
        // The base's facts and metrics stay, the extension's are added.
        #expect(Set(rubric.facts.map(\.path)).isSuperset(of: ["a", "b", "c"]))
        #expect(rubric.metrics.map(\.id).contains("rate"))
        // 3 ÷ 4 = 75% × 4 = 3 from the base's indicator; 5 ÷ 10 × 6 = 3 from the extension's.
        let result = try Scorer(rubric: rubric).score(loadSubmission("""
        department: 测试局
        year: 2023
        facts: {a: 3, b: 4, c: 5}
        """))
        #expect(result.indicator("A")?.score == r("3"))
        #expect(result.indicator("C")?.score == r("3"))
    }

    @Test func aMetricOfTheExtensionRepointsTheBasesIndicator() throws {
        // The base reads `rate` = a ÷ b; the extension says where this department's document prints it.
        let rubric = try load("""
        id: own
        extends: base.yaml
        title: 本部门
        facts: {printed_rate: percent}
        metrics:
          rate: {value: printed_rate, unit: "%"}
        """)
        let result = try Scorer(rubric: rubric).score(loadSubmission("""
        department: 测试局
        year: 2023
        facts: {printed_rate: "50%"}
        """))
        // 4 × 50% = 2
        #expect(result.indicator("A")?.score == r("2"))
    }

    @Test func aLoopOrAMissingBaseIsAnErrorAtTheExtendsKey() throws {
        try "id: loop\nextends: own.yaml\ntitle: 环\ntotal: 1\n"
            .write(to: folder.appendingPathComponent("loop.yaml"), atomically: true, encoding: .utf8)
        let loop = rubricErrors { try load("id: own\nextends: loop.yaml\ntitle: 本部门\n") }
        #expect(loop.contains { $0.path == "extends" && $0.message.contains("循环") })
        let missing = rubricErrors { try load("id: own\nextends: nowhere.yaml\ntitle: 本部门\n") }
        #expect(missing.contains { $0.path == "extends" && $0.message.contains("找不到") && $0.location.line == 2 })
    }

    private func rubricErrors(_ body: () throws -> Rubric) -> [Diagnostic] {
        do {
            _ = try body()
            return []
        } catch let error as DiagnosticError {
            return error.diagnostics
        } catch {
            return []
        }
    }
}
