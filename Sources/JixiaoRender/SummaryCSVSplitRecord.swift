/// A row's CSV record cut where its trailing fields begin, so that a batch can render it before it knows every
/// column: columns are only ever added after those already known, so under k more columns the record is
/// `head + "," × k + tail` — the new columns' cells are empty and stand just before the trailing fields.
public struct SummaryCSVSplitRecord: Sendable, Equatable {
    /// The record's UTF-8, head then tail: kept as the bytes it was written into, which a batch spools as they
    /// are (making two Strings of them checked and copied every byte).
    public let utf8: [UInt8]
    /// How many of the bytes are the head.
    public let headCount: Int
    /// How many rubric-dependent columns `head` has values for.
    public var columnCount: Int

    /// The leading fields and the values of the known columns, comma separated (never empty: there are
    /// always leading fields).
    public var head: String { String(decoding: utf8[..<headCount], as: UTF8.self) }
    /// `,` and the trailing fields, comma separated, and the line end.
    public var tail: String { String(decoding: utf8[headCount...], as: UTF8.self) }

    public init(head: String, tail: String, columnCount: Int) {
        utf8 = Array(head.utf8) + Array(tail.utf8)
        headCount = head.utf8.count
        self.columnCount = columnCount
    }

    /// The record with `extra` empty cells for columns added after `columnCount`.
    public func record(extraColumns extra: Int) -> String {
        extra == 0 ? head + tail : head + String(repeating: ",", count: extra) + tail
    }

    /// Fields read where they stand (the values through a lazy map of the cells): joining and mapping them into
    /// arrays first cost an allocation and a retain per field.
    fileprivate init<Values: Sequence<String>>(leading: [String], values: Values, trailing: [String]) {
        // A ByteBuffer: a record is dozens of fields, and an Array append cost some hundred instructions each.
        var bytes = ByteBuffer(capacity: 1024)
        var fieldCount = 0
        func add(_ field: String) {
            if fieldCount > 0 { bytes.append(UInt8(ascii: ",")) }
            CSVWriter.append(field: field, to: &bytes)
            fieldCount += 1
        }
        for field in leading { add(field) }
        for field in values { add(field) }
        headCount = bytes.count
        for field in trailing {
            bytes.append(UInt8(ascii: ","))
            CSVWriter.append(field: field, to: &bytes)
        }
        bytes.append(CSVWriter.lineEnd)
        utf8 = bytes.array
        columnCount = fieldCount - leading.count
    }
}

extension SummaryCSV.Row {
    /// The record under the row's own columns, its cells in their order: what ``SummaryCSV/Columns/splitRecord(_:)``
    /// gives when the known columns are exactly the row's, made without them (on the thread that scored the row).
    public var ownRecord: SummaryCSVSplitRecord {
        SummaryCSVSplitRecord(leading: leading, values: cells.lazy.map(\.value), trailing: trailing)
    }

    /// Whether `names` are the row's columns, in the row's order (then ``ownRecord`` is its record under them).
    public func hasColumns(_ names: [String]) -> Bool {
        names.count == cells.count && zip(names, cells).allSatisfy { $0 == $1.column }
    }
}

extension SummaryCSV.Columns {
    /// ``record(_:)`` split before the trailing fields; columns the row does not have are left empty.
    public func splitRecord(_ row: SummaryCSV.Row) -> SummaryCSVSplitRecord {
        var values: [String: String] = [:]
        for cell in row.cells { values[cell.column] = cell.value }
        return SummaryCSVSplitRecord(leading: row.leading, values: names.lazy.map { values[$0] ?? "" }, trailing: row.trailing)
    }
}
