@testable import JixiaoExtract
import Testing

/// The printed forms real pages use, each read as one figure with its suffix, and the numbers that are structure.
@Suite("数字识别")
struct NumberScannerTests {
    private func tokens(_ line: String) -> [NumberToken] { NumberScanner.scan(NormalizedLine(line)) }
    private func figures(_ line: String) -> [String] {
        let normalized = NormalizedLine(line)
        return NumberScanner.scan(normalized).filter { !$0.structural }.map { normalized.printedText($0.range) }
    }

    @Test func thousandsSeparatorsAndDecimals() {
        #expect(figures("支出决算为26,085.58元,完成年初预算的96.33%。") == ["26,085.58元", "96.33%"])
        #expect(tokens("预算为27,080元")[0].kind == .amount)
        #expect(tokens("预算为27,080元")[0].unit == "元")
    }

    @Test func aCountIsWhole() {
        // “项” of 项目 after a decimal is no count word (a count written 1,234.56 would not load)
        #expect(tokens("1,234.56项目资金")[0].kind == .bare)
        #expect(figures("1,234.56项目资金") == ["1,234.56"])
        #expect(tokens("完成12项")[0].kind == .count)
    }

    @Test func fullWidthDigitsAndPercent() {
        #expect(figures("支出３.４万元，占１２.３％") == ["３.４万元", "１２.３％"])
        #expect(tokens("占１２.３％")[0].kind == .rate)
    }

    @Test func blankBeforePercentAndUnit() {
        #expect(figures("下降47 %，减少 207.43 万元") == ["47 %", "207.43 万元"])
    }

    @Test func zeroWrittenAsAWord() {
        #expect(figures("因公出国（境）费零万元") == ["零万元"])
        #expect(tokens("零万元")[0].unit == "万元")
    }

    @Test func minusAfterADirectionWord() {
        #expect(figures("减少-2.56%") == ["-2.56%"])
    }

    @Test func templateWithBothWords() {
        #expect(figures("较预算数增加(减少)0.03万元") == ["0.03万元"])
        #expect(RoleWords.trailingDirection(Array("较预算数增加(减少)")) == "增加(减少)")
        #expect(RoleWords.trailingDirection(Array(",(下降)")) == "(下降)")
        #expect(RoleWords.trailingDirection(Array("比上年减少了")) == "减少")
    }

    @Test func thousandUnits() {
        #expect(tokens("合计1,234千元")[0].unit == "千元")
        #expect(tokens("1.2亿元")[0].unit == "亿元")
    }

    @Test func countsAndApproximateCounts() {
        let t = tokens("培训信访干部300余人次")
        #expect(t[0].kind == .count)
        #expect(t[0].countWord == "人次")
        #expect(t[0].approximate)
    }

    @Test func structureIsNoFigure() {
        // years, dates, document numbers, ordinals, 第…, telephone and classification codes
        #expect(figures("2023年12月31日") == [])
        #expect(figures("（财行〔2014〕2066号）") == [])
        #expect(figures("1.公务接待费预算为1万元") == ["1万元"])
        #expect(figures("主要原因是1.部分项目开支为调拨支出；2.年终关账") == [])
        #expect(figures("(联系方式:023-45855004)") == [])
        #expect(figures("第 12 行") == [])
    }
}
