import Foundation
import JixiaoCompare
import JixiaoEngine
import JixiaoExpression
import JixiaoRender
import Testing

/// The repository root, found from this file (through the symlink of a scratch package, if any).
private let repository = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// results.jsonl as `jixiao.result/2` lines after `jixiao.rubric/2` headers: compare reads them, alone, mixed with
/// /1 and joined with `cat`, into the rows /1 gives.
@Suite("从 jixiao.result/2 读取对比行")
struct ResultVersion2Tests {
    private func score(_ relative: String) throws -> SubmissionResult {
        let bytes = try #require(FileManager.default.contents(atPath: repository.appendingPathComponent(relative).path))
        let catalog = RubricCatalog(searchDirectories: [repository.appendingPathComponent("rubrics").path])
        return try SubmissionScorer(catalog: catalog).score(bytes: [UInt8](bytes), file: relative)
    }

    /// The /2 text of results as batch writes it: each rubric's header before its first result.
    private func version2(_ results: [SubmissionResult]) -> String {
        let renderer = ResultLineRenderer(engineVersion: "test")
        var written = Set<String>(), text = ""
        for result in results {
            for rubricResult in result.results where written.insert(rubricResult.rubric.id).inserted {
                text += String(decoding: renderer.header(rubricResult), as: UTF8.self) + "\n"
            }
            text += String(decoding: renderer.line(result), as: UTF8.self) + "\n"
        }
        return text
    }

    private func version1(_ results: [SubmissionResult]) -> String {
        results.map { JSONRenderer(engineVersion: "test").render($0, pretty: false) + "\n" }.joined()
    }

    private func rows(_ text: String) -> [ComparisonRow] {
        let (rows, errors) = ComparisonRowDecoder().rows(fromText: text)
        #expect(errors.isEmpty, "\(errors)")
        return rows
    }

    /// What a comparison shows of the rows: the report of each rubric and, field by field, the mismatches.
    private func expectSameComparison(_ read: [ComparisonRow], _ expected: [ComparisonRow]) {
        let html = HTMLReportRenderer(engineVersion: "test")
        #expect(html.render(Comparison.byRubric(read)) == html.render(Comparison.byRubric(expected)))
        let json = CompareJSONRenderer(engineVersion: "test")
        #expect(json.render(Comparison.byRubric(read)) == json.render(Comparison.byRubric(expected)))
        #expect(read.count == expected.count)
        for (left, right) in zip(read, expected) {
            #expect(left.mismatches.map(\.id) == right.mismatches.map(\.id))
            #expect(left.mismatches.map(\.name) == right.mismatches.map(\.name))
            #expect(left.mismatches.map(\.severity) == right.mismatches.map(\.severity))
            #expect(left.mismatches.map(\.unit) == right.mismatches.map(\.unit))
            #expect(left.mismatches.map(\.size) == right.mismatches.map(\.size))
            #expect(left.mismatches.map(\.explanation) == right.mismatches.map(\.explanation))
        }
    }

    @Test("/2 读回的对比与同一结果的 /1 读回的一致，含逐记录核对的不一致项")
    func sameComparisonAsVersion1() throws {
        let results = try ["submissions/changsha-xinfang-2023.yaml", "submissions/changsha-xinfang-2022.yaml"].map(score)
        let fromVersion2 = rows(version2(results)), fromVersion1 = rows(version1(results))
        expectSameComparison(fromVersion2, fromVersion1)
        // The seed's per-record mismatch of docs/json-output.md: its id and name come back from the header entry
        // with the record's key and label.
        let seed = try #require(fromVersion2.first { $0.rubricId == "changsha-xinfang-overall-100" })
        let item = try #require(seed.mismatches.first { $0.id == "s05-3-item-completion-rates[2]" })
        #expect(item.name.hasPrefix("说明五（三） 各项 完成预算的百分比 = 支出决算 ÷ 年初预算数（"))
        #expect(item.severity == .error && item.unit == "%")
        // 48.53 − 49.117755… written to 4 places: −0.5878.
        #expect(item.size == r("0.5878"))
    }

