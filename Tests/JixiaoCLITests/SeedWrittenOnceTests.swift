import Foundation
import JixiaoEngine
import JixiaoExpression
import JixiaoYAML
import Testing

/// Each printed figure is written once in the seed submission. Before, `facts:` held an encoder's copy of many
/// figures the text prints (603.97, 4.75, 6.11, 1318.12, 113.82, 9.33, 2.68, 124.39 …) with nothing binding the
/// copy to the printed figure, so a typo in the copy changed no verdict. Now the copy is a YAML alias of the
/// statement's figure: there is no second text to mistype, and a typo in the one text is seen by the relations.
@Suite("种子文档：每个印出的数字只写一次")
struct SeedWrittenOnceTests {
    static let text = (try? String(contentsOfFile: RepositoryFiles.seedSubmission, encoding: .utf8)) ?? ""

    /// The seed with `old` replaced by `new` at its first occurrence after `&anchor`, scored on the 100-point rubric.
    func score(replacing old: String, by new: String, after anchor: String) throws -> [CheckResult] {
        let anchorRange = try #require(Self.text.range(of: "&\(anchor) "), "种子文件中没有锚点 &\(anchor)")
        let figure = try #require(Self.text.range(of: old, range: anchorRange.upperBound..<Self.text.endIndex))
        var mutated = Self.text
        mutated.replaceSubrange(figure, with: new)
        let catalog = RubricCatalog(searchDirectories: [RepositoryFiles.rubricsDirectory])
        let submission = try SubmissionLoader().load(bytes: Array(mutated.utf8), file: "seed.yaml")
        return try Scorer(rubric: try catalog.rubric("dept-overall-100")).score(submission).checks
    }

    func node(_ path: [String], in root: Node) -> Node? {
        path.reduce(Optional(root)) { node, key in
            guard let node else { return nil }
            if let index = Int(key), let items = node.sequence { return items.indices.contains(index) ? items[index] : nil }
            return node[key]
        }
    }

    @Test func theFormerCopiesAreAliasesOfThePrintedFigures() throws {
        let root = try YAMLLoader().load(bytes: Array(Self.text.utf8), file: "seed.yaml")
        let statements = try #require(root["statements"]?.sequence)
        func statement(_ id: String) throws -> Node {
            try #require(statements.first { $0["id"]?.scalar?.text == id }, "没有 id 为 \(id) 的陈述")
        }
        func item(_ parent: String, _ id: String) throws -> Node {
            try #require(try statement(parent)["items"]?.sequence?.first { $0["id"]?.scalar?.text == id })
        }
        // (former copy under facts, the printed figure it now is, its printed text)
        let pairs: [([String], Node?, String)] = [
            (["facts", "project_funds", "received_total"], try statement("annex-special-funds")["amount"], "603.97"),
            (["facts", "general_spending", "meetings", "fee"], try statement("s11-meetings")["amount"], "4.75"),
            (["facts", "general_spending", "training", "fee"], try statement("s11-training")["amount"], "6.11"),
            (["facts", "prior", "personnel"], try item("annex-basic", "annex-personnel")["prior"], "1318.12"),
            (["facts", "prior", "public_funds"], try item("annex-basic", "annex-public")["prior"], "113.82"),
            (["facts", "public_funds", "prior"], try item("annex-basic", "annex-public")["prior"], "113.82"),
            (["facts", "prior", "items", "printing"], try statement("annex-printing")["prior"], "9.33"),
            (["facts", "prior", "items", "meetings"], try statement("annex-meetings")["prior"], "2.68"),
            (["facts", "prior", "items", "other_goods_services"], try statement("annex-other-goods-services")["prior"], "124.39"),
            (["facts", "budget", "initial_total"], try statement("s05-3")["budget"], "1938.03"),
            (["facts", "spending", "total"], try statement("annex-s1-2")["amount"], "1958.89"),
            (["facts", "procurement", "sme"], try statement("s12-sme")["amount"], "26.28"),
        ]
        for (path, printed, text) in pairs {
            let copy = try #require(node(path, in: root), "没有 \(path.joined(separator: "."))")
            let figure = try #require(printed)
            // An alias keeps its anchor's place: the two are one node, written once.
            #expect(copy.location == figure.location, "\(path.joined(separator: ".")) 不是文字陈述中该数的别名")
            #expect(copy.scalar?.text == text && figure.scalar?.text == text)
        }
    }

    @Test func aTypoInTheSpecialFundsTotalIsAMismatch() throws {
        // 603.97 mistyped 603.07: the ten funds still add up to 603.97 (83.28 + 130.5 + 27.08 + 175.11 + 112 + 15
        // + 30 + 3 + 3 + 25), 0.90 away; the total the 100-point rubric scores with is the same mistyped node.
        let checks = try score(replacing: "603.97", by: "603.07", after: "annex_special_funds")
        #expect(checks.verdict("statement.items-sum[annex-special-funds]") == .mismatch)
    }

    @Test func aTypoInLastYearsPersonnelFundsIsAMismatch() throws {
        // 上年人员经费 1318.12 mistyped 1328.12: 1311.48 − 1328.12 = −16.64, not the printed 减少6.64; and the parts'
        // priors 1328.12 + 113.82 = 1441.94 move further from 1432.02 (the seed's own error changes its difference).
        let checks = try score(replacing: "1318.12", by: "1328.12", after: "annex_personnel_prior")
        #expect(checks.verdict("statement.change[annex-personnel]") == .mismatch)
        #expect(checks.verdict("statement.growth[annex-personnel]") == .mismatch)
        let prior = try #require(checks.first { $0.id == "statement.items-sum.prior[annex-basic]" })
        // 1432.02 − 1441.94 = −9.92 (was 1432.02 − 1431.94 = +0.08).
        #expect(prior.verdict == .mismatch && prior.difference == Rational(decimalText: "-9.92"))
    }

    @Test func aTypoInTheMeetingFeeIsAMismatch() throws {
        // 说明十一 会议费 4.75 mistyped 4.85: 自评 二（二）2 prints 4.75 for the same fee.
        let checks = try score(replacing: "4.75", by: "4.85", after: "s11_meetings")
        #expect(checks.verdict("statement.same-quantity.amount[annex-meetings]") == .mismatch)
    }
}
