import Foundation
import Testing

/// `jixiao compare` over a batch's results.jsonl larger than the 16 MiB limit on a file read whole: it is read a
/// line at a time, as the sharding recipe (docs/batch-and-compare.md) needs for a batch of any size.
@Suite("大结果文件的对比")
struct LargeResultsFileTests {
    @Test func comparesSeventyResultLinesOfTheSeedPastSixteenMebibytes() throws {
        let batch = BatchTests()
        let root = try batch.folder([("seed.yaml", nil)])
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out")
        let scored = try batch.jixiao(["batch", root.appendingPathComponent("inputs").path, "--out", out.path, "--no-report"])
        try #require(scored.status == 0, "\(scored.errors)")

        // The rubric headers, then the seed's result line 70 times, each copy under a department of its own.
        let text = String(decoding: try Data(contentsOf: out.appendingPathComponent("results.jsonl")), as: UTF8.self)
        let lines = text.split(separator: "\n").map(String.init)
        let headers = lines.filter { $0.hasPrefix(#"{"schema":"jixiao.rubric/2""#) }
        let results = lines.filter { $0.hasPrefix(#"{"schema":"jixiao.result/2""#) }
        try #require(headers.count == 2 && results.count == 1)
        let seedDepartment = #""department":"长沙市信访局""#
        try #require(results[0].contains(seedDepartment))
        let names = (1...70).map { "部门" + String(format: "%02d", $0) }
        let copies = names.map { results[0].replacingOccurrences(of: seedDepartment, with: #""department":"\#($0)""#) }
        let large = root.appendingPathComponent("large.jsonl")
        try Data((headers + copies).map { $0 + "\n" }.joined().utf8).write(to: large)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: large.path)[.size] as? Int)
        try #require(size > 16 << 20, "只有 \(size) 字节，未超过 16 MiB")

        let single = try comparison(of: out.appendingPathComponent("results.jsonl"), in: root)
        let merged = try comparison(of: large, in: root)
        // Both rubrics; each ranks all 70 copies, tied first with the score the single line has.
        #expect(merged.count == 2)
        for (one, many) in zip(single, merged) {
            let ranking = try #require(many["ranking"] as? [[String: Any]])
            #expect(many["count"] as? Int == 70)
            #expect(Set(ranking.compactMap { $0["department"] as? String }) == Set(names))
            #expect(ranking.allSatisfy { $0["rank"] as? Int == 1 })
            let score = try #require((one["ranking"] as? [[String: Any]])?.first?["score"] as? Double)
            #expect(ranking.allSatisfy { $0["score"] as? Double == score })
        }
    }

    /// `compare FILE --format json`'s comparisons, one per rubric.
    private func comparison(of file: URL, in root: URL) throws -> [[String: Any]] {
        let target = root.appendingPathComponent("compare-\(UUID()).json")
        let run = try BatchTests().jixiao(["compare", file.path, "--format", "json", "--out", target.path])
        try #require(run.status == 0, "\(run.errors)")
        let object = try JSONSerialization.jsonObject(with: try Data(contentsOf: target)) as? [String: Any]
        return try #require(object?["comparisons"] as? [[String: Any]])
    }
}

/// A comparison read back from a batch's results.jsonl says the same as one scored on the spot, down to the share a
/// grade needed.
@Suite("从结果文件对比与当场评分一致")
struct ResultsFileComparisonTests {
    @Test func theShippedSubmissionsCompareAlikeFromTheirResultsFile() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("jixiao-results-\(UUID())")
        defer { try? FileManager.default.removeItem(at: root) }
        let batch = BatchTests()
        let scored = try batch.jixiao(["batch", "submissions", "--out", root.path, "--no-report"])
        try #require(scored.status == 0, "\(scored.errors)")
        let onTheSpot = root.appendingPathComponent("on-the-spot.md"), fromFile = root.appendingPathComponent("from-file.md")
        for (input, output) in [("submissions", onTheSpot), (root.appendingPathComponent("results.jsonl").path, fromFile)] {
            let run = try batch.jixiao(["compare", input, "--format", "markdown", "--out", output.path])
            try #require(run.status == 0, "\(run.errors)")
        }
        let expected = String(decoding: try Data(contentsOf: onTheSpot), as: UTF8.self)
        let read = String(decoding: try Data(contentsOf: fromFile), as: UTF8.self)
        #expect(read == expected)
        // Wangcheng's 2023 file scores 54 of 100 points' worth: 54.00%, under the 60% both rubrics require.
        #expect(read.contains("可评分值 54 分，仅占满分 100 分的 54.00%，不足评定等级所需的 60.00%"))
    }
}
