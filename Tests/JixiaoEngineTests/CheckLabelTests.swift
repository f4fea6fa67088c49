import Testing
@testable import JixiaoEngine

@Suite("Reader labels of checks")
struct CheckLabelTests {
    @Test func findsTheFirstOccurrenceByBytes() {
        let text = "基本支出 上年 = 各分项之和 = 合计"
        let index = CheckResult.firstIndex(of: " = ", in: text)
        #expect(index.map { String(text[..<$0]) } == "基本支出 上年")
        #expect(CheckResult.firstIndex(of: "与前文", in: "公务接待费 人次与前文（说明七）所写一致")
            .map { String("公务接待费 人次与前文（说明七）所写一致"[..<$0]) } == "公务接待费 人次")
        #expect(CheckResult.firstIndex(of: " = ", in: "接待人数") == nil)
        // "==" without the spaces is not the separator.
        #expect(CheckResult.firstIndex(of: " = ", in: "a==b") == nil)
    }

    private func label(id: String, name: String) -> String {
        CheckResult(id: id, name: name, verdict: .ok, severity: .error, relation: .equal, stated: .missing([]),
                    computed: .missing([]), statedRange: nil, computedRange: nil, difference: nil, tolerance: nil,
                    unit: .points, whereInDocument: nil, location: nil, statedExpression: "", computedExpression: "",
                    inputs: [], explanation: "", checkSet: nil).readerLabel
    }

    // Expected labels worked out by hand from the rules in `readerLabel`'s comments.
    @Test func dropsTheFormulaTheDocumentCodeAndTheSpaces() {
        // The leading document code "自评" goes, so does everything from " = ".
        #expect(label(id: "self.visitors", name: "自评 接待人数 = 说明七（二） 接待来宾人次") == "接待人数")
        // No document code: the words are only joined.
        #expect(label(id: "vehicles.change", name: "公车运行维护费 较上年增减额 = 本年 − 上年") == "公车运行维护费较上年增减额")
        // A code ending in 表 goes; a single word stays even when it looks like a code.
        #expect(label(id: "t06.total", name: "06表 合计 = 各行之和") == "合计")
        #expect(label(id: "t06.total", name: "06表") == "06表")
        // "各项" is dropped wherever it stands.
        #expect(label(id: "c", name: "说明五 各项 支出 = x") == "支出")
    }

    @Test func perRecordChecksLeadWithTheRecordsItem() {
        let name = "说明五（三） 各项 完成预算的百分比 = 支出决算 ÷ 年初预算数"
            + "（一般公共预算服务支出（类）政府办公厅及相关机构事务（款）信访事务（项））"
        #expect(label(id: "budget.rate[2010308]", name: name) == "信访事务完成预算的百分比")
        // Without "[" in the id the brackets are part of the name (up to " = ", so here they go with the formula).
        #expect(label(id: "budget.rate", name: name) == "完成预算的百分比")
    }

    @Test func statementChecksNameTheFigureBeforeTheFormula() {
        #expect(label(id: "statement.reception", name: "公务接待费 人次与前文（说明七）所写一致") == "公务接待费人次")
        // A statement's brackets belong to its formula, never to a record.
        #expect(label(id: "statement.basic[1]", name: "基本支出 上年 = 各分项之和（人员经费、公用经费）") == "基本支出上年")
    }

    @Test func findsTheBracketThatOpensTheFinalOne() {
        func head(_ text: String) -> String? { CheckResult.trailingBracketStart(text).map { String(text[..<$0]) } }
        #expect(head("信访事务（项）") == "信访事务")
        // Nested: the outer pair's opening bracket, not the inner one's.
        #expect(head("完成率（一般公共预算（类）信访事务（项））") == "完成率")
        // Only a final bracket counts; one without its opening bracket has none.
        #expect(head("信访事务（项）合计") == nil)
        #expect(head("信访事务）") == nil)
    }
}

