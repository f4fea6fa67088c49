import Foundation
import JixiaoRender

/// The columns of report.html's tables with one column per department (the indicator matrix, the metrics side
/// by side): the cells come department by department and are read back a table row at a time, so each column
/// is a small temporary file in the staging folder instead of a string in memory.
final class ReportColumnSpool: HTMLReportColumns {
    private var files: [TemporaryFile] = []

    /// - Parameter set: tells apart the columns of sections written at the same time.
    init(directory: String, count: Int, set: Int) throws(BatchError) {
        do {
            for index in 0..<count {
                // Small buffers: one per column, all open at once.
                files.append(try TemporaryFile(for: directory + "/report.html", purpose: "columns\(set)-\(index)", bufferSize: 1 << 12))
            }
        } catch {
            discard()
            throw error
        }
    }

    func append(_ cell: String, toColumn column: Int) throws {
        try files[column].write(cell)
    }

    func forEachPiece(ofColumn column: Int, _ body: (String) throws -> Void) throws {
        let file = files[column]
        try file.finishWriting()
        guard let reader = FileHandle(forReadingAtPath: file.path) else { throw BatchError("错误：无法读取 \(file.path)") }
        defer { try? reader.close() }
        var pending: [UInt8] = []
        while true {
            let block: Data?
            do { block = try reader.read(upToCount: 1 << 16) } catch { throw BatchError("错误：无法读取 \(file.path)") }
            guard let block, !block.isEmpty else { break }
            pending += block
            // Every cell ends with ">": cutting after the last one never splits a character.
            guard let end = pending.lastIndex(of: UInt8(ascii: ">")) else { continue }
            try body(String(decoding: pending[...end], as: UTF8.self))
            pending.removeSubrange(...end)
        }
        if !pending.isEmpty { try body(String(decoding: pending, as: UTF8.self)) }
    }

    func discard() {
        files.forEach { $0.discard() }
        files = []
    }
}
