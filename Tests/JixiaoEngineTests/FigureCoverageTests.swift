import Testing
@testable import JixiaoEngine

/// Which leaves of a submission's tables count as printed figures for the coverage line.
@Suite("Printed figures")
struct FigureCoverageTests {
    @Test("numbers, with a unit or a percent sign, are figures", arguments: [
        "1717.31", "0.00", "-5", "+5.5", ".5", "5.", "38400元", "0.00元", "3.84万元", "88.61%", " 12 ", "1,717.31",
        "１２３", "10.78 %",
        // Non-ASCII starts that can still begin a number: ideographic and no-break spaces, full-width and
        // mathematical minus signs.
        "\u{3000}12", "\u{00A0}7", "－5", "−5",
    ])
    func figures(_ text: String) {
        #expect(FigureCoverageCounter.looksLikeFigure(text))
    }

    @Test("dates, codes with dashes, words and lone signs are not", arguments: [
        "2023-12-31", "5-", "1.2.3", "", "-", ".", "+-5", "长沙市", "第3部分", "2010301a",
    ])
    func notFigures(_ text: String) {
        #expect(!FigureCoverageCounter.looksLikeFigure(text))
    }
}
