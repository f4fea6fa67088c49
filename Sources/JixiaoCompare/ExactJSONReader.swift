import JixiaoExpression

/// A problem in JSON text or in the shape of a `jixiao.result/1` object, at a line and column.
public struct ComparisonInputError: Error, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    /// What is wrong, in Chinese.
    public var message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// "行:列：错误：…"; callers put the file name in front.
    public var description: String { "\(line):\(column): 错误：\(message)" }
}

/// Reads JSON text (RFC 8259) into ``ExactJSON``.
///
/// Strict on purpose: no comments, no trailing commas, no leading zeros, no repeated keys, only the escapes
/// the standard allows (including surrogate pairs in `\u`). Nesting is limited so hostile input cannot
/// exhaust the stack.
public struct ExactJSONReader: Sendable {
    /// Deepest nesting of arrays and objects accepted.
    public static let maximumDepth = 200

    /// Line number given to the first line of the text, so a JSON Lines reader can report file lines.
    public var firstLine: Int

    public init(firstLine: Int = 1) {
        self.firstLine = firstLine
    }

    /// Parses one JSON value; only whitespace may surround it.
    public func read(_ text: String) throws(ComparisonInputError) -> ExactJSON {
        var text = text
        // The reader walks the UTF-8 bytes: a result line is a quarter of a megabyte, mostly text copied whole.
        let result = text.withUTF8 { bytes in
            Result { () throws(ComparisonInputError) -> ExactJSON in
                var cursor = Cursor(bytes: bytes, line: firstLine)
                cursor.skipWhitespace()
                let value = try cursor.value(depth: 0)
                cursor.skipWhitespace()
                if cursor.peek() != nil { throw cursor.error("JSON 值之后还有多余内容") }
                return value
            }
        }
        return try result.get()
    }

