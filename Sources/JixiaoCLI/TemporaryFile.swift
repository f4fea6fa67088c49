import Foundation
import JixiaoRender

/// A file written beside its final path (`.<name>.<pid>.tmp`) and renamed over it, so readers see the
/// whole file or none: rename(2) within one folder is atomic.
final class TemporaryFile {
    let finalPath: String
    let path: String
    private var handle: FileHandle?
    /// Bytes gathered before they are written out. An Array, not Data: an append to Data cost some nine hundred
    /// instructions, and report.html and the spools are written in many small pieces.
    private var buffer: [UInt8] = []
    private let bufferSize: Int

    init(for finalPath: String, purpose: String = "tmp", bufferSize: Int = 1 << 16) throws(BatchError) {
        self.finalPath = finalPath
        self.bufferSize = bufferSize
        let url = URL(fileURLWithPath: finalPath)
        path = url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(purpose)").path
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forUpdatingAtPath: path) else {
            throw BatchError("错误：无法写入 \(finalPath)")
        }
        self.handle = handle
    }

    func write(_ text: String) throws(BatchError) {
        // The String's own bytes, copied as one block: appending its UTF-8 view went byte by byte.
        var text = text
        text.withUTF8 { gather($0) }
        if buffer.count >= bufferSize { try flush() }
    }

    func write(bytes: [UInt8]) throws(BatchError) {
        try bytes.withUnsafeBufferPointer { (bytes) throws(BatchError) in try write(bytes) }
    }

    func write(bytes: ArraySlice<UInt8>) throws(BatchError) {
        try bytes.withUnsafeBufferPointer { (bytes) throws(BatchError) in try write(bytes) }
    }

    func write(bytes: RenderedBytes) throws(BatchError) {
        try bytes.withUnsafeBufferPointer { (bytes) throws(BatchError) in try write(bytes) }
    }

    /// A block at least ``directWriteSize`` long (a submission's results line, its Markdown report) goes to the
    /// file as it is, after what is buffered: gathering it first would copy it (a quarter of a megabyte for a
    /// seed-shaped results line) and save no write.
    private func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(BatchError) {
        guard bytes.count >= Self.directWriteSize, let handle else {
            gather(bytes)
            if buffer.count >= bufferSize { try flush() }
            return
        }
        try flush()
        guard DescriptorWriting.writeAll(UnsafeRawBufferPointer(bytes), to: handle.fileDescriptor) else {
            throw BatchError("错误：无法写入 \(finalPath)")
        }
    }

    /// The size from which a block is written without being buffered.
    private static let directWriteSize = 4096

    private func gather(_ bytes: UnsafeBufferPointer<UInt8>) {
        // The whole buffer at the first append, not before: a submission's report file never needs one.
        if buffer.capacity == 0 { buffer.reserveCapacity(bufferSize) }
        buffer.append(contentsOf: bytes)
    }

    /// Flushes and closes the file.
    func finishWriting() throws(BatchError) {
        try flush()
        guard let handle else { return }
        self.handle = nil
        do { try handle.close() } catch { throw BatchError("错误：无法写入 \(finalPath)") }
    }

    /// Closes the file and renames it to its final path, replacing any older one.
    func commit() throws(BatchError) {
        try finishWriting()
        guard rename(path, finalPath) == 0 else {
            throw BatchError("错误：无法写入 \(finalPath)（\(String(cString: strerror(errno)))）")
        }
    }

    /// Closes the file, if open, and removes it.
    func discard() {
        try? handle?.close()
        handle = nil
        unlink(path)
    }

    /// Calls `body` with the written file's bytes not yet taken, a block more each time, reading it in blocks so
    /// memory stays small; `body` returns how many bytes from the start it took. Returns how many were left at
    /// the end (none, for a file of whole records).
    func forEachBlock(_ body: ([UInt8]) throws(BatchError) -> Int) throws(BatchError) -> Int {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw BatchError("错误：无法读取 \(path)") }
        defer { _ = close(descriptor) }
        var pending: [UInt8] = []
        while true {
            let block = try readBlock(from: descriptor)
            guard !block.isEmpty else { break }
            // With nothing left over from the block before (always so for a spool shorter than a block), the new
            // block is taken as it is rather than copied after the leftover.
            if pending.isEmpty { pending = block } else { pending += block }
            let taken = try body(pending)
            pending.removeSubrange(..<taken)
        }
        return pending.count
    }

    /// Up to 64 KB read with read(2) into uninitialized memory; empty at the end of the file. FileHandle's Data
    /// grew by realloc and was then copied, which cost a batch several instructions per byte it read back.
    private func readBlock(from descriptor: Int32) throws(BatchError) -> [UInt8] {
        let size = 1 << 16
        var failed = false
        let block = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            var got: Int
            repeat { got = read(descriptor, buffer.baseAddress!, size) } while got < 0 && errno == EINTR
            failed = got < 0
            initialized = max(got, 0)
        }
        if failed { throw BatchError("错误：无法读取 \(path)") }
        return block
    }

    private func flush() throws(BatchError) {
        guard !buffer.isEmpty, let handle else { return }
        guard buffer.withUnsafeBytes({ DescriptorWriting.writeAll($0, to: handle.fileDescriptor) }) else {
            throw BatchError("错误：无法写入 \(finalPath)")
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
