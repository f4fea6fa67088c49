import Foundation
import JixiaoCompare
import JixiaoEngine
import JixiaoExpression
import JixiaoRender
import Testing

/// The repository root, found from this file (through the symlink of a scratch package, if any).
private let repository = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

@Suite("从 jixiao.result/1 读取对比行")
struct ResultJSONTests {
    /// Scores the seed submission against both shipped rubrics.
    private func seedResult() throws -> SubmissionResult {
        let path = repository.appendingPathComponent("submissions/changsha-xinfang-2023.yaml").path
        let bytes = try #require(FileManager.default.contents(atPath: path))
        let catalog = RubricCatalog(searchDirectories: [repository.appendingPathComponent("rubrics").path])
        return try SubmissionScorer(catalog: catalog).score(bytes: [UInt8](bytes), file: "changsha-xinfang-2023.yaml")
    }

    @Test("往返：JSONRenderer 的输出读回后与直接评分得到的行一致")
    func roundTrip() throws {
        let result = try seedResult()
        let direct = ComparisonRow.rows(from: result)
        let text = JSONRenderer(engineVersion: "test").render(result, pretty: true)
        let (decoded, errors) = ComparisonRowDecoder().rows(fromText: text)
        #expect(errors.isEmpty)
        try #require(decoded.count == direct.count)
        #expect(direct.count == result.results.count)
        for (read, made) in zip(decoded, direct) {
            #expect(read.department == made.department && read.year == made.year && read.path == made.path)
            #expect(read.rubricId == made.rubricId && read.totalPoints == made.totalPoints)
            #expect(read.score == made.score && read.maxApplicable == made.maxApplicable && read.grade == made.grade)
            #expect(read.groups.map(\.id) == made.groups.map(\.id))
            #expect(read.groups.map(\.score) == made.groups.map(\.score))
            #expect(read.indicators.map(\.id) == made.indicators.map(\.id))
            #expect(read.indicators.map(\.score) == made.indicators.map(\.score))
            #expect(read.indicators.map(\.state) == made.indicators.map(\.state))
            #expect(read.indicators.map(\.pointsLost) == made.indicators.map(\.pointsLost))
            #expect(read.metrics.map(\.id) == made.metrics.map(\.id))
            // Rounded values carry `exact`, so even 1000/19 comes back exactly.
            #expect(read.metrics.map(\.quantity) == made.metrics.map(\.quantity))
            #expect(read.metrics.map(\.shown) == made.metrics.map(\.shown))
            #expect(read.mismatchCount == made.mismatchCount && read.findingCount == made.findingCount)
            // Both shipped rubrics declare grade_requires: 60%.
            #expect(read.gradeRequires == made.gradeRequires && read.gradeRequires == r("0.6"))
        }
    }

    @Test("JSON Lines 中两份结果各自成行")
    func jsonLinesOfTwo() throws {
        let result = try seedResult()
        let line = JSONRenderer(engineVersion: "test").render(result, pretty: false)
        let (rows, errors) = ComparisonRowDecoder().rows(fromText: line + "\n" + line + "\n")
        #expect(errors.isEmpty)
        #expect(rows.count == 2 * result.results.count)
    }

    @Test("exact 给出的分数精确读回：52.63 → 1000/19")
    func exactFraction() throws {
        let text = """
        {"schema": "jixiao.result/1", "submission": {"path": "x.yaml", "department": "甲", "year": 2023},
         "results": [{"rubric": {"id": "r", "title": "规则", "total_points": 100}, "score": 8.77,
           "max_applicable": 10, "grade": null, "vetoed": false, "groups": [], "checks": [], "findings": [],
           "metrics": [{"id": "share", "name": "占比", "value": 52.63, "unit": "%", "exact": "1000/19", "state": "ok", "shown": "52.63%"},
                       {"id": "amount", "name": "金额", "value": 2.75, "unit": "万元", "exact": "2.752578", "state": "ok", "shown": "2.75万元"},
                       {"id": "gone", "name": "缺", "value": null, "unit": "", "exact": null, "state": "missing_data", "shown": "缺少数据（a）"}]}]}
        """
        let (rows, errors) = ComparisonRowDecoder().rows(fromText: text)
        #expect(errors.isEmpty)
        let row = try #require(rows.first)
        #expect(row.score == Rational(877).divided(by: 100))
        #expect(row.grade == nil)
        #expect(row.metrics.map(\.quantity) == [.number(Rational(1000).divided(by: 19)!), .number(r("2.752578")), .unavailable])
    }

    @Test("结构错误报告键与位置", arguments: [
        (#"{"schema": "jixiao.result/3"}"#, 1, 12, "不支持的 schema"),
        (#"{"schema": "jixiao.result/1", "submission": {"path": "x", "department": "甲"}}"#, 1, 45, "缺少键“year”"),
        ("{\"schema\": \"jixiao.result/1\",\n \"submission\": {\"path\": \"x\", \"department\": \"甲\", \"year\": 2023},\n \"results\": [{\"score\": \"高\"}]}", 3, 14, "缺少键“rubric”"),
        ("[1]", 1, 1, "应为一个 jixiao.result/1 或 /2 对象"),
    ])
    func shapeErrors(text: String, line: Int, column: Int, message: String) {
        let (rows, errors) = ComparisonRowDecoder().rows(fromText: text)
        #expect(rows.isEmpty)
        #expect(errors.count == 1)
        #expect(errors.first?.line == line)
        #expect(errors.first?.column == column)
        #expect(errors.first?.message.contains(message) == true)
    }
}
