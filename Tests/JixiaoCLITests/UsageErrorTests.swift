import Testing

/// Usage errors speak Chinese like the rest of the tool (issue 11, item 6).
extension CommandLineTests {
    @Test func usageErrorsAreInChinese() throws {
        let badValue = try jixiao(["score", "--format", "xml", "submissions/changsha-xinfang-2023.yaml"])
        #expect(badValue.status == 2)
        #expect(badValue.errors.contains("错误：选项 --format <format> 的值“xml”无效，可选值：text、json、markdown"))
        #expect(badValue.errors.contains("用法：jixiao score"))
        #expect(!badValue.errors.contains("Error:") && !badValue.errors.contains("Usage:"))

        let missing = try jixiao(["batch", "submissions"])
        #expect(missing.errors.contains("错误：缺少必需的选项 --out <dir>"))
        let unknown = try jixiao(["score", "--bogus", "x.yaml"])
        #expect(unknown.errors.contains("错误：未知的选项 --bogus"))
        let extra = try jixiao(["scor"])
        #expect(extra.errors.contains("错误：多余的参数“scor”"))
    }
}
