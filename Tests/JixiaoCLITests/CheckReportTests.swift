import Foundation
import JixiaoEngine
import JixiaoRender
import Testing

/// The 数据核对 part of the reports: text, Markdown and the `checks` array of the JSON contract.
@Suite("数据核对报告")
struct CheckReportTests {
    static let rubric = """
        id: t
        title: 核对报告测试
        total: 10
        facts:
          r.rate: percent
          r.final: amount
          r.initial: amount
          s.total: amount
          s.a: amount
          s.b: amount
          n.cars: count
          n.listed: count
        checks:
          - {id: rate, name: 预算执行率, stated: r.rate, computed: "ratio(r.final, r.initial)", severity: warning}
          - {id: sum, name: 合计等于分项之和, stated: s.total, computed: "s.a + s.b"}
          - {id: cars, name: 车辆数, stated: n.cars, computed: n.listed}
          - {id: same, name: 车辆数（自身）, stated: n.listed, computed: n.listed}
        groups:
          - {id: g, name: 分组, indicators: [{id: Q, name: 数据质量, points: 10, method: {data_quality: {deduct: 1}}}]}
        """

    static let submission = """
        department: 测试局
        year: 2023
        facts:
          r:
            section: 第三部分 五（三）
            rate: 48.53%
            final: 281.43
            initial: 572.97
          s: {total: 124.40, a: 100.00, b: 24.41}
          n: {cars: 99, listed: 160}
        """
    // By hand:
    //   rate  281.43 ÷ 572.97 = 0.4911775… = 49.12% vs 48.53%; 48.53 − 49.11775 = −0.58775 → mismatch (warning)
    //         envelope [281.425 ÷ 572.975, 281.435 ÷ 572.965] = [49.11645…%, 49.11905…%]
    //   sum   100.00 + 24.41 = 124.41 vs 124.40, [124.395, 124.405] meets [124.40, 124.42] → rounding
    //   cars  99 vs 160 → mismatch (error), 99 − 160 = −61
    //   same  160 = 160 → ok

    static func scored() throws -> SubmissionResult {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("checkreport-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let rubricPath = folder.appendingPathComponent("t.yaml").path
        try Data(rubric.utf8).write(to: URL(fileURLWithPath: rubricPath))
        let scorer = SubmissionScorer(catalog: RubricCatalog(searchDirectories: []))
        return try scorer.score(bytes: Array(submission.utf8), file: "submission.yaml", rubrics: [rubricPath])
    }

    @Test("the text report lists mismatches, errors first, with figures, place and data, then rounding")
    func textReport() throws {
        // --explain shows the expressions and their data; without it (below) they are left out.
        let text = TextRenderer(style: TextStyle(explain: true)).render(try Self.scored())
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("数据核对：共核对 4 项：不一致 2 项，尾数误差 1 项，数据不足 0 项，一致 1 项"))

        let mismatchHeading = try #require(lines.firstIndex(of: "不一致："), "\(text)")
        let roundingHeading = try #require(lines.firstIndex(of: "尾数误差："), "\(text)")
        #expect(mismatchHeading < roundingHeading)

        // errors before warnings, whatever the rubric order
        let cars = try #require(lines.firstIndex(of: "  1. 【错误】车辆数"), "\(text)")
        let rate = try #require(lines.firstIndex(of: "  2. 【提示】预算执行率"), "\(text)")
        #expect(mismatchHeading < cars && cars < rate && rate < roundingHeading)

        // each mismatch: what the document says, what it should be, the difference, where, and the data
        #expect(lines[cars + 1].hasPrefix("     文档 99，重新计算 160，相差 -61"), "\(lines[cars + 1])")
        // n has no section: the place is the line of the stated figure, "  n: {cars: 99" → line 10, column 13
        #expect(lines[cars + 2] == "     位置：submission.yaml:10:13")
        #expect(lines.contains("     数据：n.cars = 99；n.listed = 160"))

        #expect(lines[rate + 1].hasPrefix("     文档 48.53%，重新计算 49.12%，相差 -0.59 个百分点"), "\(lines[rate + 1])")
        // "    rate: 48.53%" → line 6, column 11, under section 第三部分 五（三）
        #expect(lines[rate + 2] == "     位置：第三部分 五（三）（submission.yaml:6:11）")
        #expect(lines[rate + 3] == "     核对：r.rate == ratio(r.final, r.initial)")
        #expect(lines[rate + 4] == "     数据：r.rate = 48.53%；r.final = 281.43万元；r.initial = 572.97万元")

        // rounding: one line each, after the mismatches
        #expect(lines[roundingHeading + 1].hasPrefix("  - 合计等于分项之和：文档 124.40万元，重新计算 124.41万元，相差 -0.01万元"),
                "\(lines[roundingHeading + 1])")
        // the ok check is counted but not listed
        #expect(!text.contains("车辆数（自身）"))

