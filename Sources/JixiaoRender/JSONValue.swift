import JixiaoExpression

/// A JSON document with ordered keys and numbers kept as exact decimal text, so output is byte-identical run to run.
///
/// Not `indirect`: arrays and objects already keep their members in a buffer of their own, and boxing every
/// string and number as well cost an allocation per value of a results line.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// Decimal text written as is, e.g. "88.61" — never through binary floating point.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized(pretty: false) == rhs.serialized(pretty: false)
    }

    /// How many decimals a number that does not terminate is rounded to, unless told otherwise.
    public static let defaultPlaces = 6

    /// A number from an exact rational; non-terminating values are rounded half-up to `places`.
    public static func number(_ value: Rational, places: Int = defaultPlaces) -> JSONValue {
        .number(numberText(value, places: places))
    }

    /// The decimal text of `value` as ``number(_:places:)`` writes it.
    static func numberText(_ value: Rational, places: Int = defaultPlaces) -> String {
        value.exactDecimalText(maxPlaces: places) ?? trimmed(value.decimalText(places: places))
    }

    private static func trimmed(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var text = text
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }

    public func serialized(pretty: Bool) -> String {
        String(decoding: serializedBytes(pretty: pretty), as: UTF8.self)
    }

    /// The document as UTF-8 bytes. Written into a byte buffer rather than a String: a results line holds
    /// thousands of strings, and appending them to a String scalar by scalar cost more than scoring them.
    public func serializedBytes(pretty: Bool) -> [UInt8] {
        var output = ByteBuffer()
        write(to: &output, pretty: pretty, indent: 0)
        return output.array
    }

    func write(to output: inout ByteBuffer, pretty: Bool, indent: Int) {
        switch self {
        case .null: output.append("null")
        case .bool(let flag): output.append(flag ? "true" : "false")
        case .number(let text): output.append(text)
        case .string(let text): Self.writeString(text, to: &output)
        case .array(let items):
            guard !items.isEmpty else { output.append("[]"); return }
            output.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.newline(indent + 1, pretty: pretty, to: &output)
                item.write(to: &output, pretty: pretty, indent: indent + 1)
            }
            Self.newline(indent, pretty: pretty, to: &output)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { output.append("{}"); return }
            output.append(UInt8(ascii: "{"))
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.newline(indent + 1, pretty: pretty, to: &output)
                Self.writeString(key, to: &output)
                output.append(UInt8(ascii: ":"))
                if pretty { output.append(UInt8(ascii: " ")) }
                value.write(to: &output, pretty: pretty, indent: indent + 1)
            }
            Self.newline(indent, pretty: pretty, to: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// A line break and two spaces per level when pretty; nothing otherwise.
    private static func newline(_ level: Int, pretty: Bool, to output: inout ByteBuffer) {
        guard pretty else { return }
        output.append(UInt8(ascii: "\n"))
        for _ in 0..<(2 * level) { output.append(UInt8(ascii: " ")) }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Escapes only what JSON requires; every other byte (all of UTF-8 above 0x7F included) is copied as is.
    static func writeString(_ text: String, to output: inout ByteBuffer) {
        output.append(UInt8(ascii: "\""))
        // The String's own bytes, read in place (a copy of the String to call `withUTF8` on cost a retain and a
        // release per string); only a String not stored as UTF-8 is made contiguous first.
        if text.utf8.withContiguousStorageIfAvailable({ writeEscaped($0, to: &output) }) == nil {
            var text = text
            text.withUTF8 { writeEscaped($0, to: &output) }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// The bytes of a string's content, escaped: runs that need no escaping are copied whole.
    private static func writeEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout ByteBuffer) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        // Shorter than a word (a figure, a verdict, a unit): one tight pass over its bytes, and copied whole when,
        // as nearly always, none needs escaping. The loop below tests three bounds per byte for such strings.
        if count < 8, !bytes.contains(where: needsEscaping) {
            output.append(bytes)
            return
        }
        var runStart = 0
        var offset = 0
        while offset < count {
            // Sixteen, then eight bytes at a time while none needs escaping, as nearly no byte of a result does.
            if offset + 16 <= count {
                let raw = UnsafeRawPointer(base + offset)
                if !mayNeedEscaping(raw.loadUnaligned(as: UInt64.self), raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) {
                    offset += 16
                    continue
                }
            }
            if offset + 8 <= count {
                if !mayNeedEscaping(UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)) {
                    offset += 8
                    continue
                }
            } else if count >= 8, !mayNeedEscaping(UnsafeRawPointer(base + count - 8).loadUnaligned(as: UInt64.self)) {
                // Fewer than eight left: the last eight bytes of the string, read again in part, hold them all.
                break
            }
            let byte = base[offset]
            offset += 1
            guard needsEscaping(byte) else { continue }
            output.append(UnsafeBufferPointer(start: base + runStart, count: offset - 1 - runStart))
            runStart = offset
            output.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): output.append(byte)
            case UInt8(ascii: "\n"): output.append(UInt8(ascii: "n"))
            case UInt8(ascii: "\r"): output.append(UInt8(ascii: "r"))
            case UInt8(ascii: "\t"): output.append(UInt8(ascii: "t"))
            default:
                output.append("u00")
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        output.append(UnsafeBufferPointer(start: base + runStart, count: count - runStart))
    }

    /// Whether JSON requires `byte` escaped: a control character, a quote or a backslash.
    @inline(__always)
    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// Whether any of eight bytes may be a control character, a quote or a backslash. Never false when one is;
    /// sometimes true when none is (the bytes are then looked at one by one).
    @inline(__always)
    private static func mayNeedEscaping(_ word: UInt64) -> Bool {
        escapeBits(word) != 0
    }

    /// The same for sixteen bytes, tested together.
    @inline(__always)
    private static func mayNeedEscaping(_ first: UInt64, _ second: UInt64) -> Bool {
        escapeBits(first) | escapeBits(second) != 0
    }

    /// Nonzero when any of eight bytes may be a control character, a quote or a backslash.
    @inline(__always)
    private static func escapeBits(_ word: UInt64) -> UInt64 {
        ByteWord.bytes(of: word, below: 0x20) | ByteWord.bytes(of: word, equalTo: UInt8(ascii: "\""))
            | ByteWord.bytes(of: word, equalTo: UInt8(ascii: "\\"))
    }
}
