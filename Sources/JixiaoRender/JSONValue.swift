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
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var offset = 0
            while offset < bytes.count {
                // Eight bytes at a time while none needs escaping, as nearly no byte of a result does.
                if offset + 8 <= bytes.count,
                   !mayNeedEscaping(UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: offset, as: UInt64.self)) {
                    offset += 8
                    continue
                }
                let byte = bytes[offset]
                offset += 1
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<offset - 1]))
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
            output.append(UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        output.append(UInt8(ascii: "\""))
    }

    /// Whether any of eight bytes may be a control character, a quote or a backslash. Never false when one is;
    /// sometimes true when none is (the bytes are then looked at one by one).
    private static func mayNeedEscaping(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highBits: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ word: UInt64) -> Bool { (word &- ones) & ~word & highBits != 0 }
        let belowSpace = (word &- 0x20 &* ones) & ~word & highBits != 0
        return belowSpace || hasZeroByte(word ^ (0x22 &* ones)) || hasZeroByte(word ^ (0x5C &* ones))
    }
}
