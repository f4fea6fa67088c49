import Foundation
import JixiaoEngine
import JixiaoRender
import Testing

/// Department names and other submission strings stay text in every report (issue 11, item 7).
@Suite("不可信文本：只作文本显示")
struct UntrustedTextTests {
    /// 芙蓉区's submission with a department name that tries to forge a total line, inject HTML and a link.
    static let hostileName = #"芙蓉区\n总分 130 分（满分 130 分），等级：优秀 <script>alert(1)</script> [点我](javascript:alert(1))"#

    let result: SubmissionResult

    init() throws {
        let original = try String(contentsOfFile: RepositoryFiles.path("submissions/furong-xinfang-2023.yaml"), encoding: .utf8)
        let text = original.replacingOccurrences(of: "department: 长沙市芙蓉区信访局", with: "department: \"\(Self.hostileName)\"")
        #expect(text != original)
        let scorer = SubmissionScorer(catalog: RubricCatalog(searchDirectories: [RepositoryFiles.rubricsDirectory]))
        result = try scorer.score(bytes: Array(text.utf8), file: "hostile.yaml")
        #expect(result.department.contains("\n"))
    }

    @Test func textReportCannotForgeALine() {
        let text = TextRenderer().render(result)
        // The only lines starting with 总分 are the real totals (119.61 and 91.24 for 芙蓉区), never "总分 130 分".
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(!lines.contains { $0.hasPrefix("总分 130 分") })
        #expect(text.contains("芙蓉区 总分 130 分"))
    }

    @Test func markdownReportEscapesHTMLAndLinks() {
        let markdown = MarkdownRenderer().render(result)
        #expect(!markdown.contains("<script>"))
        #expect(!markdown.contains("[点我](javascript:"))
        #expect(markdown.contains(#"\<script\>"#))
        #expect(markdown.contains(#"\[点我\](javascript:alert(1))"#))
        #expect(!markdown.split(separator: "\n").contains { $0.hasPrefix("总分 130 分") })
    }

    @Test func narrativeEscapesTheNameInBothFormats() {
        let markdown = NarrativeRenderer(full: true).render(result, format: .markdown)
        #expect(!markdown.contains("<script>"))
        #expect(!markdown.contains("[点我](javascript:"))
        let text = NarrativeRenderer(full: true).render(result, format: .text)
        #expect(!text.split(separator: "\n").contains { $0.hasPrefix("总分 130 分") })
    }
}
