/// Writes one compact JSON document straight into UTF-8 bytes, value by value, placing the commas itself.
///
/// For results.jsonl lines: a line holds thousands of values, and building them as a ``JSONValue`` tree first cost
/// an allocation per value. Strings are escaped as ``JSONValue`` escapes them.
struct JSONLineWriter: JSONOutput, ~Copyable {
    private var buffer: ByteBuffer
    /// No value has been written yet in the container being written (or after its last key): no comma is due.
    private var atStart = true

    init(capacity: Int = 4096) {
        buffer = ByteBuffer(capacity: capacity)
    }

    /// The document written so far.
    var bytes: [UInt8] { buffer.array }

    /// The document written, handed over without a copy.
    consuming func take() -> RenderedBytes {
        buffer.take()
    }

    mutating func object(_ members: (inout JSONLineWriter) -> Void) {
        open(UInt8(ascii: "{"))
        members(&self)
        close(UInt8(ascii: "}"))
    }

    mutating func array(_ elements: (inout JSONLineWriter) -> Void) {
        open(UInt8(ascii: "["))
        elements(&self)
        close(UInt8(ascii: "]"))
    }

    /// A key of the schema; its value is written next. Written as it is: a schema's keys need no escaping.
    // Inlined, as are the small writers below: a line has thousands of keys, and the calls cost more than the
    // copies (a key cost some 160 instructions through three calls).
    @inline(__always)
    mutating func key(_ key: StaticString) {
        separate()
        // `"key":` in one block: one capacity check and one copy, where three appends cost two copies (each a
        // memmove call, for a few bytes) and three checks.
        let length = key.utf8CodeUnitCount
        buffer.reserve(length + 3)
        buffer.withFreeSpace { free in
            free[0] = UInt8(ascii: "\"")
            (free + 1).initialize(from: key.utf8Start, count: length)
            free[length + 1] = UInt8(ascii: "\"")
            free[length + 2] = UInt8(ascii: ":")
        }
        buffer.commit(length + 3)
        atStart = true
    }

    /// A key taken from data (a check id, an input path), escaped like any string; its value is written next.
    mutating func key(escaping key: String) {
        separate()
        JSONValue.writeString(key, to: &buffer)
        buffer.append(UInt8(ascii: ":"))
        atStart = true
    }

    mutating func string(_ text: String) {
        separate()
        JSONValue.writeString(text, to: &buffer)
        atStart = false
    }

    /// A fraction as a string, "1000/19", written as its digits without making the String: nothing in it needs
    /// escaping.
    mutating func string(numerator: Int64, denominator: Int64) {
        separate()
        buffer.append(UInt8(ascii: "\""))
        buffer.appendDecimal(digits: numerator, places: 0)
        buffer.append(UInt8(ascii: "/"))
        buffer.appendDecimal(digits: denominator, places: 0)
        buffer.append(UInt8(ascii: "\""))
        atStart = false
    }

    /// Decimal text written as is, e.g. "88.61".
    mutating func number(_ text: String) {
        separate()
        buffer.append(text)
        atStart = false
    }

    mutating func number(digits: Int64, places: Int) {
        separate()
        buffer.appendDecimal(digits: digits, places: places)
        atStart = false
    }

    /// `"line:column"` of a place in a file, written without making the String first.
    mutating func location(line: Int, column: Int) {
        separate()
        buffer.append(UInt8(ascii: "\""))
        buffer.appendDecimal(digits: Int64(line), places: 0)
        buffer.append(UInt8(ascii: ":"))
        buffer.appendDecimal(digits: Int64(column), places: 0)
        buffer.append(UInt8(ascii: "\""))
        atStart = false
    }

    @inline(__always)
    mutating func bool(_ flag: Bool) {
        separate()
        append(flag ? "true" : "false")
        atStart = false
    }

    @inline(__always)
    mutating func null() {
        separate()
        append("null")
        atStart = false
    }

    /// How many bytes the document has so far. Right after a key no comma is due, so the key's value will start
    /// here: with the count after it, the span to give ``repeatValue(_:)``.
    var count: Int { buffer.count }

    /// A value written before (`span`, its bytes in the document) written again: a figure equal to one just
    /// written is copied rather than formatted again.
    mutating func repeatValue(_ span: Range<Int>) {
        separate()
        buffer.appendCopy(of: span)
        atStart = false
    }

    /// A value already built as a tree, for the parts written the same way in every schema version.
    mutating func value(_ value: JSONValue) {
        separate()
        value.write(to: &buffer, pretty: false, indent: 0)
        atStart = false
    }

    @inline(__always)
    private mutating func open(_ bracket: UInt8) {
        separate()
        buffer.append(bracket)
        atStart = true
    }

    @inline(__always)
    private mutating func close(_ bracket: UInt8) {
        buffer.append(bracket)
        atStart = false
    }

    @inline(__always)
    private mutating func append(_ text: StaticString) {
        buffer.append(text)
    }

    @inline(__always)
    private mutating func separate() {
        if !atStart { buffer.append(UInt8(ascii: ",")) }
    }
}