    /// Parses JSON Lines: one value per non-blank line, each reported with its file line.
    public func readLines(_ text: String) -> [Result<ExactJSON, ComparisonInputError>] {
        var results: [Result<ExactJSON, ComparisonInputError>] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let content = Self.content(ofLine: line) else { continue }
            do {
                results.append(.success(try ExactJSONReader(firstLine: firstLine + offset).read(content)))
            } catch {
                results.append(.failure(error))
            }
        }
        return results
    }

    /// A JSON Lines line without its carriage return, or nil for a blank line, which holds no value.
    static func content(ofLine line: Substring) -> String? {
        let content = line.utf8.last == UInt8(ascii: "\r") ? String(line.unicodeScalars.dropLast()) : String(line)
        return content.unicodeScalars.contains(where: { !Cursor.isWhitespace($0) }) ? content : nil
    }

    /// Position-tracking reader over valid UTF-8 (a String's bytes). Columns count Unicode scalars.
    struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        var line: Int
        var column = 1

        init(bytes: UnsafeBufferPointer<UInt8>, line: Int) {
            self.bytes = bytes
            self.line = line
        }

        static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
        }

        static func isWhitespace(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
        }

        static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

        func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

        /// The whole character at the cursor, for messages.
        func peekScalar() -> Unicode.Scalar? {
            guard index < bytes.count else { return nil }
            var decoder = UTF8()
            var iterator = bytes[index...].makeIterator()
            guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
            return scalar
        }

        /// Steps over one ASCII byte: the reader stands on other bytes only inside strings.
        mutating func advance() {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }

        mutating func skipWhitespace() {
            while let next = peek(), Self.isWhitespace(next) { advance() }
        }

        func error(_ message: String) -> ComparisonInputError {
            ComparisonInputError(line: line, column: column, message: message)
        }

        func describe(_ scalar: Unicode.Scalar?) -> String {
            guard let scalar else { return "文件结尾" }
            return scalar.value < 0x20 ? "控制字符 U+\(String(scalar.value, radix: 16, uppercase: true))" : "“\(scalar)”"
        }

        /// What stands at the cursor, for messages.
        func found() -> String { describe(peekScalar()) }

        mutating func expect(_ byte: UInt8, _ what: String) throws(ComparisonInputError) {
            guard peek() == byte else { throw error("此处应为\(what)，实际为\(found())") }
            advance()
        }

        mutating func value(depth: Int) throws(ComparisonInputError) -> ExactJSON {
            let (startLine, startColumn) = (line, column)
            let kind: ExactJSON.Kind
            switch peek() {
            case UInt8(ascii: "{"): kind = try object(depth: depth + 1)
            case UInt8(ascii: "["): kind = try array(depth: depth + 1)
            case UInt8(ascii: "\""): kind = .string(try string())
            case UInt8(ascii: "t"): try literal("true"); kind = .bool(true)
            case UInt8(ascii: "f"): try literal("false"); kind = .bool(false)
            case UInt8(ascii: "n"): try literal("null"); kind = .null
            case let next? where next == UInt8(ascii: "-") || Self.isDigit(next): kind = .number(try number())
            case nil: throw error("JSON 不完整：此处应为一个值，实际为文件结尾")
            default: throw error("此处应为一个 JSON 值，实际为\(found())")
            }
            return ExactJSON(kind, line: startLine, column: startColumn)
        }

        mutating func literal(_ word: StaticString) throws(ComparisonInputError) {
            let start = error("无法识别的字面量，应为 \(word)")
            let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
            for byte in expected {
                guard peek() == byte else { throw start }
                advance()
            }
        }

        mutating func object(depth: Int) throws(ComparisonInputError) -> ExactJSON.Kind {
            guard depth <= ExactJSONReader.maximumDepth else { throw error("嵌套超过 \(ExactJSONReader.maximumDepth) 层") }
            advance() // {
            var members: [(key: String, value: ExactJSON)] = []
            // Most objects have a few keys, which a scan checks faster than hashing; a large one (a rubric
            // header's checks) gets a set once it grows.
            var keys: Set<String>?
            skipWhitespace()
            if peek() == UInt8(ascii: "}") { advance(); return .object(members) }
            while true {
                skipWhitespace()
                guard peek() == UInt8(ascii: "\"") else { throw error("此处应为用双引号括起的键，实际为\(found())") }
                let keyError = error("")
                let key = try string()
                if keys == nil, members.count == 16 { keys = Set(members.map(\.key)) }
                let repeated = keys != nil ? !keys!.insert(key).inserted : members.contains { $0.key == key }
                guard !repeated else {
                    throw ComparisonInputError(line: keyError.line, column: keyError.column, message: "键“\(key)”重复")
                }
                skipWhitespace()
                try expect(UInt8(ascii: ":"), "冒号“:”")
                skipWhitespace()
                members.append((key, try value(depth: depth)))
                skipWhitespace()
                if peek() == UInt8(ascii: ",") { advance(); continue }
                try expect(UInt8(ascii: "}"), "逗号“,”或“}”")
                return .object(members)
            }
        }

        mutating func array(depth: Int) throws(ComparisonInputError) -> ExactJSON.Kind {
            guard depth <= ExactJSONReader.maximumDepth else { throw error("嵌套超过 \(ExactJSONReader.maximumDepth) 层") }
            advance() // [
            var items: [ExactJSON] = []
            skipWhitespace()
            if peek() == UInt8(ascii: "]") { advance(); return .array(items) }
            while true {
                skipWhitespace()
                items.append(try value(depth: depth))
                skipWhitespace()
                if peek() == UInt8(ascii: ",") { advance(); continue }
                try expect(UInt8(ascii: "]"), "逗号“,”或“]”")
                return .array(items)
            }
        }

        /// Checks the JSON number grammar; the text itself is kept for exact conversion.
        mutating func number() throws(ComparisonInputError) -> String {
            let (startLine, startColumn) = (line, column)
            let start = index
            func digits(_ cursor: inout Cursor) -> Int {
                let first = cursor.index
                while let next = cursor.peek(), Cursor.isDigit(next) { cursor.advance() }
                return cursor.index - first
            }
            if peek() == UInt8(ascii: "-") { advance() }
            if peek() == UInt8(ascii: "0") {
                advance()
                if let next = peek(), Self.isDigit(next) { throw error("数值不能以 0 开头") }
            } else if digits(&self) == 0 {
                throw error("负号之后应为数字，实际为\(found())")
            }
            if peek() == UInt8(ascii: ".") {
                advance()
                guard digits(&self) > 0 else { throw error("小数点之后应为数字，实际为\(found())") }
            }
            var exponent: Int?
            if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
                exponent = index
                advance()
                if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { advance() }
                guard digits(&self) > 0 else { throw error("指数部分应为数字，实际为\(found())") }
            }
            var text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            // The exponent mark is kept as "e", as it always was.
            if let exponent, bytes[exponent] == UInt8(ascii: "E") {
                text = String(decoding: bytes[start..<exponent] + [UInt8(ascii: "e")] + bytes[(exponent + 1)..<index], as: UTF8.self)
            }
            // A 200,000-digit score would make every comparison crawl; refuse it here, where it is read.
            if let problem = Rational.sizeProblem(ofDecimalText: text, maximumDigits: ExactJSON.maximumDigits) {
                throw ComparisonInputError(line: startLine, column: startColumn, message: "数值超出可计算范围：\(problem)")
            }
            return text
        }

        mutating func string() throws(ComparisonInputError) -> String {
            advance() // "
            var start = index
            // Bytes of the text so far, once an escape means it is no longer one run of the input.
            var unescaped: [UInt8]?
            while true {
                guard index < bytes.count else { throw error("字符串没有结束的双引号") }
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    let run = UnsafeBufferPointer(rebasing: bytes[start..<index])
                    advance()
                    guard var unescaped else { return String(decoding: run, as: UTF8.self) }
                    unescaped.append(contentsOf: run)
                    return String(decoding: unescaped, as: UTF8.self)
                } else if byte == UInt8(ascii: "\\") {
                    var text = unescaped ?? []
                    text.append(contentsOf: bytes[start..<index])
                    advance()
                    UTF8.encode(try escape()) { text.append($0) }
                    unescaped = text
                    start = index
                } else if byte < 0x20 {
                    throw error("字符串中不能直接出现\(found())，应写作转义序列")
                } else {
                    // A column is a scalar: UTF-8 continuation bytes (10xxxxxx) do not start one.
                    if byte & 0xC0 != 0x80 { column += 1 }
                    index += 1
                }
            }
        }

        mutating func escape() throws(ComparisonInputError) -> Unicode.Scalar {
            guard let next = peek() else { throw error("转义序列不完整") }
            let simple: Unicode.Scalar? = switch next {
            case UInt8(ascii: "\""): "\""
            case UInt8(ascii: "\\"): "\\"
            case UInt8(ascii: "/"): "/"
            case UInt8(ascii: "b"): "\u{08}"
            case UInt8(ascii: "f"): "\u{0C}"
            case UInt8(ascii: "n"): "\n"
            case UInt8(ascii: "r"): "\r"
            case UInt8(ascii: "t"): "\t"
            default: nil
            }
            if let simple { advance(); return simple }
            guard next == UInt8(ascii: "u") else { throw error("无效的转义序列“\\\(peekScalar().map(String.init) ?? "")”") }
            advance()
            let first = try hexQuad()
            switch first {
            case 0xD800...0xDBFF:
                guard peek() == UInt8(ascii: "\\") else { throw error("高位代理 \\u\(String(first, radix: 16)) 之后缺少低位代理") }
                advance()
                guard peek() == UInt8(ascii: "u") else { throw error("高位代理之后应为 \\u 低位代理") }
                advance()
                let second = try hexQuad()
                guard (0xDC00...0xDFFF).contains(second) else { throw error("高位代理之后应为低位代理（DC00–DFFF）") }
                return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))!
            case 0xDC00...0xDFFF:
                throw error("单独的低位代理 \\u\(String(first, radix: 16)) 不是有效字符")
            default:
                return Unicode.Scalar(first)!
            }
        }

        mutating func hexQuad() throws(ComparisonInputError) -> UInt32 {
            var value: UInt32 = 0
            for _ in 0..<4 {
                let digit: UInt32? = switch peek() {
                case let byte? where Self.isDigit(byte): UInt32(byte - UInt8(ascii: "0"))
                case let byte? where (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte): UInt32(byte - UInt8(ascii: "a") + 10)
                case let byte? where (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte): UInt32(byte - UInt8(ascii: "A") + 10)
                default: nil
                }
                guard let digit else { throw error("\\u 之后应为 4 位十六进制数字，实际为\(found())") }
                value = value * 16 + digit
                advance()
            }
            return value
        }
    }
}

extension ExactJSON {
    /// The number as an exact rational: "88.61" → 8861/100, "1.5e2" → 150. Nil for anything else.
    public var rational: Rational? {
        numberText.flatMap { Rational(decimalText: $0, maximumDigits: ExactJSON.maximumDigits) }
    }

    /// Results carry exact values of computed metrics, which may have more digits than a document's figures.
    public static let maximumDigits = 200
}
