import Foundation
@testable import JixiaoExtract
import Testing

/// Table rows keep their grid in every format, so that a cell's index is its column: a merged cell is followed (or,
/// below a rowspan, replaced) by empty cells; paragraphs inside a cell stay in the cell; a percent-formatted Excel
/// number reads as the sheet shows it.
@Suite("表格的网格")
struct TableGridTests {
    @Test func htmlRowspanLeavesEmptyCellsBelow() throws {
        let html = """
        <table><tr><td rowspan="3">产出指标</td><td rowspan=2>数量指标</td><td>安装水标尺</td><td>10</td></tr>
        <tr><td>水标尺宽度</td><td>10</td></tr>
        <tr><td>质量指标</td><td>验收合格率</td><td>20</td></tr>
        <tr><td>效益指标</td><td>社会效益指标</td><td>受益人口</td><td>10</td></tr></table>
        """
        let lines = HTMLText.lines(of: html)
        #expect(lines == ["产出指标\t数量指标\t安装水标尺\t10", "\t\t水标尺宽度\t10", "\t质量指标\t验收合格率\t20",
                          "效益指标\t社会效益指标\t受益人口\t10"])
    }

    @Test func htmlColspanAndParagraphsInsideCells() {
        let html = """
        <table><tr><td><p>年度</p><p>指标值</p></td><td><p>实际</p><br>完成值</td><td>分值</td></tr>
        <tr><td colspan="2">总分</td><td>95</td></tr>
        <tr><td>内表</td><td><table><tr><td>a</td><td>b</td></tr></table></td><td>3</td></tr></table>
        <p>表后的段落</p>
        """
        #expect(HTMLText.lines(of: html) == ["年度 指标值\t实际 完成值\t分值", "总分\t\t95", "内表\ta b\t3", "表后的段落"])
    }

    @Test func htmlCellsWithoutClosingTags() {
        let html = "<table><tr><td>项目名称<td>某项目<tr><td>分值<td>10</table>"
        #expect(HTMLText.lines(of: html) == ["项目名称\t某项目", "分值\t10"])
    }

    @Test func docxGridSpanAndGridBeforeKeepColumns() throws {
        func cell(_ text: String, span: Int = 1, merge: Bool = false) -> String {
            let properties = (span > 1 ? "<w:gridSpan w:val=\"\(span)\"/>" : "") + (merge ? "<w:vMerge/>" : "")
            return "<w:tc><w:tcPr>\(properties)</w:tcPr><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:tc>"
        }
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl>
        <w:tr>\(cell("项目名称"))\(cell("某项目", span: 3))</w:tr>
        <w:tr>\(cell("产出指标"))\(cell("数量指标"))\(cell("安装水标尺"))\(cell("10"))</w:tr>
        <w:tr>\(cell("", merge: true))\(cell("", merge: true))\(cell("宽度<w:tab/>厘米"))\(cell("10"))</w:tr>
        <w:tr><w:trPr><w:gridBefore w:val="2"/></w:trPr>\(cell("总分"))\(cell("95"))</w:tr>
        </w:tbl></w:body></w:document>
        """
        let bytes = try ReaderTests.zip(["word/document.xml": xml, "[Content_Types].xml": "<Types/>"])
        let document = try DocumentLoader.load(bytes: bytes, name: "表.docx")
        #expect(document.lines == ["项目名称\t某项目\t\t", "产出指标\t数量指标\t安装水标尺\t10", "\t\t宽度 厘米\t10", "\t\t总分\t95"])
    }

    @Test func xlsxPercentStylesReadAsShown() throws {
        let styles = """
        <?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
        <numFmts count="1"><numFmt numFmtId="176" formatCode="0.0&quot;%&quot;;0.00%"/><numFmt numFmtId="177" formatCode="0.00%"/></numFmts>
        <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="177"/><xf numFmtId="176"/></cellXfs></styleSheet>
        """
        let sheet = """
        <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
        <row r="1"><c r="A1" t="inlineStr"><is><t>项目支出绩效自评表（资金情况）</t></is></c></row>
        <row r="2"><c r="A2" t="inlineStr"><is><t>年度资金总额</t></is></c><c r="B2" s="0"><v>43.2</v></c><c r="C2" s="1"><v>0.862037037037037</v></c><c r="D2" s="2"><v>1</v></c><c r="E2" s="3"><v>0.5</v></c></row>
        </sheetData></worksheet>
        """
        let bytes = try ReaderTests.zip(["xl/styles.xml": styles, "xl/worksheets/sheet1.xml": sheet])
        let document = try DocumentLoader.load(bytes: bytes, name: "表.xlsx")
        // 0.862037… shown with 0%: 86%; 1 with 0.00%: 100.00%; a quoted “%” is no percent format: 0.5 as stored
        #expect(document.lines[1] == "年度资金总额\t43.2\t86%\t100.00%\t0.5")
    }

    @Test func percentTextRoundsHalfUpOnTheDecimalText() {
        #expect(XlsxPercentStyles.percentText("0.862037", decimals: 0) == "86%")
        #expect(XlsxPercentStyles.percentText("0.865", decimals: 0) == "87%")
        #expect(XlsxPercentStyles.percentText("0.999999", decimals: 0) == "100%")
        #expect(XlsxPercentStyles.percentText("0.00049", decimals: 1) == "0.0%")
        #expect(XlsxPercentStyles.percentText("0.00051", decimals: 1) == "0.1%")
        #expect(XlsxPercentStyles.percentText("-0.25", decimals: 2) == "-25.00%")
        #expect(XlsxPercentStyles.percentText("12", decimals: 0) == "1200%")
        #expect(XlsxPercentStyles.percentText("1.2E-3", decimals: 0) == "1.2E-3")
        #expect(XlsxPercentStyles.percentDecimals("0.00%") == 2)
        #expect(XlsxPercentStyles.percentDecimals("#,##0") == nil)
    }
}
