import Foundation

/// A file open for reading at given offsets with pread(2), which any thread may call at once.
final class PositionalReader: @unchecked Sendable {
    let path: String
    private var descriptor: Int32

    init(path: String) throws(BatchError) {
        self.path = path
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw BatchError("错误：无法读取 \(path)") }
    }

    deinit { close() }

    /// `count` bytes from `offset`; a file shorter than that is reported as damaged.
    func read(at offset: UInt64, count: Int) throws(BatchError) -> [UInt8] {
        guard descriptor >= 0 else { throw BatchError("错误：无法读取 \(path)") }
        // Read into uninitialized memory: zeroing it first cost as much as the read. Only the bytes read count.
        var failure: BatchError?
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            var done = 0
            while done < count {
                let got = pread(descriptor, buffer.baseAddress! + done, count - done, off_t(offset) + off_t(done))
                if got < 0, errno == EINTR { continue }
                guard got > 0 else {
                    failure = BatchError(got < 0 ? "错误：无法读取 \(path)" : "错误：report.html 的临时文件已损坏")
                    break
                }
                done += got
            }
            initialized = done
        }
        if let failure { throw failure }
        return bytes
    }

    func close() {
        if descriptor >= 0 { closeDescriptor(descriptor) }
        descriptor = -1
    }
}

/// The system's close(2), which the method of the same name hides inside the class.
private func closeDescriptor(_ descriptor: Int32) { _ = close(descriptor) }
