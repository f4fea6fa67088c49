import Testing
import JixiaoExpression
import JixiaoYAML
@testable import JixiaoEngine

/// Printed figures and statement subjects are read as UTF-8 bytes: the same answers as reading them by character.
@Suite("按字节读取印出的数字")
struct PrintedFigureBytesTests {
    @Test func whitespaceOfEveryKindIsDropped() {
        // A blank, a tab, a line break, the ideographic space U+3000 and a no-break space U+00A0.
        let bytes = PrintedFigureReader.bytesWithoutBlanks(of: " 减少\t1,2\n3\u{3000}4\u{A0}%")
        #expect(String(decoding: bytes, as: UTF8.self) == "减少1,234%")
        #expect(PrintedFigureReader.bytesWithoutBlanks(of: "").isEmpty)
    }

    @Test func textsWithoutBlanksKeepEveryByte() {
        // ASCII and ideographs only, taken as they are; a full-width sign or a control byte is looked at closely.
        for text in ["1717.31", "减少829.72", "增长58.92%", "300余", "零万元", "-2.56%", "1,234.56元"] {
            #expect(PrintedFigureReader.bytesWithoutBlanks(of: text) == Array(text.utf8))
        }
        #expect(String(decoding: PrintedFigureReader.bytesWithoutBlanks(of: "８８.６１％"), as: UTF8.self) == "８８.６１％")
        #expect(String(decoding: PrintedFigureReader.bytesWithoutBlanks(of: "1\u{0B}2"), as: UTF8.self) == "12")
        #expect(String(decoding: PrintedFigureReader.bytesWithoutBlanks(of: "1\u{01}2"), as: UTF8.self) == "1\u{01}2")
    }

    @Test func directionWordsArePrintedAsWritten() {
        #expect(PrintedFigureReader.leadingDirectionWords(of: "减少 207.43") == "减少")
        // Longer words first: 无增减 is not 增.
        #expect(PrintedFigureReader.leadingDirectionWords(of: "无增减") == "无增减")
        #expect(PrintedFigureReader.leadingDirectionWords(of: "增加减少5") == "增加减少")
        // Words in brackets are not looked into here; a figure without a word has none.
        #expect(PrintedFigureReader.leadingDirectionWords(of: "增加(减少)0.03") == "增加")
        #expect(PrintedFigureReader.leadingDirectionWords(of: "(减少)0.03") == nil)
        #expect(PrintedFigureReader.leadingDirectionWords(of: "-2.56%") == nil)
    }

    @Test func bracketedWordsFullWidthFormsAndCountWords() throws {
        let sink = DiagnosticSink()
        let reader = PrintedFigureReader(sink: sink, unit: "万元")
        func read(_ text: String, _ kind: PrintedFigure.Kind, signed: Bool = true) -> PrintedFigure? {
            reader.read(Node(content: .scalar(Scalar(text: text, style: .plain)),
                             location: SourceLocation(file: "t.yaml", line: 1, column: 1)),
                        kind: kind, signed: signed, path: "x")
        }
        // Both words printed, in full-width brackets and after an ideographic space: only the size is known.
        let either = try #require(read("增加（减少）\u{3000}0.03", .amount))
        #expect(either.direction == .either && either.value == Rational(decimalText: "0.03"))
        // 300余: at least 300 and below 400; 13人 is 13 with its count word dropped.
        let many = try #require(read("300余", .count, signed: false))
        #expect(many.approximate && many.range.lower == Rational(300) && many.range.upper == Rational(400))
        #expect(read("13人", .count, signed: false)?.value == Rational(13))
        // 38400元 in a statement written in 万元: 3.84 万元, read to the cent of 元 (±0.005 元 = ±0.0000005 万元).
        let amount = try #require(read("38400元", .amount, signed: false))
        #expect(amount.value == Rational(decimalText: "3.84") && amount.halfUnit == Rational(decimalText: "0.0000005"))
        // 零 is the digit 0 wherever it stands; the full-width ％ makes a rate.
        #expect(read("1零5", .amount, signed: false)?.value == Rational(105))
        #expect(read("下降12.5％", .rate)?.value == Rational(decimalText: "-0.125"))
        #expect(sink.isEmpty)
    }

