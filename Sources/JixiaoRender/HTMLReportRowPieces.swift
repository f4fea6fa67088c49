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

    public private(set) var indicators: [Indicator]
    public private(set) var metricIds: [String]
    // Made once per layout (a batch makes a rubric's once), the same in every row's pieces:
    /// The indicators' ids.
    let indicatorIds: [String]
    /// The indicators with a heat map column (bonuses have none), by index.
    let heatColumns: [Int]
    /// Each heat map column's part of its cells' titles (``HTMLReportRenderer/heatTitle(id:name:)``).
    let heatTitles: [[UInt8]]

    public init(comparison: Comparison) {
        self.init(indicators: comparison.indicators.map { Indicator(id: $0.id, name: $0.name, role: $0.role) },
                  metricIds: comparison.metrics.map(\.id))
    }

    private init(indicators: [Indicator], metricIds: [String]) {
        self.indicators = indicators
        self.metricIds = metricIds
        indicatorIds = indicators.map(\.id)
        heatColumns = indicators.indices.filter { indicators[$0].role != .bonus }
        heatTitles = heatColumns.map { HTMLReportRenderer.heatTitle(id: indicators[$0].id, name: indicators[$0].name) }
    }

    /// As ``Comparison`` gathers its columns (see ``ComparisonRowColumns``): each id where it first appears;
    /// per-record metrics (`id[key]`) have no column.
    public init(row: ComparisonRow) {
        self.init(columns: ComparisonRowColumns(row: row))
    }

    /// The layout of rows with these columns.
    public init(columns: ComparisonRowColumns) {
        self.init(indicators: columns.indicators.map { Indicator(id: $0.id, name: $0.name, role: $0.role) },
                  metricIds: columns.metrics.map(\.id))
    }
}

/// A ranked row's parts of report.html that depend only on the row and on the comparison's columns, rendered
/// ahead — a batch renders them on the thread that scored the row, so that writing the report at the end only
/// copies them: its line of the heat map, its cells of the indicator matrix and of the metric table, and its
/// profile with holes for the rank and the grade colour (which depend on the other rows). They serve a comparison
/// whose columns are the row's own layout (``HTMLReportRowLayout/init(row:)``).
public struct HTMLReportRowPieces: Sendable, Equatable {
    /// Texts kept as their UTF-8, one after another, with where each ends: a batch reads the pieces back from its
    /// spool and copies them into the report as bytes, without making a String of each (the heat map's line of a
    /// wide rubric is kilobytes of Chinese to check again). Texts read back (``init(ends:in:from:)``) stay in the
    /// bytes read, not copied out text by text; they are not appended to.
    struct Texts: Sendable, Equatable {
        private(set) var bytes: [UInt8] = []
        /// Where the texts start in `bytes`: 0 for texts appended, later for texts read back from a larger record.
        private var start = 0
        /// Where each text ends, counted from `start`.
        private var ends: [Int] = []

        init() {}

        /// Texts whose UTF-8 lies in `bytes` from `start`, the text at index i ending `ends[i]` bytes after it.
        init(ends: [Int], in bytes: [UInt8], from start: Int) {
            (self.ends, self.bytes, self.start) = (ends, bytes, start)
        }

        var count: Int { ends.count }

        subscript(index: Int) -> ArraySlice<UInt8> {
            bytes[(start + (index == 0 ? 0 : ends[index - 1]))..<(start + ends[index])]
        }

        mutating func append<Bytes: Sequence>(_ text: Bytes) where Bytes.Element == UInt8 {
            bytes += text
            ends.append(bytes.count - start)
        }

        /// Appends one text that `write` puts straight into the bytes, so that no String is made for it.
        mutating func append(writing write: (inout [UInt8]) -> Void) {
            write(&bytes)
            ends.append(bytes.count - start)
        }

        var strings: [String] { ends.indices.map { String(decoding: self[$0], as: UTF8.self) } }

        /// Equal texts, wherever they lie.
        static func == (lhs: Texts, rhs: Texts) -> Bool {
            lhs.count == rhs.count && !lhs.ends.indices.contains { lhs[$0] != rhs[$0] }
        }
    }

    /// The heat map's table row, without its line break.
    public var heatRow: String { String(decoding: heatRowUTF8, as: UTF8.self) }
    /// One cell per indicator column, then one per metric column.
    public var cells: [String] { cellTexts.strings }
    /// The profile's lines, each with its line break, cut at the rank (after the first piece) and at the grade
    /// colour (after each later piece but the last).
    public var profile: [String] { profileTexts.strings }

    /// ``heatRow`` as UTF-8.
    public private(set) var heatRowUTF8: [UInt8]
    private var cellTexts = Texts()
    private var profileTexts = Texts()

    /// The pieces of `row` (as the report shows it: ``ComparisonRow/compacted(keeping:)``).
    public init(row: ComparisonRow) {
        self.init(row: row, layout: HTMLReportRowLayout(row: row))
    }

