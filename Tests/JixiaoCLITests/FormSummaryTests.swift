import Foundation
import JixiaoEngine
import JixiaoRender
import Testing

/// Forms in batch outputs: summary.csv names the project and sets its claimed total beside the computed one.
@Suite("自评表的汇总表")
struct FormSummaryTests {
    @Test func summaryRowsNameTheProjectAndCompareClaimedWithComputed() throws {
        let relative = "Tests/Corpus/forms/22_langfang_shipin_xuexiao_2019.yaml"
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: RepositoryFiles.path(relative))))
        let scorer = SubmissionScorer(catalog: RubricCatalog(searchDirectories: [RepositoryFiles.rubricsDirectory]))
        let result = try scorer.score(bytes: bytes, file: relative)
        let row = try #require(SummaryCSV.rows(result).first)
        let columns = SummaryCSV.leadingColumns
        func cell(_ name: String) -> String? { columns.firstIndex(of: name).map { row.leading[$0] } }
        #expect(cell("评价对象") == "办公宿舍楼、食堂及餐厅暖通改造经费")
        // Claimed 9 + 9 + 10 × 8 = 98; computed 8.62 + 8.62 + 80 = 97.24 (see Tests/Corpus/forms/EXPECTED.md).
        #expect(cell("自评分合计（分）") == "98")
        #expect(cell("自评指标计算得分（分）") == "97.24")
    }
}
