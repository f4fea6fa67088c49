import Foundation
import JixiaoRender

/// One CSV file of a batch whose rubric-dependent columns are known only at the end (summary.csv,
/// summary-<rubric>.csv): rows come as records already rendered, are spooled to a temporary file as they
/// come, and are written out under the final columns by ``write(to:)``, which only copies bytes.
///
/// Columns are only ever added after those already known, so a record rendered under the columns known when it
/// came needs just empty cells for the columns added later, which go before its trailing fields (see
/// ``SummaryCSVSplitRecord``). Each spooled record says how many columns it has values for.
final class CSVRecordSpool {
    let finalPath: String
    private let spool: TemporaryFile
    private let leading: [String]
    private let trailing: [String]
    private(set) var columns = SummaryCSV.Columns()

    init(for finalPath: String, leading: [String], trailing: [String]) throws(BatchError) {
        self.finalPath = finalPath
        self.leading = leading
        self.trailing = trailing
        spool = try TemporaryFile(for: finalPath, purpose: "rows")
    }

    /// Adds a row, given with its record under its own columns (rendered by the worker that scored it).
    func add(_ row: SummaryCSV.Row, ownRecord: SummaryCSVSplitRecord) throws(BatchError) {
        // Almost always the row's columns are those known, in the same order; otherwise it is rendered again here.
        var record = ownRecord
        if !row.hasColumns(columns.names) {
            columns.include(row)
            if !row.hasColumns(columns.names) { record = columns.splitRecord(row) }
        }
        try spool.write("\(record.columnCount) \(record.headCount) \(record.utf8.count - record.headCount)\n")
        try spool.write(bytes: record.utf8)
    }

    /// Writes the file — byte order mark, header, every record under the final columns — to `output`.
    func write(to output: TemporaryFile) throws(BatchError) {
        let final = columns.names.count
        try output.write(CSVWriter.byteOrderMark + columns.header(leading: leading, trailing: trailing))
        try spool.finishWriting()
        let damaged = BatchError("错误：汇总表临时文件已损坏")
        let left = try spool.forEachBlock { (bytes: [UInt8]) throws(BatchError) -> Int in
            // Whole records only; what is left waits for the next block.
            var start = 0
            while let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
                let fields = bytes[start..<newline].split(separator: UInt8(ascii: " ")).map { Int(String(decoding: $0, as: UTF8.self)) }
                guard fields.count == 3, let count = fields[0], let head = fields[1], let tail = fields[2],
                      count <= final, head >= 0, tail >= 0 else { throw damaged }
                let end = newline + 1 + head + tail
                guard end <= bytes.count else { break }
                try output.write(bytes: bytes[(newline + 1)..<(newline + 1 + head)])
                if count < final { try output.write(String(repeating: ",", count: final - count)) }
                try output.write(bytes: bytes[(newline + 1 + head)..<end])
                start = end
            }
            return start
        }
        if left > 0 { throw damaged }
    }

    func discard() {
        spool.discard()
    }
}
