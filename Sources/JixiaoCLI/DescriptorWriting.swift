import Foundation

/// Writing a block whole to an open file with write(2), which may take it in parts or be interrupted by a signal.
/// FileHandle's `write(contentsOf:)` went through DataProtocol and cost a batch instructions per byte written.
enum DescriptorWriting {
    /// Whether all of `bytes` went to `descriptor`.
    static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
        var done = 0
        while done < bytes.count {
            let count = write(descriptor, bytes.baseAddress! + done, bytes.count - done)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            done += count
        }
        return true
    }
}