        // The plain report (issue 11): the same lines without the expressions and field paths.
        let plain = TextRenderer().render(try Self.scored())
        #expect(plain.contains("     位置：第三部分 五（三）（submission.yaml:6:11）"))
        #expect(!plain.contains("     核对："))
        #expect(!plain.contains("     数据："))
    }

    @Test("the Markdown report has the same section as a table")
    func markdownReport() throws {
        let markdown = MarkdownRenderer().render(try Self.scored())
        #expect(markdown.contains("### 数据核对"))
        #expect(markdown.contains("#### 不一致"))
        #expect(markdown.contains("| 1 | 【错误】车辆数 |"))
        #expect(markdown.contains("| 2 | 【提示】预算执行率 |"))
        #expect(markdown.contains("#### 尾数误差"))
        let mismatches = try #require(markdown.range(of: "#### 不一致"))
        let rounding = try #require(markdown.range(of: "#### 尾数误差"))
        #expect(mismatches.lowerBound < rounding.lowerBound)
    }

    @Test("JSON checks carry the verdict and the figures in display units")
    func jsonChecks() throws {
        let json = JSONRenderer(engineVersion: "test").json(try Self.scored())
        let checks = try #require(json["results"]?[0]?["checks"]?.elements)
        #expect(checks.count == 4)
        #expect(checks.map { $0["id"] ?? .null } == ["rate", "sum", "cars", "same"].map(JSONValue.string))
        #expect(checks.map { $0["verdict"] ?? .null } == ["mismatch", "rounding", "mismatch", "ok"].map(JSONValue.string))

        let rate = checks[0]
        #expect(rate["severity"] == .string("warning"))
        #expect(rate["relation"] == .string("=="))
        #expect(rate["unit"] == .string("%"))
        // a rate in percentage points: 48.53, not 0.4853
        #expect(rate["stated"] == .number("48.53"))
        // 49.117755… at 4 places → 49.1178; 48.53 − 49.117755 = −0.587755 → −0.5878
        #expect(rate["computed"] == .number("49.1178"))
        #expect(rate["difference"] == .number("-0.5878"))
        // [48.53 − 0.005, 48.53 + 0.005]; [49.116454…, 49.119056…] at 4 places
        #expect(rate["stated_range"] == .array([.number("48.525"), .number("48.535")]))
        #expect(rate["computed_range"] == .array([.number("49.1165"), .number("49.1191")]))
        #expect(rate["where"] == .string("第三部分 五（三）"))
        #expect(rate["location"] == .string("submission.yaml:6:11"))
        #expect(rate["tolerance"] == .null)

        let sum = checks[1]
        #expect(sum["unit"] == .string("万元"))
        #expect(sum["stated"] == .number("124.4"))
        #expect(sum["computed"] == .number("124.41"))
        #expect(sum["difference"] == .number("-0.01"))
        // 124.40 ± 0.005; 100.00 + 24.41 ± 2 × 0.005
        #expect(sum["stated_range"] == .array([.number("124.395"), .number("124.405")]))
        #expect(sum["computed_range"] == .array([.number("124.4"), .number("124.42")]))

        let cars = checks[2]
        #expect(cars["stated"] == .number("99"))
        #expect(cars["computed"] == .number("160"))
        #expect(cars["difference"] == .number("-61"))
        #expect(cars["where"] == .null)
    }
}

extension JSONValue {
    /// The member `key` of an object, nil for anything else.
    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    /// The element at `index` of an array, nil for anything else.
    subscript(index: Int) -> JSONValue? {
        guard case .array(let items) = self, items.indices.contains(index) else { return nil }
        return items[index]
    }

    var elements: [JSONValue]? {
        guard case .array(let items) = self else { return nil }
        return items
    }
}
