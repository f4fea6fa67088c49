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

    @Test("a record's fields read by position are the fields by name, worked out by hand")
    func recordsByPositionAndByName() throws {
        let facts = try store()
        let records = try #require(facts.recordList(at: "items"))
        #expect(records.count == 2)
        let code = records.position(of: "code")
        let amount = records.position(of: "amount")
        #expect(records.position(of: "nofield") == nil)
        // The second record prints no amount: absent by position, and no key in its table by name.
        #expect(records.value(at: code, record: 0) == .text("201"))
        #expect(records.value(at: amount, record: 0) == .number(r("10")))
        #expect(records.value(at: code, record: 1) == .text("202"))
        #expect(records.value(at: amount, record: 1) == nil)
        #expect(records.value(at: nil, record: 0) == nil)
        // 10 printed without decimals stands for 9.5 to 10.5; a text has no range of its own.
        #expect(records.range(at: amount, record: 0) == .number(RationalRange(lower: r("9.5"), upper: r("10.5"))))
        #expect(records.range(at: code, record: 0) == .other(.text("201")))
        #expect(records.printedHalfUnit(ofField: "amount", record: 0) == r("0.5"))
        #expect(records.printedHalfUnit(ofField: "code", record: 0) == nil)
        #expect(records.printedHalfUnit(ofField: "amount", record: 2) == nil)
        // The tables by name hold the same fields, whether made as the list is read or when asked for.
        let byName: [[String: Value]] = [["code": .text("201"), "amount": .number(r("10"))], ["code": .text("202")]]
        #expect(facts.records(of: "items") == byName)
        var kept = records
        kept.keepTablesByName()
        #expect(kept.valuesByName() == byName)
        #expect(kept.rangesByName() == records.rangesByName())
        #expect(records.rangesByName()[0]["amount"] == .number(RationalRange(lower: r("9.5"), upper: r("10.5"))))
        #expect(facts.records(of: "absent") == [])
    }

    @Test("a figure printed in the rubric's unit (nothing to convert) and one converted read the same value, by hand")
    func sameUnitAndConverted() throws {
        let rubric = """
            id: t
            title: 测试
            total: 5
            unit: 万元
            facts:
              same: amount
              converted: amount
              bare: amount
            groups:
              - {id: g, name: 分组, indicators: [{id: I1, name: 甲, points: 5, method: manual}]}
            """
        let submission = """
            department: 测试局
            year: 2023
            unit: 元
            facts:
              same: "3.84万元"
              converted: "38400元"
              bare: "38400"
            """
        let facts = try FactStore(rubric: try loadRubric(rubric), submission: try loadSubmission(submission))
        // 3.84万元 is printed to 0.01万元: ±0.005万元.
        #expect(facts.valueAndRange(of: "same")?.value == .number(r("3.84")))
        #expect(facts.valueAndRange(of: "same")?.range == .number(RationalRange(lower: r("3.835"), upper: r("3.845"))))
        #expect(facts.placeAndPrintedHalfUnit(of: "same")?.printedHalfUnit == r("0.005"))
        // 38400元 (with or without its unit) is 3.84万元 printed to 1元 = 0.0001万元: half of it, and the range is
        // still the ±0.005万元 that converting 元 to 万元 at two decimals leaves.
        for path in ["converted", "bare"] {
            #expect(facts.valueAndRange(of: path)?.value == .number(r("3.84")))
            #expect(facts.valueAndRange(of: path)?.range == .number(RationalRange(lower: r("3.835"), upper: r("3.845"))))
            #expect(facts.placeAndPrintedHalfUnit(of: path)?.printedHalfUnit == r("0.00005"))
        }
    }

    @Test("a record's fields are found whatever order its keys are written in, by hand")
    func recordKeysInAnyOrder() throws {
        let rubric = """
            id: t
            title: 测试
            total: 5
            facts:
              rows: {kind: list, label: 行, fields: {code: text, total: amount, rate: percent}}
            groups:
              - {id: g, name: 分组, indicators: [{id: I1, name: 甲, points: 5, method: manual}]}
            """
        // In declared order; reversed; with a key not declared in between and the rate missing; and a null total.
        let submission = """
            department: 测试局
            year: 2023
            facts:
              rows:
                - {code: "1", total: 1.5, rate: 20%}
                - {rate: "7.5", total: 2, code: "2"}
                - {total: 3.25, note: 备注, code: "3"}
                - {code: "4", total: ~, rate: 10%}
            """
        let facts = try FactStore(rubric: try loadRubric(rubric), submission: try loadSubmission(submission))
        let rows = try #require(facts.recordList(at: "rows"))
        #expect(rows.count == 4)
        let (code, total, rate) = (rows.position(of: "code"), rows.position(of: "total"), rows.position(of: "rate"))
        #expect((0..<4).map { rows.value(at: code, record: $0) } == [.text("1"), .text("2"), .text("3"), .text("4")])
        #expect((0..<4).map { rows.value(at: total, record: $0) }
                == [.number(r("1.5")), .number(r("2")), .number(r("3.25")), nil])
        // 20% is 0.2; a bare 7.5 is 7.5 percentage points, 0.075.
        #expect((0..<4).map { rows.value(at: rate, record: $0) } == [.number(r("0.2")), .number(r("0.075")), nil, .number(r("0.1"))])
        // 7.5 printed to one decimal of a percentage point: ±0.05 points, 0.0005.
        #expect(rows.printedHalfUnit(ofField: "rate", record: 1) == r("0.0005"))
        #expect(rows.printedHalfUnit(ofField: "total", record: 2) == r("0.005"))
    }
}
