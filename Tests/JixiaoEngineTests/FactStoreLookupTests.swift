import Testing
import JixiaoExpression
@testable import JixiaoEngine

/// A path's value and range read together (``FactStore/valueAndRange(of:)``, what expressions read) must be what
/// ``FactStore/value(of:)`` and ``FactStore/range(of:)`` read one by one, for every kind of path.
@Suite("Fact store lookups")
struct FactStoreLookupTests {
    static let rubric = """
        id: t
        title: 测试
        total: 5
        facts:
          a.total: amount
          items: {kind: list, label: 项目, fields: {code: text, amount: amount}}
          campaigns: {kind: list, of: text, label: 行动}
          absent.figure: amount
        groups:
          - {id: g, name: 分组, indicators: [{id: I1, name: 甲, points: 5, method: manual}]}
        """

    static let submission = """
        department: 测试局
        year: 2023
        facts:
          a:
            total: 12.5
          items:
            - {code: "201", amount: 10}
            - {code: "202"}
          campaigns: [甲, 乙]
        """

    private func store() throws -> FactStore {
        try FactStore(rubric: try loadRubric(Self.rubric), submission: try loadSubmission(Self.submission))
    }

    @Test("a figure, a list, a field across records, a list of texts and absent paths agree with the separate reads",
          arguments: ["a.total", "items", "items.amount", "items.code", "campaigns", "absent.figure", "absent", "nodot",
                      "items.amount.more", "a"])
    func togetherAsSeparately(path: String) throws {
        let facts = try store()
        let together = facts.valueAndRange(of: path)
        #expect(together?.value == facts.value(of: path))
        #expect(together?.range == facts.range(of: path))
    }

    @Test("what the reads give, worked out by hand")
    func byHand() throws {
        let facts = try store()
        // 12.5 printed to one decimal stands for anything from 12.45 to 12.55.
        #expect(facts.valueAndRange(of: "a.total")?.value == .number(r("12.5")))
        #expect(facts.valueAndRange(of: "a.total")?.range == .number(RationalRange(lower: r("12.45"), upper: r("12.55"))))
        // A field across the records: the second record lacks it.
        #expect(facts.valueAndRange(of: "items.amount")?.value == .list([.number(r("10")), .missing(["items.amount"])]))
        // A list itself reads as one `true` per record.
        #expect(facts.valueAndRange(of: "items")?.value == .list([.bool(true), .bool(true)]))
        #expect(facts.valueAndRange(of: "campaigns")?.value == .list([.text("甲"), .text("乙")]))
        #expect(facts.valueAndRange(of: "absent.figure") == nil)
        #expect(facts.valueAndRange(of: "nodot") == nil)
    }
}
