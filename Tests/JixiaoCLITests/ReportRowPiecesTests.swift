import Foundation
import JixiaoCompare
import JixiaoEngine
import JixiaoExpression
@testable import JixiaoRender
import Testing

/// A batch renders each row's parts of report.html on the thread that scored it (HTMLReportRowPieces) and fills
/// in the rank and the grade colour when the report is written.
@Suite("对比报告：逐行预先生成的片段")
struct ReportRowPiecesTests {
    /// Two top-level groups, one indicator each; the department's name needs escaping.
    let row = ComparisonRow(
        department: "甲<乙>局", year: 2023, path: "a.yaml", rubricId: "r", rubricTitle: "规则", rubricVersion: "1",
        totalPoints: Rational(20), score: Rational(15), maxApplicable: Rational(20), grade: "良",
        groups: [.init(id: "G1", name: "一", level: 0, points: Rational(10), score: Rational(8), maxApplicable: Rational(10)),
                 .init(id: "G2", name: "二", level: 0, points: Rational(10), score: Rational(7), maxApplicable: Rational(10))],
        indicators: [.init(id: "I1", name: "指标一", groupId: "G1", points: Rational(10), score: Rational(8), state: .scored,
                           role: .regular, pointsLost: Rational(2)),
                     .init(id: "I2", name: "指标二", groupId: "G2", points: Rational(10), score: Rational(7), state: .scored,
                           role: .regular, pointsLost: Rational(3))])

    @Test func profileHasHolesForTheRankAndEachBarsColour() {
        let pieces = HTMLReportRowPieces(row: row)
        // The rank, then one colour per top-level group: 1 + 2 holes, 4 pieces.
        #expect(pieces.profile.count == 4)
        let profile = pieces.profile(rank: 7, colour: "#123456")
        #expect(profile.contains("<h3>第 7 名 · 甲&lt;乙&gt;局（2023年）</h3>\n"))
        #expect(profile.components(separatedBy: ##"fill="#123456""##).count - 1 == 2)
        #expect(profile.hasSuffix("</article>\n"))
    }

    @Test func aNulInTheRowsTextIsNoHole() {
        var row = row
        row.department = "甲\u{0}局"
        let pieces = HTMLReportRowPieces(row: row)
        // Still the rank and the two bars' colours only; the NUL stays in the heading.
        #expect(pieces.profile.count == 4)
        #expect(pieces.profile(rank: 3, colour: "#654321").contains("<h3>第 3 名 · 甲\u{0}局（2023年）</h3>\n"))
    }

    @Test func cellsFollowTheRowsOwnColumns() {
        let pieces = HTMLReportRowPieces(row: row)
        // Matrix cells "8（失 2）" and "7（失 3）"; no metrics.
        #expect(pieces.cells == [#"<td class="num">8（失 2）</td>"#, #"<td class="num">7（失 3）</td>"#])
        #expect(pieces.heatRow.hasPrefix("<tr><th>甲&lt;乙&gt;局（2023年）</th>"))
        #expect(pieces.heatRow.hasSuffix("</tr>"))
        #expect(HTMLReportRowLayout(row: row).indicators.map(\.id) == ["I1", "I2"])
    }

