import Foundation
import JixiaoEngine
import JixiaoExpression
import JixiaoExtract
import Testing

/// The self-assessment forms of ../shared/corpus/dev (pages 21–25 and 30) read by the extractor, against their hand
/// encodings in Tests/Corpus/forms (EXPECTED.md). Page 22 prints its table one cell per line: every row is read and
/// must equal the hand encoding's. Pages 21, 23, 24, 25 and 30 run the cells of their tables together without
/// separators (or, on 23, in another order): no row can be read without guessing, so each must be reported, its
/// numbers listed as not understood and none of them read as a sentence.
@Suite("真实页面：自评表读取", .enabled(if: SharedCorpus.available, SharedCorpus.skipReason))
struct FormCorpusExtractionTests {
    private func handEncoded(_ file: String) throws -> Submission {
        let path = SharedCorpus.repositoryRoot.appendingPathComponent("Tests/Corpus/forms/\(file)").path
        return try SubmissionLoader().load(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), file: file)
    }

    private func extracted(_ prefix: String) throws -> (extraction: Extraction, yaml: String, submission: Submission) {
        let path = try SharedCorpus.page(prefix)
        let extraction = Extraction(try DocumentLoader.load(path: path))
        let yaml = SubmissionWriter(extraction).write().yaml
        return (extraction, yaml, try SubmissionLoader().load(bytes: Array(yaml.utf8), file: path))
    }

    @Test func langfang2019EveryRowAsEncodedByHand() throws {
        let (extraction, yaml, submission) = try extracted("22_")
        let hand = try handEncoded("22_langfang_shipin_xuexiao_2019.yaml")
        let form = try #require(submission.forms.first)
        let expected = try #require(hand.forms.first)
        #expect(submission.forms.count == 1)
        #expect(form.name == expected.name)
        #expect(form.kind == expected.kind)
        #expect(form.funding?.printed == expected.funding?.printed)
        // every cell as encoded by hand; the hand encoding shortens R1's 偏差原因 to “尾款未付”, the extraction keeps
        // the page's whole text (“已完工,剩余3%尾款未付,且最高限价低于预算金额。提高预算准确度。”)
        #expect(form.rows.map { Array($0.printed.dropLast()) } == expected.rows.map { Array($0.printed.dropLast()) })
        #expect(zip(form.rows, expected.rows).allSatisfy { extracted, hand in
            (extracted.deviation == nil) == (hand.deviation == nil) && (hand.deviation.map { extracted.deviation?.contains($0) ?? false } ?? true)
        })
        #expect(form.rows.first?.deviation == "已完工,剩余3%尾款未付,且最高限价低于预算金额。提高预算准确度。")
        // cut off inside the 满意度 block: neither the hand encoding nor the extraction has a 总分
        #expect(form.total == nil && expected.total == nil)
        #expect(submission.department == hand.department)
        #expect(submission.year == hand.year)
        // every row points at the page line that prints its name (“指标1工程资金金额” is on line 127)
        #expect(form.rows.first?.line == 127)
        for row in form.rows {
            let line = try #require(row.line)
            #expect(extraction.document.lines[line - 1].contains(row.name))
        }
        // Scored as the hand encoding is (EXPECTED.md): 8.62 + 8.62 + 8 × 10 = 97.24 against the claimed 98;
        // the only mismatch of the rows is R1 (9 claimed, 10 × 37.24 ÷ 43.2 = 8.62).
        let scorer = SubmissionScorer(catalog: RubricCatalog(searchDirectories: [SharedCorpus.repositoryRoot.appendingPathComponent("rubrics").path]))
        let result = try #require(try scorer.score(bytes: Array(yaml.utf8), file: "22.yaml").results.first)
        #expect(result.score == Rational(decimalText: "97.24"))
        #expect(result.claimedTotal == Rational(decimalText: "98"))
        let rowMismatches = result.checks.filter { $0.verdict == .mismatch && $0.id.hasPrefix("form.row") }.map(\.id)
        #expect(rowMismatches == ["form.row-score[R1]"])
        // the 其中 row (43.2, 43.2, 37.24) and the 年度总体目标 (43.2, 37.24) are the form's, reported with why
        let unread = extraction.notUnderstood.filter { (60...100).contains($0.line) }.map(\.printed)
        #expect(unread == ["43.2", "43.2", "37.24", "43.2", "37.24"])
    }

    /// Pages whose forms run their cells together: reported, not read, not guessed.
    @Test(arguments: ["21_", "23_", "24_", "25_", "30_"])
    func runTogetherFormsAreReportedNotRead(_ prefix: String) throws {
        let (extraction, _, submission) = try extracted(prefix)
        #expect(submission.forms.isEmpty)
        let notes = extraction.formNotes.filter { $0.text.contains("单元格没有按行列分开") }
        #expect(notes.count == 1)
        let lines = try #require(notes.first?.line)
        // every number of the form's lines is listed as not understood with the reason, none bound to a statement
        let onForm = extraction.records.filter { $0.line >= lines }
        #expect(!onForm.isEmpty)
        #expect(onForm.allSatisfy { !$0.isBound })
        #expect(!extraction.statements.contains { $0.line >= lines })
    }

    @Test func reportsAreNotTakenForForms() throws {
        // 26–29 are 自评报告 (sentences about a project): no form, no note, their statements read as before.
        for prefix in ["26_", "27_", "28_", "29_"] {
            let (extraction, _, _) = try extracted(prefix)
            #expect(extraction.forms.isEmpty, "\(prefix)")
            #expect(extraction.formNotes.isEmpty, "\(prefix)")
        }
    }
}
