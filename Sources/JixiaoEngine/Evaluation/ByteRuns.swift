#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Equality of UTF-8 byte runs for the path and key tables of a submission.
///
/// The standard library's `elementsEqual` steps through two buffers with iterators a byte at a time, which cost
/// more than hashing the path: the C library's `memcmp` compares them a machine word (or vector) at a time.
enum ByteRuns {
    /// Whether `a` and `b` hold the same bytes.
    @inline(__always)
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let first = a.baseAddress, let second = b.baseAddress else { return true }
        return memcmp(first, second, a.count) == 0
    }

    /// Whether `text`'s UTF-8 bytes are `bytes`.
    @inline(__always)
    static func equal(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.utf8.count == bytes.count else { return false }
        return text.utf8.withContiguousStorageIfAvailable { equal($0, bytes) } ?? text.utf8.elementsEqual(bytes)
    }
}
