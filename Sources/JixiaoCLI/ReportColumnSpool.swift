import Foundation
import JixiaoRender

/// The columns of report.html's tables with one column per department (the indicator matrix, the metrics side
/// by side): the cells come department by department and are read back a table row at a time. All columns share
/// one temporary file in the staging folder, written in blocks of whole cells, so a rubric with a thousand
/// indicators holds one file descriptor, not a thousand, and memory keeps at most a block per column.
final class ReportColumnSpool: HTMLReportColumns {
    private let file: TemporaryFile
    /// Per column, the cells not yet written out.
    private var pending: [[UInt8]]
    /// Per column, where its blocks lie in the file, in order.
    private var blocks: [[(offset: UInt64, length: Int)]]
    private var written: UInt64 = 0
    private var reader: PositionalReader?
    private let blockSize: Int

    /// - Parameter set: tells apart the columns of sections written at the same time.
    init(directory: String, count: Int, set: Int, blockSize: Int = 1 << 12) throws(BatchError) {
        file = try TemporaryFile(for: directory + "/report.html", purpose: "columns\(set)")
        pending = Array(repeating: [], count: count)
        blocks = Array(repeating: [], count: count)
        self.blockSize = blockSize
    }

    func append(_ cell: String, toColumn column: Int) throws {
        reserveBlock(column)
        pending[column].append(contentsOf: cell.utf8)
        try writeIfFull(column)
    }

    func append(utf8 cell: ArraySlice<UInt8>, toColumn column: Int) throws {
        reserveBlock(column)
        pending[column].append(contentsOf: cell)
        try writeIfFull(column)
    }

    /// A column's whole block at its first cell: grown a cell at a time, every column was copied again and again.
    private func reserveBlock(_ column: Int) {
        if pending[column].capacity == 0 { pending[column].reserveCapacity(blockSize) }
    }

    private func writeIfFull(_ column: Int) throws {
        if pending[column].count >= blockSize {
            // Appended whole cells only, so a block never ends inside a character.
            try file.write(bytes: pending[column])
            blocks[column].append((written, pending[column].count))
            written += UInt64(pending[column].count)
            pending[column].removeAll(keepingCapacity: true)
        }
    }

    func forEachPiece(ofColumn column: Int, _ body: (String) throws -> Void) throws {
        try forEachUTF8Piece(ofColumn: column) { try body(String(decoding: $0, as: UTF8.self)) }
    }

    func forEachUTF8Piece(ofColumn column: Int, _ body: (ArraySlice<UInt8>) throws -> Void) throws {
        if !blocks[column].isEmpty {
            let reader = try openedReader()
            for block in blocks[column] {
                try body(try reader.read(at: block.offset, count: block.length)[...])
            }
        }
        if !pending[column].isEmpty { try body(pending[column][...]) }
    }

    func discard() {
        reader?.close()
        reader = nil
        file.discard()
        pending = []
        blocks = []
    }

    /// The file opened for reading once the first column is read back: every cell has been appended by then.
    private func openedReader() throws(BatchError) -> PositionalReader {
        if let reader { return reader }
        try file.finishWriting()
        let opened = try PositionalReader(path: file.path)
        reader = opened
        return opened
    }
}