    /// The pieces of `row` for its own `layout` (``HTMLReportRowLayout/init(row:)``), for a caller that keeps the
    /// layout too and so makes it once.
    public init(row: ComparisonRow, layout: HTMLReportRowLayout) {
        // Each indicator's cell made once, for the heat map (bonus indicators have no column there) and the matrix.
        let indicatorCells = HTMLReportRenderer.indicatorCells(row, ids: layout.indicatorIds)
        // The cells themselves when no column is a bonus (nearly always): filtering copied each of them.
        let heatColumns = layout.heatColumns
        heatRowUTF8 = HTMLReportRenderer.heatRowUTF8(
            row, titles: layout.heatTitles,
            cells: heatColumns.count == indicatorCells.count ? indicatorCells : heatColumns.map { indicatorCells[$0] })
        HTMLReportRenderer.columnCells(row, indicatorCells: indicatorCells, metricIds: layout.metricIds, into: &cellTexts)
        // A hole marker no escaped text and no markup of the profile can hold: every "<" of row text is escaped.
        let hole = "<\u{0}>"
        var text: [UInt8] = []
        HTMLReportRenderer.appendProfile(rank: hole, row: row, colour: hole, to: &text)
        profileTexts = text.withUnsafeBufferPointer { text in
            var pieces = Texts()
            var start = 0, index = 0
            // The marker is three bytes, "<", NUL, ">": looked for at each "<" only.
            while index + 3 <= text.count {
                if text[index] == UInt8(ascii: "<"), text[index + 1] == 0, text[index + 2] == UInt8(ascii: ">") {
                    pieces.append(UnsafeBufferPointer(rebasing: text[start..<index]))
                    index += 3
                    start = index
                } else {
                    index += 1
                }
            }
            pieces.append(UnsafeBufferPointer(rebasing: text[start...]))
            return pieces
        }
    }

    /// Calls `body` with each cell's index and UTF-8, in order.
    public func forEachCell(_ body: (Int, ArraySlice<UInt8>) throws -> Void) rethrows {
        for index in 0..<cellTexts.count { try body(index, cellTexts[index]) }
    }

    /// The profile with its rank and grade colour.
    public func profile(rank: Int, colour: String) -> String {
        var text: [UInt8] = []
        forEachProfilePart(rank: rank, colour: colour) { text += $0 }
        return String(decoding: text, as: UTF8.self)
    }

    /// The profile with its rank and grade colour, part by part as UTF-8.
    public func forEachProfilePart(rank: Int, colour: String, _ body: (ArraySlice<UInt8>) throws -> Void) rethrows {
        try body(profileTexts[0])
        for index in 1..<profileTexts.count {
            try body(ArraySlice(index == 1 ? String(rank).utf8 : colour.utf8))
            try body(profileTexts[index])
        }
    }

    /// The pieces as bytes, for a spool. Numbers are 4 bytes, little-endian: the heat row's length and bytes,
    /// then for the cells and for the profile the number of texts, where each ends (counted from the first), and
    /// their bytes one after another, so that reading them back copies no text.
    public var bytes: [UInt8] {
        var out: [UInt8] = []
        func put(_ count: Int) { withUnsafeBytes(of: UInt32(count).littleEndian) { out += $0 } }
        func put(_ texts: Texts) {
            put(texts.count)
            var length = 0
            for index in 0..<texts.count {
                length += texts[index].count
                put(length)
            }
            for index in 0..<texts.count { out += texts[index] }
        }
        put(heatRowUTF8.count)
        out += heatRowUTF8
        put(cellTexts)
        put(profileTexts)
        return out
    }

    /// Reads what ``bytes`` wrote; nil when they are not such bytes.
    public init?(bytes: [UInt8]) {
        let read: ([UInt8], Texts, Texts)? = bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            func count() -> Int? {
                guard buffer.count - index >= 4 else { return nil }
                defer { index += 4 }
                return Int(UInt32(littleEndian: UnsafeRawBufferPointer(buffer).loadUnaligned(fromByteOffset: index, as: UInt32.self)))
            }
            func texts() -> Texts? {
                guard let number = count(), number <= buffer.count / 4 else { return nil }
                var ends: [Int] = []
                ends.reserveCapacity(number)
                for _ in 0..<number {
                    // Each text ends where the one before did, or later.
                    guard let end = count(), end >= (ends.last ?? 0) else { return nil }
                    ends.append(end)
                }
                let start = index
                guard buffer.count - start >= (ends.last ?? 0) else { return nil }
                index += ends.last ?? 0
                return Texts(ends: ends, in: bytes, from: start)
            }
            guard let heatLength = count(), buffer.count - index >= heatLength else { return nil }
            let heatRow = Array(buffer[index..<(index + heatLength)])
            index += heatLength
            guard let cells = texts(), let profile = texts(), profile.count > 0, index == buffer.count else { return nil }
            return (heatRow, cells, profile)
        }
        guard let read else { return nil }
        (heatRowUTF8, cellTexts, profileTexts) = read
    }
}
