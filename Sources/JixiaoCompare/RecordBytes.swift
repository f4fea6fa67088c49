import Foundation
import JixiaoExpression

/// The byte form of a spooled record: unsigned numbers as LEB128, signed ones zigzagged, texts as their length
/// and UTF-8 bytes, rationals exact (two machine integers, or decimal digits when larger).
///
/// Written into memory of its own rather than an Array, as JixiaoRender's ByteBuffer is (this module lies below
/// it): a record is hundreds of small appends, and an Array append cost some fifty instructions before it copied
/// anything.
struct RecordWriter: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int

    /// A writer with room for `capacity` bytes: a record grown from a little room was copied many times on the way.
    init(capacity: Int = 64) {
        self.capacity = max(capacity, 16)
        start = .allocate(capacity: self.capacity)
    }

    deinit {
        start.deallocate()
    }

    /// The bytes written so far.
    var bytes: [UInt8] {
        Array(UnsafeBufferPointer(start: start, count: count))
    }

    @inline(__always)
    private mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        start[count] = byte
        count += 1
    }

    @inline(__always)
    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
        (start + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    // Out of line: rare, and the appends it would be inlined into are many.
    @inline(never)
    private mutating func grow(toHold minimum: Int) {
        let newCapacity = max(2 * capacity, minimum)
        let newStart = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStart.initialize(from: start, count: count)
        start.deallocate()
        start = newStart
        capacity = newCapacity
    }

    mutating func unsigned(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        append(UInt8(value))
    }

    mutating func int(_ value: Int64) {
        unsigned(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    mutating func int(_ value: Int) { int(Int64(value)) }

    mutating func bool(_ value: Bool) { append(value ? 1 : 0) }

    mutating func text(_ value: String) {
        unsigned(UInt64(value.utf8.count))
        // The String's own bytes copied as one block; only a String not stored as UTF-8 is made contiguous first.
        if value.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil {
            var text = value
            text.withUTF8 { append($0) }
        }
    }

    mutating func rational(_ value: Rational) {
        if let (numerator, denominator) = value.int64Parts {
            append(0)
            int(numerator)
            int(denominator)
        } else {
            // Larger than machine integers: the exact text, "n/d" or a terminating decimal.
            append(1)
            text(value.description)
        }
    }

    /// A flag, then the value when there is one.
    mutating func optional<Value>(_ value: Value?, _ write: (inout RecordWriter, Value) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    mutating func list<Item>(_ items: [Item], _ write: (inout RecordWriter, Item) -> Void) {
        unsigned(UInt64(items.count))
        for item in items { write(&self, item) }
    }
}

/// Reads what ``RecordWriter`` wrote; nil from any reading means the record is damaged.
struct RecordReader {
    /// Digits allowed in each part of a rational written as text: more than any value within the engine's sizes.
    private static let bigDigits = 100_000
    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { index == bytes.count }

    mutating func unsigned() -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.count, shift < 64 {
            let byte = bytes[index]
            index += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }

    mutating func int64() -> Int64? {
        guard let raw = unsigned() else { return nil }
        return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    mutating func int() -> Int? { int64().flatMap { Int(exactly: $0) } }

    mutating func bool() -> Bool? {
        guard index < bytes.count, bytes[index] <= 1 else { return nil }
        index += 1
        return bytes[index - 1] == 1
    }

    mutating func text() -> String? {
        text(sameAs: nil)
    }

    /// The next text; `candidate` itself when the bytes are its UTF-8, so that a text repeated from record to
    /// record (an indicator's id and name, a rubric's title) is compared, not decoded and allocated again.
    mutating func text(sameAs candidate: String?) -> String? {
        guard let count = unsigned().flatMap({ Int(exactly: $0) }), count <= bytes.count - index else { return nil }
        defer { index += count }
        if let candidate, candidate.utf8.count == count,
           candidate.utf8.withContiguousStorageIfAvailable({ known in
               bytes.withUnsafeBufferPointer { all in count == 0 || memcmp(known.baseAddress!, all.baseAddress! + index, count) == 0 }
           }) == true {
            return candidate
        }
        return String(decoding: bytes[index..<index + count], as: UTF8.self)
    }

    mutating func rational() -> Rational? {
        guard index < bytes.count else { return nil }
        index += 1
        switch bytes[index - 1] {
        case 0:
            guard let numerator = int64(), let denominator = int64() else { return nil }
            return Rational(int64Numerator: numerator, denominator: denominator)
        case 1:
            guard let parts = text()?.split(separator: "/", omittingEmptySubsequences: false), parts.count <= 2,
                  let numerator = Rational(decimalText: String(parts[0]), maximumDigits: Self.bigDigits) else { return nil }
            guard parts.count == 2 else { return numerator }
            return Rational(decimalText: String(parts[1]), maximumDigits: Self.bigDigits).flatMap { numerator.divided(by: $0) }
        default:
            return nil
        }
    }

    /// Nil for a damaged record; `.some(nil)` for a value written as absent.
    mutating func optional<Value>(_ read: (inout RecordReader) -> Value?) -> Value?? {
        guard let present = bool() else { return nil }
        guard present else { return .some(nil) }
        guard let value = read(&self) else { return nil }
        return .some(value)
    }

    mutating func list<Item>(_ read: (inout RecordReader) -> Item?) -> [Item]? {
        guard let count = unsigned().flatMap({ Int(exactly: $0) }), count <= bytes.count - index else { return nil }
        var items: [Item] = []
        items.reserveCapacity(count)
        for _ in 0..<count {
            guard let item = read(&self) else { return nil }
            items.append(item)
        }
        return items
    }
}
