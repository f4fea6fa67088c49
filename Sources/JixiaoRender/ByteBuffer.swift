#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes appended piece by piece, for writers that put out a document as many small pieces (a results.jsonl line
/// holds tens of thousands: keys, commas, quotes, strings).
///
/// `[UInt8].append(contentsOf:)` costs about fifty instructions a call before it copies anything; here an append
/// is a capacity check and a copy. It owns its memory, so it cannot be copied (`~Copyable`): a writer holds one
/// and hands its bytes out once, at the end.
struct ByteBuffer: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    // Allocated with malloc so that growing can realloc: a large block then often grows where it is (or is remapped)
    // instead of being copied, and a results line outgrows its first block several times.
    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 16)
        start = Self.allocate(self.capacity)
    }

    deinit {
        free(start)
    }

    // Inlined: these run once per key, comma, quote and string of a document, and a call costs more than they do.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        start[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
        (start + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Fixed ASCII or UTF-8 text from the program, copied as one block.
    @inline(__always)
    mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// A String's UTF-8, copied as one block.
    mutating func append(_ text: String) {
        // Read in place: a copy of the String to call `withUTF8` on cost a retain and a release. Only a String not
        // stored as UTF-8 is made contiguous first.
        if text.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil {
            var text = text
            text.withUTF8 { append($0) }
        }
    }

    /// The bytes at `range` of those written so far, appended again.
    mutating func appendCopy(of range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "a copy of bytes not written")
        // Room first: growing moves the bytes the copy is read from.
        reserve(range.count)
        (start + count).initialize(from: start + range.lowerBound, count: range.count)
        count += range.count
    }

    /// Makes room for `count` more bytes, to be written through ``withFreeSpace(_:)`` and kept by ``commit(_:)``.
    @inline(__always)
    mutating func reserve(_ count: Int) {
        if self.count + count > capacity { grow(toHold: self.count + count) }
    }

    /// Calls `body` with the start of the space after the bytes written so far (as much as ``reserve(_:)`` made).
    @inline(__always)
    mutating func withFreeSpace<Result>(_ body: (UnsafeMutablePointer<UInt8>) -> Result) -> Result {
        body(start + count)
    }

    /// Keeps `count` bytes written into the free space.
    @inline(__always)
    mutating func commit(_ count: Int) {
        self.count += count
    }

    /// Calls `body` with the bytes written from `offset` on, read in place.
    func withBytes<Result>(from offset: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        precondition(offset >= 0 && offset <= count, "bytes not written")
        return body(UnsafeBufferPointer(start: start + offset, count: count - offset))
    }

    /// Drops the bytes written from `offset` on, to be written again differently.
    mutating func removeBytes(from offset: Int) {
        precondition(offset >= 0 && offset <= count, "bytes not written")
        count = offset
    }

    /// The bytes written so far.
    var array: [UInt8] {
        Array(UnsafeBufferPointer(start: start, count: count))
    }

    /// The bytes written so far as text.
    var text: String { text(from: 0) }

    /// The bytes written from `offset` on as text, read in place.
    func text(from offset: Int) -> String {
        precondition(offset >= 0 && offset <= count, "text of bytes not written")
        return String(decoding: UnsafeBufferPointer(start: start + offset, count: count - offset), as: UTF8.self)
    }

    /// The bytes written, handed over with the memory they are in (freed with `free`): no copy, unlike ``array``.
    consuming func take() -> RenderedBytes {
        let taken = RenderedBytes(taking: start, count: count)
        discard self
        return taken
    }

    // Kept out of line: rare, and the appends it would be inlined into run once per value.
    @inline(never)
    private mutating func grow(toHold minimum: Int) {
        let newCapacity = max(2 * capacity, minimum)
        guard let newStart = realloc(start, newCapacity) else { fatalError("out of memory for \(newCapacity) bytes") }
        start = newStart.assumingMemoryBound(to: UInt8.self)
        capacity = newCapacity
    }

    private static func allocate(_ capacity: Int) -> UnsafeMutablePointer<UInt8> {
        guard let memory = malloc(capacity) else { fatalError("out of memory for \(capacity) bytes") }
        return memory.assumingMemoryBound(to: UInt8.self)
    }
}