    @Test func piecesAreThoseTheReportWrites() {
        let pieces = HTMLReportRowPieces(row: row)
        let html = HTMLReportRenderer(engineVersion: "test").render([Comparison(rubricId: "r", rows: [row])])
        #expect(html.contains(pieces.heatRow + "\n"))
        for piece in pieces.profile { #expect(html.contains(piece)) }
    }

    /// Rows whose pieces are rendered ahead, as a batch serves them.
    struct PieceRows: HTMLReportRows {
        func details(of entry: RankedRow) -> ComparisonRow { entry.row }
        func makeColumns(count: Int) -> any HTMLReportColumns { InMemoryReportRows().makeColumns(count: count) }
        func pieces(of entry: RankedRow, layout: HTMLReportRowLayout) -> HTMLReportRowPieces? {
            HTMLReportRowLayout(row: entry.row) == layout ? HTMLReportRowPieces(row: entry.row) : nil
        }
    }

    @Test func sectionFromPiecesAsBytesIsTheSectionFromRows() throws {
        var second = row
        second.department = "丙局"
        second.score = Rational(12)
        let comparison = Comparison(rubricId: "r", rows: [row, second])
        let renderer = HTMLReportRenderer(engineVersion: "test")
        var expected = ""
        try renderer.writeSection(comparison, number: 1, rows: InMemoryReportRows(), to: { expected += $0 })
        // Pieces copied as UTF-8 into the same bytes as the text around them, and pieces made into text.
        var bytes: [UInt8] = []
        try renderer.writeSection(comparison, number: 1, rows: PieceRows(), to: { bytes += $0.utf8 }, utf8: { bytes += $0 })
        var text = ""
        try renderer.writeSection(comparison, number: 1, rows: PieceRows(), to: { text += $0 })
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
        #expect(text == expected)
        #expect(expected.contains("丙局"))
    }

    @Test func firstByIdPairsInOrderAndLooksUpOtherwise() {
        // The items' own ids in order: paired one to one (the fast path).
        let items = [(id: "I1", value: 1), (id: "I2", value: 2)]
        let paired = ItemsById.first(["I1", "I2"], in: items, id: \.id)
        #expect(paired.map { $0?.value } == [1, 2])
        // Other ids, or an id repeated: each id's first item looked up, nil for an id no item has.
        #expect(ItemsById.first(["I2", "I1"], in: items, id: \.id).map { $0?.value } == [2, 1])
        #expect(ItemsById.first(["I2", "X"], in: items, id: \.id).map { $0?.value } == [2, nil])
        let repeated = items + [(id: "I1", value: 3)]
        #expect(ItemsById.first(["I1", "I2"], in: repeated, id: \.id).map { $0?.value } == [1, 2])
    }

    @Test func firstByIdGivesEachItemsPosition() {
        let items = [(id: "I1", value: 1), (id: "I2", value: 2), (id: "I1", value: 3)]
        // Paired one to one: the position is the column's own.
        let inOrder = ItemsById.first(["I1", "I2"], in: Array(items.prefix(2)), id: \.id)
        #expect(inOrder.indices.map { inOrder.position(at: $0) } == [0, 1])
        // Looked up: "I2" sits at 1, "I1" first at 0, "X" nowhere.
        let lookedUp = ItemsById.first(["I2", "I1", "X"], in: items, id: \.id)
        #expect(lookedUp.indices.map { lookedUp.position(at: $0) } == [1, 0, nil])
    }

    @Test func metricCellsSkipPerRecordMetricsAndRepeats() {
        var row = row
        let metric = { (id: String, shown: String) in
            ComparisonRow.MetricValue(id: id, name: id, quantity: .unavailable, unit: "", shown: shown)
        }
        // A per-record metric has no column; a repeated id shows its first value.
        row.metrics = [metric("m1", "88.61%"), metric("m2[7]", "1"), metric("m2", "3 < 4"), metric("m1", "0%")]
        let pieces = HTMLReportRowPieces(row: row)
        #expect(HTMLReportRowLayout(row: row).metricIds == ["m1", "m2"])
        #expect(Array(pieces.cells.suffix(2)) == [#"<td class="num">88.61%</td>"#, #"<td class="num">3 &lt; 4</td>"#])
    }

    @Test func heatColourWrittenAsBytes() {
        // Hue = share × 120, clamped to 0 … 120, rounded half up: 1/2 → 60, 1/240 → 0.5 → 1, 2 → 120, -1 → 0.
        var bytes = Array("x".utf8)
        HTMLReportEscaping.append(heatColour: Rational(numerator: 1, denominator: 2), to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "xhsl(60, 62%, 78%)")
        #expect(HTMLReportEscaping.heatColour(Rational(numerator: 1, denominator: 240)) == "hsl(1, 62%, 78%)")
        #expect(HTMLReportEscaping.heatColour(Rational(2)) == "hsl(120, 62%, 78%)")
        #expect(HTMLReportEscaping.heatColour(Rational(-1)) == "hsl(0, 62%, 78%)")
    }

    @Test func bytesReadBackUnchanged() {
        let pieces = HTMLReportRowPieces(row: row)
        #expect(HTMLReportRowPieces(bytes: pieces.bytes) == pieces)
        #expect(HTMLReportRowPieces(bytes: Array(pieces.bytes.dropLast())) == nil)
        #expect(HTMLReportRowPieces(bytes: pieces.bytes + [0]) == nil)
    }
}
