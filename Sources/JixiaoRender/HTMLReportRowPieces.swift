import JixiaoCompare
import JixiaoEngine

/// The columns of a comparison that a row's pieces of report.html depend on: the indicator columns (id, name,
/// role) and the metric columns (id), in order. A row's own layout is the columns a comparison of that row
/// alone would have; rows of one rubric version share it.
public struct HTMLReportRowLayout: Hashable, Sendable {
    public struct Indicator: Hashable, Sendable {
        public var id: String
        public var name: String
        public var role: IndicatorRole
    }

    public var indicators: [Indicator]
    public var metricIds: [String]

    public init(comparison: Comparison) {
        indicators = comparison.indicators.map { Indicator(id: $0.id, name: $0.name, role: $0.role) }
        metricIds = comparison.metrics.map(\.id)
    }

    /// As ``Comparison`` gathers its columns (see `MatrixColumns`): each id where it first appears; per-record
    /// metrics (`id[key]`) have no column.
    public init(row: ComparisonRow) {
        var seen = Set<String>()
        indicators = row.indicators.filter { seen.insert($0.id).inserted }.map { Indicator(id: $0.id, name: $0.name, role: $0.role) }
        seen = []
        metricIds = row.metrics.filter { !$0.id.isPerRecord && seen.insert($0.id).inserted }.map(\.id)
    }
}

/// A ranked row's parts of report.html that depend only on the row and on the comparison's columns, rendered
/// ahead — a batch renders them on the thread that scored the row, so that writing the report at the end only
/// copies them: its line of the heat map, its cells of the indicator matrix and of the metric table, and its
/// profile with holes for the rank and the grade colour (which depend on the other rows). They serve a comparison
/// whose columns are the row's own layout (``HTMLReportRowLayout/init(row:)``).
public struct HTMLReportRowPieces: Sendable, Equatable {
    /// The heat map's table row, without its line break.
    public var heatRow: String
    /// One cell per indicator column, then one per metric column.
    public var cells: [String] {
        cellEnds.indices.map { String(decoding: cell($0), as: UTF8.self) }
    }
    /// The cells' UTF-8, one after another, and where each ends: a batch reads them back from its spool and
    /// copies them into the report's columns as bytes, without making a String of each.
    private var cellBytes: [UInt8] = []
    private var cellEnds: [Int] = []
    /// The profile's lines, each with its line break, cut at the rank (after the first piece) and at the grade
    /// colour (after each later piece but the last).
    public var profile: [String]

    /// The pieces of `row` (as the report shows it: ``ComparisonRow/compacted(keeping:)``).
    public init(row: ComparisonRow) {
        self.init(row: row, layout: HTMLReportRowLayout(row: row))
    }

    /// The pieces of `row` for its own `layout` (``HTMLReportRowLayout/init(row:)``), for a caller that keeps the
    /// layout too and so makes it once.
    public init(row: ComparisonRow, layout: HTMLReportRowLayout) {
        // Each indicator's cell made once, for the heat map (bonus indicators have no column there) and the matrix.
        let indicatorCells = HTMLReportRenderer.indicatorCells(row, ids: layout.indicators.map(\.id))
        let heat = zip(layout.indicators, indicatorCells).filter { $0.0.role != .bonus }
        heatRow = HTMLReportRenderer.heatRow(row, columns: heat.map { ($0.0.id, $0.0.name) }, cells: heat.map(\.1))
        for cell in HTMLReportRenderer.columnCells(row, indicatorCells: indicatorCells, metricIds: layout.metricIds) {
            cellBytes += cell.utf8
            cellEnds.append(cellBytes.count)
        }
        // A hole marker no escaped text and no markup of the profile can hold: every "<" of row text is escaped.
        let hole = "<\u{0}>"
        var text = HTMLReportRenderer.profile(rank: hole, row: row, colour: hole).joined(separator: "\n") + "\n"
        profile = text.withUTF8 { text in
            var pieces: [String] = []
            var start = 0, index = 0
            // The marker is three bytes, "<", NUL, ">": looked for at each "<" only.
            while index + 3 <= text.count {
                if text[index] == UInt8(ascii: "<"), text[index + 1] == 0, text[index + 2] == UInt8(ascii: ">") {
                    pieces.append(String(decoding: UnsafeBufferPointer(rebasing: text[start..<index]), as: UTF8.self))
                    index += 3
                    start = index
                } else {
                    index += 1
                }
            }
            pieces.append(String(decoding: UnsafeBufferPointer(rebasing: text[start...]), as: UTF8.self))
            return pieces
        }
    }

