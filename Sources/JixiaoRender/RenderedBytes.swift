#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A document a renderer wrote, kept in the memory it was written into and handed over as it is.
///
/// Handing it over as `[UInt8]` would copy it once more, a byte an instruction: a seed-shaped submission's
/// results line is a quarter of a megabyte. Read it as any collection of bytes (`String(decoding:as:)` reads it
/// in place), or through ``withUnsafeBufferPointer(_:)`` to write it out.
public final class RenderedBytes: RandomAccessCollection, @unchecked Sendable {
    // Sendable: the bytes are written before this is made and never changed after; only `deinit` frees them.
    private let start: UnsafeMutablePointer<UInt8>
    public let count: Int

    /// Takes ownership of `count` bytes at `start`, allocated by ``ByteBuffer`` (with malloc); they are freed with this.
    init(taking start: UnsafeMutablePointer<UInt8>, count: Int) {
        self.start = start
        self.count = count
    }

    deinit {
        free(start)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> UInt8 {
        precondition(position >= 0 && position < count, "a byte outside the document")
        return start[position]
    }

    public func withUnsafeBufferPointer<Result, Failure: Error>(
        _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try body(UnsafeBufferPointer(start: start, count: count))
    }

    public func withContiguousStorageIfAvailable<Result>(
        _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result? {
        try body(UnsafeBufferPointer(start: start, count: count))
    }
}
