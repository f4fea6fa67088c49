/// A JSON value for comparing against the test suite's `in.json` files.
/// Numbers stay exact; objects compare without regard to key order.
enum JSONValue: Equatable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(DecimalNumber)
    /// A YAML float JSON cannot write (.inf, -.inf, .nan); never equal to parsed JSON.
    case nonFiniteNumber(String)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    var description: String {
        switch self {
        case .null: "null"
        case .bool(let value): "\(value)"
        case .number(let value): value.description
        case .nonFiniteNumber(let text): text
        case .string(let value): "\"\(value)\""
        case .array(let items): "[\(items.map(\.description).joined(separator: ", "))]"
        case .object(let members):
            "{\(members.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", "))}"
        }
    }
}

/// A small strict JSON reader that accepts several values one after another,
/// which is how the test suite writes multi-document streams.
struct JSONSequenceParser {
    struct Failure: Error, CustomStringConvertible {
        var offset: Int
        var description: String { "JSON 解析失败，位置 \(offset)" }
    }

    private let scalars: [Unicode.Scalar]
    private var position = 0

    init(text: String) {
        scalars = Array(text.unicodeScalars)
    }

    static func parseAll(_ text: String) throws -> [JSONValue] {
        var parser = JSONSequenceParser(text: text)
        var values: [JSONValue] = []
        parser.skipWhitespace()
        while parser.position < parser.scalars.count {
            values.append(try parser.parseValue())
            parser.skipWhitespace()
        }
        return values
    }

    private var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    private mutating func skipWhitespace() {
        while let scalar = current, [" ", "\t", "\n", "\r"].contains(scalar) { position += 1 }
    }

    private mutating func expect(_ literal: String) throws {
        for scalar in literal.unicodeScalars {
            guard current == scalar else { throw Failure(offset: position) }
            position += 1
        }
    }

    private mutating func parseValue() throws -> JSONValue {
        skipWhitespace()
        switch current {
        case "{": return try parseObject()
        case "[": return try parseArray()
        case "\"": return .string(try parseString())
        case "t": try expect("true"); return .bool(true)
        case "f": try expect("false"); return .bool(false)
        case "n": try expect("null"); return .null
        default: return try parseNumber()
        }
    }

    private mutating func parseObject() throws -> JSONValue {
        try expect("{")
        var members: [String: JSONValue] = [:]
        skipWhitespace()
        if current == "}" { position += 1; return .object(members) }
        while true {
            skipWhitespace()
            let key = try parseString()
            skipWhitespace()
            try expect(":")
            members[key] = try parseValue()
            skipWhitespace()
            if current == "," { position += 1; continue }
            try expect("}")
            return .object(members)
        }
    }

    private mutating func parseArray() throws -> JSONValue {
        try expect("[")
        var items: [JSONValue] = []
        skipWhitespace()
        if current == "]" { position += 1; return .array(items) }
        while true {
            items.append(try parseValue())
            skipWhitespace()
            if current == "," { position += 1; continue }
            try expect("]")
            return .array(items)
        }
    }

    private mutating func parseString() throws -> String {
        try expect("\"")
        var result = String.UnicodeScalarView()
        while let scalar = current {
            position += 1
            switch scalar {
            case "\"":
                return String(result)
            case "\\":
                guard let escape = current else { throw Failure(offset: position) }
                position += 1
                switch escape {
                case "\"", "\\", "/": result.append(escape)
                case "b": result.append("\u{8}")
                case "f": result.append("\u{C}")
                case "n": result.append("\n")
                case "r": result.append("\r")
                case "t": result.append("\t")
                case "u":
                    var code = try parseHex4()
                    // A high surrogate must be followed by \u and a low surrogate.
                    if (0xD800...0xDBFF).contains(code) {
                        try expect("\\u")
                        let low = try parseHex4()
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let decoded = Unicode.Scalar(code) else { throw Failure(offset: position) }
                    result.append(decoded)
                default:
                    throw Failure(offset: position)
                }
            default:
                result.append(scalar)
            }
        }
        throw Failure(offset: position)
    }

    private mutating func parseHex4() throws -> UInt32 {
        guard position + 4 <= scalars.count,
              let code = UInt32(String(String.UnicodeScalarView(scalars[position..<position + 4])), radix: 16)
        else { throw Failure(offset: position) }
        position += 4
        return code
    }

    private mutating func parseNumber() throws -> JSONValue {
        let start = position
        while let scalar = current, "+-.eE0123456789".unicodeScalars.contains(scalar) { position += 1 }
        let text = String(String.UnicodeScalarView(scalars[start..<position]))
        guard let number = DecimalNumber(decimalText: text) else { throw Failure(offset: start) }
        return .number(number)
    }
}