    @Test func subjectsAreOneQuantityWhateverQuotesAndBracketsTheyUse() {
        func statement(_ subject: String, scope: String? = nil, year: Int? = 2023) -> Statement {
            Statement(id: nil, subject: subject, scope: scope, measure: "决算", year: year, section: nil, line: nil,
                      unit: "万元", amount: nil, budget: nil, budgetKind: nil, completionRate: nil, vsBudget: nil,
                      vsBudgetRate: nil, prior: nil, priorMeasure: "决算", change: nil, growth: nil, share: nil,
                      shareOf: nil, items: [], partialItems: false, parent: nil, counts: [], sameAs: [], reason: nil,
                      location: SourceLocation(file: "t.yaml", line: 1, column: 1), path: "statements[0]", key: "")
        }
        let identity = SameQuantityRelation.identity(of:)
        #expect(identity(statement("“三公”经费")) == identity(statement("\"三公\"经费")))
        #expect(identity(statement("因公出国（境）费")) == identity(statement("因公出国(境)费")))
        #expect(identity(statement("因公出国（境）费")) != identity(statement("因公出国境费")))
        // Each part ends where it ends: subject 甲乙 without scope is not subject 甲 with scope 乙.
        #expect(identity(statement("甲乙")) != identity(statement("甲", scope: "乙")))
        #expect(identity(statement("甲", year: 2023)) != identity(statement("甲", year: nil)))
        let expected: [UInt8] = Array("三公经费".utf8) + [0xFF, 0xFF] + Array("决算".utf8) + [0xFF]
            + Array("2023".utf8) + [0xFF] + Array("决算".utf8) + [0xFF]
        #expect(identity(statement("“三 公”经费")) == expected)
        // Single quotes, the ideographic space and ASCII quotes go too; two- and four-byte characters stay whole.
        #expect(identity(statement("‘公务\u{3000}接待’费'")) == identity(statement("公务接待费")))
        let kept: [UInt8] = [0xC3, 0xA9, 0xF0, 0xA0, 0x80, 0x80, 0x28, 0x61, 0x29] // é, U+20000, "(a)"
        #expect(identity(statement("é 𠀀（a）")).prefix(kept.count).elementsEqual(kept))
        #expect(identity(statement("é𠀀")) != identity(statement("e𠀀")))
    }
}

/// A printed figure shares its fields between copies until one is changed.
@Suite("印出的数字的副本")
struct PrintedFigureCopyTests {
    @Test func aConvertedCopyLeavesTheFigureItWasMadeFrom() throws {
        let reader = PrintedFigureReader(sink: DiagnosticSink(), unit: "万元")
        let node = Node(content: .scalar(Scalar(text: "1,234.5", style: .plain)),
                        location: SourceLocation(file: "t.yaml", line: 1, column: 1))
        let figure = try #require(reader.read(node, kind: .amount, signed: false, path: "statements[0].amount"))
        // 1,234.5 万元 is 12,345,000 元, printed to the tenth of a 万元: ± 0.05 万元 = ± 500 元.
        let inYuan = ShareRelation.converted(figure, from: "万元", to: "元")
        #expect(inYuan.value == Rational(12_345_000))
        #expect(inYuan.halfUnit == Rational(500))
        #expect(inYuan.range.lower == Rational(12_344_500) && inYuan.range.upper == Rational(12_345_500))
        #expect(figure.value == Rational(decimalText: "1234.5"))
        #expect(figure.halfUnit == Rational(decimalText: "0.05"))
        #expect(inYuan.printed == "1,234.5" && inYuan.path == figure.path)
    }
}
