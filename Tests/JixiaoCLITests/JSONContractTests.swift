import Foundation
import JixiaoEngine
import JixiaoRender
import Testing

@Suite("JSON 输出契约")
struct JSONContractTests {
    @Test func sameInputGivesByteIdenticalOutput() throws {
        let renderer = JSONRenderer(engineVersion: "test")
        let first = renderer.render(try RepositoryFiles.scoreSeed(), pretty: true)
        let second = renderer.render(try RepositoryFiles.scoreSeed(), pretty: true)
        #expect(first == second)
    }

    @Test func contractShapeAndExactDecimals() throws {
        let text = JSONRenderer(engineVersion: "test").render(try RepositoryFiles.scoreSeed(), pretty: false)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "jixiao.result/1")
        let submission = try #require(object["submission"] as? [String: Any])
        #expect(submission["department"] as? String == "长沙市信访局")
        #expect((submission["sha256"] as? String)?.count == 64)
        let results = try #require(object["results"] as? [[String: Any]])
        #expect(results.count == 2)
        for result in results {
            for key in ["rubric", "score", "max_applicable", "grade", "groups", "metrics", "checks", "findings"] {
                #expect(result[key] != nil, "缺少键 \(key)")
            }
        }
        // Rates are written from their decimal text: 1717.31/1938.03 → 88.61, never 88.6099999,
        // with the exact value beside it in the same unit: 171731/193803 × 100 = 17173100/193803.
        #expect(text.contains(#""value":88.61,"unit":"%","exact":"17173100/193803""#))
        #expect(!text.contains("99999"))
    }
}