    @Test("/1 与 /2 混在一起、两份 /2 用 cat 首尾相接，读回的对比都与全部 /1 的一致")
    func mixturesAndConcatenations() throws {
        let results = try ["submissions/changsha-xinfang-2023.yaml", "submissions/changsha-xinfang-2022.yaml",
                           "submissions/furong-xinfang-2023.yaml"].map(score)
        let expected = rows(version1(results))
        // One text holding a /1 line among /2 lines, and two /2 files one after the other (each with its headers).
        let mixed = version2([results[0]]) + version1([results[1]]) + version2([results[2]])
        expectSameComparison(rows(mixed), expected)
        expectSameComparison(rows(version2(Array(results[..<2])) + version2([results[2]])), expected)
    }

    @Test("手写的 /2：逐记录核对的编号、名称、严重程度与单位取自规则说明行")
    func handWritten() throws {
        let text = """
        {"schema":"jixiao.rubric/2","engine":{"version":"test"},"rubric":{"id":"r","version":"1","sha256":"abc"},"checks":{"cars":{"name":"车辆数","severity":"warning","relation":"==","tolerance":null,"unit":"辆","expressions":{"stated":"car.count","computed":"car.a + car.b"},"inputs":["car.count","car.a","car.b"],"check_set":null}}}
        {"schema":"jixiao.result/2","submission":{"path":"x.yaml","department":"甲","year":2023},"results":[{"rubric":{"id":"r","version":"1","title":"规则","total_points":100,"sha256":"abc"},"score":90,"max_applicable":100,"grade":null,"vetoed":false,"groups":[],"metrics":[],"checks":[{"check":"cars","record":"3","label":"三号车队","verdict":"mismatch","stated":12,"computed":10,"difference":2,"stated_range":[12,12],"computed_range":[10,10],"where":null,"location":"7:9","inputs":["12辆","4辆","6辆"],"explanation":"文档 12辆，重新计算 10辆"},{"check":"cars","record":"4","label":"四号车队","verdict":"ok","stated":5,"computed":5,"difference":0,"stated_range":[5,5],"computed_range":[5,5],"where":null,"location":"8:9","inputs":["5辆","2辆","3辆"],"explanation":"一致"}],"findings":[]}]}
        """
        let row = try #require(rows(text).first)
        try #require(row.mismatches.count == 1)
        let mismatch = row.mismatches[0]
        #expect(mismatch.id == "cars[3]")
        #expect(mismatch.name == "车辆数（三号车队）")
        #expect(mismatch.severity == .warning)
        #expect(mismatch.unit == "辆")
        #expect(mismatch.size == r("2"))
        #expect(mismatch.explanation == "文档 12辆，重新计算 10辆")
    }

    @Test("/2 结果行之前缺少其规则说明行、或说明行中没有所指的核对时报告位置", arguments: [
        ("", 1, 110, "规则“r”的核对说明行（jixiao.rubric/2）应在使用它的结果行之前"),
        (#"{"schema":"jixiao.rubric/2","rubric":{"id":"r","sha256":"abc"},"checks":{}}"#, 2, 286, "规则的核对说明行（jixiao.rubric/2）中没有核对“cars”"),
    ])
    func missingHeader(header: String, line: Int, column: Int, message: String) {
        let result = #"{"schema":"jixiao.result/2","submission":{"path":"x.yaml","department":"甲","year":2023},"results":[{"rubric":{"id":"r","version":"1","title":"规则","total_points":100,"sha256":"abc"},"score":90,"max_applicable":100,"grade":null,"vetoed":false,"groups":[],"metrics":[],"checks":[{"check":"cars","verdict":"mismatch","explanation":"文档 12辆，重新计算 10辆"}],"findings":[]}]}"#
        let (rows, errors) = ComparisonRowDecoder().rows(fromText: (header.isEmpty ? "" : header + "\n") + result + "\n")
        #expect(rows.isEmpty)
        #expect(errors.count == 1)
        #expect(errors.first?.line == line)
        #expect(errors.first?.column == column)
        #expect(errors.first?.message.contains(message) == true, "\(errors)")
    }
}
