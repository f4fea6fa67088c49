import JixiaoCompare
import Testing

@Suite("排名与并列规则")
struct RankingTests {
    @Test("得分相同名次相同，下一名次跳过：1、2、2、4")
    func competitionRanking() {
        let ranked = Ranking.rank([
            row("丁", score: "70"),
            row("乙", score: "85"),
            row("甲", score: "90"),
            row("丙", score: "85"),
        ])
        #expect(ranked.map(\.rank) == [1, 2, 2, 4])
        // 乙 and 丙 both 85 over 100: equal shares, so Unicode order decides: 丙 U+4E19 < 乙 U+4E59.
        #expect(ranked.map(\.row.department) == ["甲", "丙", "乙", "丁"])
    }

    @Test("得分相同时，得分率高者列前（名次仍相同）")
    func shareBreaksTies() {
        // 80/100 = 80% against 80/90 ≈ 88.9%: the second is listed first, both rank 1.
        let ranked = Ranking.rank([row("甲", score: "80", max: "100"), row("乙", score: "80", max: "90")])
        #expect(ranked.map(\.row.department) == ["乙", "甲"])
        #expect(ranked.map(\.rank) == [1, 1])
    }

    @Test("名次与输入顺序无关")
    func orderIndependent() {
        let rows = [row("B", score: "60"), row("A", score: "60"), row("C", score: "61")]
        let forward = Ranking.rank(rows).map(\.row.department)
        let backward = Ranking.rank(rows.reversed()).map(\.row.department)
        #expect(forward == ["C", "A", "B"])
        #expect(backward == forward)
    }
}
