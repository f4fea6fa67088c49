import JixiaoYAML
import Testing

@Suite struct DuplicateKeyTests {
    @Test func secondKeyIsReportedWithBothLines() throws {
        let error = try #require(loadError("year: 2023\nname: x\nyear: 2024\n"))
        #expect(error.location == at(3, 1))
        #expect(error.message == "映射中的键“year”重复：第 1 行已出现")
        #expect(error.description == "test.yaml:3:1: 错误：映射中的键“year”重复：第 1 行已出现")
    }

    @Test func flowMappingDuplicate() throws {
        // { a : ␠ 1 , ␠ a → the second "a" is the 8th character.
        let error = try #require(loadError("{a: 1, a: 2}"))
        #expect(error.location == at(1, 8))
    }

    @Test func keysCompareByTextWhateverTheStyle() throws {
        let error = try #require(loadError("指标:\n  得分: 1\n  '得分': 2\n"))
        #expect(error.location == at(3, 3))
        #expect(error.message == "映射中的键“得分”重复：第 2 行已出现")
    }

    @Test func sameKeyInDifferentMappingsIsFine() throws {
        let root = try loadYAML("a: {x: 1}\nb: {x: 2}\n")
        #expect(root["b"]?["x"]?.scalar?.text == "2")
    }

    /// Past 64 keys the finder switches from comparing keys to a table: a duplicate is found on either side.
    @Test(arguments: [(3, 30), (17, 18), (20, 40), (1, 17), (64, 65), (1, 65), (66, 90), (3, 100)])
    func duplicateInALongMapping(first: Int, second: Int) throws {
        var lines = (1...100).map { "k\($0): \($0)" }
        lines[second - 1] = "k\(first): again"
        let error = try #require(loadError(lines.joined(separator: "\n") + "\n"))
        #expect(error.location == at(second, 1))
        #expect(error.message == "映射中的键“k\(first)”重复：第 \(first) 行已出现")
    }

    @Test func longMappingWithoutDuplicatesLoads() throws {
        let root = try loadYAML((1...100).map { "k\($0): \($0)" }.joined(separator: "\n"))
        #expect(root["k100"]?.scalar?.text == "100")
        #expect(root.pairs?.count == 100)
    }
}
