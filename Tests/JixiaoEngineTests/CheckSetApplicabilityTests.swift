import Foundation
import Testing
@testable import JixiaoEngine

/// `applies_when` on a check set: a submission without that part of the document skips the set.
@Suite("Check-set applicability")
struct CheckSetApplicabilityTests {
    func rubric() throws -> Rubric {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-applies-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try """
            id: tables
            title: 公开表
            applies_when: exists(t01.total)
            facts: {t01.total: amount, t01.a: amount, t01.b: amount}
            checks:
              - {id: sum, name: 合计 = 分项之和, stated: t01.total, computed: t01.a + t01.b}
            """.write(to: folder.appendingPathComponent("tables.yaml"), atomically: true, encoding: .utf8)
        let rubricFile = folder.appendingPathComponent("r.yaml")
        try """
            id: r
            title: 测试
            total: 1
            check_sets: [tables.yaml]
            facts: {x: amount}
            groups: [{id: g, name: 组, indicators: [{id: A, name: 甲, points: 1, method: {formula: "1"}}]}]
            """.write(to: rubricFile, atomically: true, encoding: .utf8)
        return try RubricLoader().load(contentsOf: rubricFile.path)
    }

    @Test("without the tables the set is skipped, not reported as missing data")
    func skipped() throws {
        let result = try Scorer(rubric: rubric()).score(loadSubmission("department: 甲\nyear: 2023\nfacts: {x: 1}\n"))
        #expect(result.checks.isEmpty)
        #expect(result.skippedCheckSets == ["tables"])
    }

    @Test("with the tables the set runs")
    func applied() throws {
        // 3.00 + 4.00 = 7.00 → ok
        let result = try Scorer(rubric: rubric()).score(loadSubmission("""
            department: 甲
            year: 2023
            facts: {x: 1, t01: {total: 7.00, a: 3.00, b: 4.00}}
            """))
        #expect(result.checks.map(\.verdict) == [.ok])
        #expect(result.skippedCheckSets.isEmpty)
    }
}