    /// The UTF-8 of cell `index`.
    private func cell(_ index: Int) -> ArraySlice<UInt8> {
        cellBytes[(index == 0 ? 0 : cellEnds[index - 1])..<cellEnds[index]]
    }

    /// Calls `body` with each cell's index and UTF-8, in order.
    public func forEachCell(_ body: (Int, ArraySlice<UInt8>) throws -> Void) rethrows {
        for index in cellEnds.indices { try body(index, cell(index)) }
    }

    /// The profile with its rank and grade colour.
    public func profile(rank: Int, colour: String) -> String {
        var text = profile[0]
        for (index, piece) in profile.dropFirst().enumerated() {
            text += index == 0 ? String(rank) : colour
            text += piece
        }
        return text
    }

    /// The pieces as bytes, for a spool: each text as its UTF-8 length (4 bytes, little-endian) and bytes.
    public var bytes: [UInt8] {
        var out: [UInt8] = []
        func put(_ count: Int) { withUnsafeBytes(of: UInt32(count).littleEndian) { out += $0 } }
        func put(_ text: String) {
            put(text.utf8.count)
            out += text.utf8
        }
        put(heatRow)
        put(cellEnds.count)
        forEachCell { _, cell in
            put(cell.count)
            out += cell
        }
        put(profile.count)
        profile.forEach(put)
        return out
    }

    /// Reads what ``bytes`` wrote; nil when they are not such bytes.
    public init?(bytes: [UInt8]) {
        let read: (String, (bytes: [UInt8], ends: [Int]), [String])? = bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            func count() -> Int? {
                guard buffer.count - index >= 4 else { return nil }
                defer { index += 4 }
                return Int(UInt32(littleEndian: UnsafeRawBufferPointer(buffer).loadUnaligned(fromByteOffset: index, as: UInt32.self)))
            }
            func text() -> String? {
                guard let length = count(), buffer.count - index >= length else { return nil }
                defer { index += length }
                return String(decoding: UnsafeBufferPointer(rebasing: buffer[index..<(index + length)]), as: UTF8.self)
            }
            func texts() -> [String]? {
                guard let number = count(), number <= buffer.count else { return nil }
                var list: [String] = []
                list.reserveCapacity(number)
                for _ in 0..<number {
                    guard let item = text() else { return nil }
                    list.append(item)
                }
                return list
            }
            // The cells stay bytes: copied as one block, each one's end noted.
            func cellBlock() -> (bytes: [UInt8], ends: [Int])? {
                guard let number = count(), number <= buffer.count else { return nil }
                var bytes: [UInt8] = []
                var ends: [Int] = []
                ends.reserveCapacity(number)
                for _ in 0..<number {
                    guard let length = count(), buffer.count - index >= length else { return nil }
                    bytes += UnsafeBufferPointer(rebasing: buffer[index..<(index + length)])
                    index += length
                    ends.append(bytes.count)
                }
                return (bytes, ends)
            }
            guard let heatRow = text(), let cells = cellBlock(), let profile = texts(), !profile.isEmpty,
                  index == buffer.count
            else { return nil }
            return (heatRow, cells, profile)
        }
        guard let read else { return nil }
        (heatRow, (cellBytes, cellEnds), profile) = read
    }
}
