#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
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
    /// wide rubric is kilobytes of Chinese to check again). The texts stay in the larger bytes they were written
    /// or read into (all of a row's pieces share one array), not copied out text by text.
    struct Texts: Sendable, Equatable {
        private let bytes: [UInt8]
        /// Where the texts start in `bytes`.
        private let start: Int
        /// Where each text ends, counted from `start`.
        let ends: [Int]

        /// Texts whose UTF-8 lies in `bytes` from `start`, the text at index i ending `ends[i]` bytes after it.
        init(ends: [Int], in bytes: [UInt8], from start: Int) {
            (self.ends, self.bytes, self.start) = (ends, bytes, start)
        }

        var count: Int { ends.count }

        subscript(index: Int) -> ArraySlice<UInt8> {
            bytes[(start + (index == 0 ? 0 : ends[index - 1]))..<(start + ends[index])]
        }

        /// All the texts, one after another.
        var joined: ArraySlice<UInt8> { bytes[start..<(start + (ends.last ?? 0))] }

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
    public let heatRowUTF8: ArraySlice<UInt8>
    private let cellTexts: Texts
    private let profileTexts: Texts

    /// The pieces of `row` (as the report shows it: ``ComparisonRow/compacted(keeping:)``).
    public init(row: ComparisonRow) {
        self.init(row: row, layout: HTMLReportRowLayout(row: row))
    }

    /// The pieces of `row` for its own `layout` (``HTMLReportRowLayout/init(row:)``), for a caller that keeps the
    /// layout too and so makes it once.
    public init(row: ComparisonRow, layout: HTMLReportRowLayout) {
        // Each indicator's cell made once, for the heat map (bonus indicators have no column there) and the matrix.
        let indicatorCells = HTMLReportRenderer.indicatorCells(row, ids: layout.indicatorIds)
        // All pieces are written into one buffer, one after another, and kept in one array: appending to a
        // ByteBuffer costs a fraction of appending to an Array, and a row has hundreds of appends.
        var html = ByteBuffer(capacity: 512 * (indicatorCells.count + layout.metricIds.count + 4))
        // The cells themselves when no column is a bonus (nearly always): filtering copied each of them.
        let heatColumns = layout.heatColumns
        HTMLReportRenderer.appendHeatRow(
            row, titles: layout.heatTitles,
            cells: heatColumns.count == indicatorCells.count ? indicatorCells : heatColumns.map { indicatorCells[$0] },
            to: &html)
        let cellsStart = html.count
        var cellEnds: [Int] = []
        cellEnds.reserveCapacity(indicatorCells.count + layout.metricIds.count)
        HTMLReportRenderer.appendColumnCells(row, indicatorCells: indicatorCells, metricIds: layout.metricIds,
                                             to: &html, ends: &cellEnds)
        let profileStart = html.count
        HTMLReportRenderer.appendProfile(rank: Self.hole, row: row, colour: Self.hole, to: &html)
        var bytes = html.array
        let profileEnds = Self.cutHoles(in: &bytes, from: profileStart)
        heatRowUTF8 = bytes[..<cellsStart]
        cellTexts = Texts(ends: cellEnds.map { $0 - cellsStart }, in: bytes, from: cellsStart)
        profileTexts = Texts(ends: profileEnds, in: bytes, from: profileStart)
    }

    /// A hole marker no escaped text and no markup of the profile can hold: every "<" of row text is escaped.
    private static let hole = "<\u{0}>"

    /// Takes the hole markers out of the profile that runs from `start` to the end of `bytes`, and returns where
    /// each piece around them ends, counted from `start`.
    private static func cutHoles(in bytes: inout [UInt8], from start: Int) -> [Int] {
        var ends: [Int] = []
        let length = bytes.withUnsafeMutableBufferPointer { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            // Pieces are moved down over the markers before them; the bytes before `kept` are in place.
            var kept = start, pieceStart = start, searchFrom = start
            func keep(upTo end: Int) {
                if kept != pieceStart { memmove(base + kept, base + pieceStart, end - pieceStart) }
                kept += end - pieceStart
                ends.append(kept - start)
            }
            // The marker is three bytes, "<", NUL, ">": found by its NUL, which memchr finds fast.
            while searchFrom < buffer.count, let found = memchr(base + searchFrom, 0, buffer.count - searchFrom) {
                let nul = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                searchFrom = nul + 1
                guard nul - 1 >= pieceStart, nul + 1 < buffer.count,
                      base[nul - 1] == UInt8(ascii: "<"), base[nul + 1] == UInt8(ascii: ">") else { continue }
                keep(upTo: nul - 1)
                pieceStart = nul + 2
                searchFrom = pieceStart
            }
            keep(upTo: buffer.count)
            return kept
        }
        bytes.removeLast(bytes.count - length)
        return ends
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
        var out = ByteBuffer(capacity: 12 + 4 * (cellTexts.count + profileTexts.count) + heatRowUTF8.count
                             + cellTexts.joined.count + profileTexts.joined.count)
        func put(_ count: Int) {
            for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: count >> shift)) }
        }
        func put(_ bytes: ArraySlice<UInt8>) { bytes.withUnsafeBufferPointer { out.append($0) } }
        func put(_ texts: Texts) {
            put(texts.count)
            for end in texts.ends { put(end) }
            put(texts.joined)
        }
        put(heatRowUTF8.count)
        put(heatRowUTF8)
        put(cellTexts)
        put(profileTexts)
        return out.array
    }

    /// Reads what ``bytes`` wrote; nil when they are not such bytes.
    public init?(bytes: [UInt8]) {
        let read: (ArraySlice<UInt8>, Texts, Texts)? = bytes.withUnsafeBufferPointer { buffer in
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
            let heatRow = bytes[index..<(index + heatLength)]
            index += heatLength
            guard let cells = texts(), let profile = texts(), profile.count > 0, index == buffer.count else { return nil }
            return (heatRow, cells, profile)
        }
        guard let read else { return nil }
        (heatRowUTF8, cellTexts, profileTexts) = read
    }
}
