import Foundation
import JixiaoCompare
import JixiaoEngine
import JixiaoRender
import Testing

/// Text output fits the terminal (issue 11, item 6).
@Suite("终端输出：适应宽度、ASCII 画线、平实的说明")
struct TerminalLayoutTests {
    let seed: SubmissionResult

    init() throws {
        seed = try RepositoryFiles.scoreSeed()
    }

    /// Terminal columns: East Asian wide and full-width characters count two (as TextTable counts them).
    private func columns(_ line: Substring) -> Int {
        line.unicodeScalars.reduce(0) { width, scalar in
            let wide: Bool = switch scalar.value {
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
                 0xFFE0...0xFFE6, 0x20000...0x3FFFD: true
            default: false
            }
            return width + (wide ? 2 : 1)
        }
    }

    @Test func scoreReportFitsEightyColumns() {
        let text = TextRenderer(style: TextStyle(width: 80)).render(seed)
        let widest = text.split(separator: "\n").map(columns).max() ?? 0
        #expect(widest <= 80)
        // Without a width (a file or a pipe) the reasons keep their 60-column wrap, which is wider.
        let fixed = TextRenderer().render(seed).split(separator: "\n").map(columns).max() ?? 0
        #expect(fixed > 80)
    }

    @Test func comparisonFitsEightyColumnsWithPagedMatrix() throws {
        let rows = try ["changsha-xinfang-2023", "furong-xinfang-2023", "yuelu-xinfang-2023", "kaifu-xinfang-2023"].flatMap {
            ComparisonRow.rows(from: try RepositoryFiles.score("submissions/\($0).yaml"))
        }
        let text = CompareTextRenderer(style: TextStyle(width: 80)).render(Comparison.byRubric(rows))
        #expect((text.split(separator: "\n").map(columns).max() ?? 0) <= 80)
        #expect(text.contains("（续表 1/"))
    }

    @Test func asciiRules() {
        let text = TextRenderer(style: TextStyle(ascii: true)).render(seed)
        #expect(!text.contains("│") && !text.contains("─") && !text.contains("┼") && !text.contains("═"))
        #expect(text.contains("-+-"))
        #expect(text.contains(" | "))
    }

    @Test func reasonsInPlainWordsUnlessExplained() throws {
        // K6: 107 visits against 120, 1 point per 10 short: (120 − 107) ÷ 10 × 1 = 1.3 deducted.
        #expect(seed.result("changsha-annual-130")?.indicator("K6")?.reason == "107 低于阈值 120，每少 10 扣 1 分（不足部分按比例），扣 1.3 分")
        let text = TextRenderer().render(seed)
        #expect(!text.contains("个单位"))
        // B6 lacks 公用经费预算数: named, without its field path.
        #expect(text.contains("缺少数据：公用经费预算数"))
        #expect(!text.contains("（public_funds.budget）"))
        let explained = TextRenderer(style: TextStyle(explain: true)).render(seed)
        #expect(explained.contains("（public_funds.budget）"))
        #expect(explained.contains("     核对："))
    }
}
