import Testing
import JixiaoExpression
@testable import JixiaoEngine

/// A figure written as printed — with its direction word — is read by a check with the word's sign, so a
/// submission can write it once in `statements:` and let `facts:`/`stated:` refer to it through a YAML alias.
@Suite("核对读取带方向词的数字")
struct DirectionWordFactTests {
    static let facts = """
        total: {kind: amount, label: 收支总计}
        change: {kind: amount, label: 增减额}
        growth: {kind: percent, label: 增减率}
        copy: {kind: amount, label: 增减额（别名）}
        """

    @Test func theWordGivesTheSign() throws {
        // −207.43 ÷ (1717.31 + 207.43) = −207.43 ÷ 1924.74 = −10.7770% → −10.78%, printed “减少10.78 %”.
        let result = try CheckFixture.result(
            facts: Self.facts,
            check: "- {id: g, name: 增减率, stated: growth, computed: change / (total - change)}",
            submission: "total: 1717.31\nchange: 减少207.43\ngrowth: \"减少10.78 %\"")
        #expect(result.verdict == .ok)
        #expect(result.stated == .number(Rational(decimalText: "-0.1078")!))
    }

    @Test func anAliasOfAPrintedFigureIsTheSameFigure() throws {
        // The copy is the anchor's node: 1717.31 − 207.43 = 1509.88 either way.
        let result = try CheckFixture.result(
            facts: Self.facts,
            check: "- {id: c, name: 别名, stated: copy, computed: change}",
            submission: "total: 1717.31\nchange: &c 减少207.43\ncopy: *c")
        #expect(result.verdict == .ok)
        #expect(result.stated == .number(Rational(decimalText: "-207.43")!))
    }

    @Test func increaseAndLevelWords() throws {
        // 增加2.61 → +2.61; 持平 → 0: 2.61 + 0 = 2.61.
        let result = try CheckFixture.result(
            facts: Self.facts,
            check: "- {id: s, name: 和, stated: change, computed: total + copy}",
            submission: "change: 增加2.61\ntotal: 上涨2.61\ncopy: 持平")
        #expect(result.verdict == .ok)
    }
}
