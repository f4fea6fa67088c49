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
        var cursor = Cursor(scalars: Array(text.unicodeScalars), line: firstLine)
        cursor.skipWhitespace()
        let value = try cursor.value(depth: 0)
        cursor.skipWhitespace()
        if cursor.peek() != nil { throw cursor.error("JSON 值之后还有多余内容") }
        return value
    }

    /// Parses JSON Lines: one value per non-blank line, each reported with its file line.
    public func readLines(_ text: String) -> [Result<ExactJSON, ComparisonInputError>] {
        var results: [Result<ExactJSON, ComparisonInputError>] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
            guard content.unicodeScalars.contains(where: { !Cursor.isWhitespace($0) }) else { continue }
            do {
                results.append(.success(try ExactJSONReader(firstLine: firstLine + offset).read(content)))
            } catch {
                results.append(.failure(error))
            }
        }
        return results
    }

    /// Position-tracking reader over Unicode scalars.
    struct Cursor {
        let scalars: [Unicode.Scalar]
        var index = 0
        var line: Int
        var column = 1

        init(scalars: [Unicode.Scalar], line: Int) {
            self.scalars = scalars
            self.line = line
        }

        static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
        }

        func peek() -> Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

        mutating func advance() {
            if scalars[index] == "\n" {
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

        mutating func expect(_ scalar: Unicode.Scalar, _ what: String) throws(ComparisonInputError) {
            guard peek() == scalar else { throw error("此处应为\(what)，实际为\(describe(peek()))") }
            advance()
        }

        mutating func value(depth: Int) throws(ComparisonInputError) -> ExactJSON {
            let (startLine, startColumn) = (line, column)
            let kind: ExactJSON.Kind
            switch peek() {
            case "{": kind = try object(depth: depth + 1)
            case "[": kind = try array(depth: depth + 1)
            case "\"": kind = .string(try string())
            case "t": try literal("true"); kind = .bool(true)
            case "f": try literal("false"); kind = .bool(false)
            case "n": try literal("null"); kind = .null
            case let next? where next == "-" || ("0"..."9").contains(next): kind = .number(try number())
            case nil: throw error("JSON 不完整：此处应为一个值，实际为文件结尾")
            case let next: throw error("此处应为一个 JSON 值，实际为\(describe(next))")
            }
            return ExactJSON(kind, line: startLine, column: startColumn)
        }

        mutating func literal(_ word: String) throws(ComparisonInputError) {
            let start = error("无法识别的字面量，应为 \(word)")
            for expected in word.unicodeScalars {
                guard peek() == expected else { throw start }
                advance()
            }
        }

        mutating func object(depth: Int) throws(ComparisonInputError) -> ExactJSON.Kind {
            guard depth <= ExactJSONReader.maximumDepth else { throw error("嵌套超过 \(ExactJSONReader.maximumDepth) 层") }
            advance() // {
            var members: [(key: String, value: ExactJSON)] = []
            var seen = Set<String>()
            skipWhitespace()
            if peek() == "}" { advance(); return .object(members) }
            while true {
                skipWhitespace()
                guard peek() == "\"" else { throw error("此处应为用双引号括起的键，实际为\(describe(peek()))") }
                let keyError = error("")
                let key = try string()
                guard seen.insert(key).inserted else {
                    throw ComparisonInputError(line: keyError.line, column: keyError.column, message: "键“\(key)”重复")
                }
                skipWhitespace()
                try expect(":", "冒号“:”")
                skipWhitespace()
                members.append((key, try value(depth: depth)))
                skipWhitespace()
                if peek() == "," { advance(); continue }
                try expect("}", "逗号“,”或“}”")
                return .object(members)
            }
        }

        mutating func array(depth: Int) throws(ComparisonInputError) -> ExactJSON.Kind {
            guard depth <= ExactJSONReader.maximumDepth else { throw error("嵌套超过 \(ExactJSONReader.maximumDepth) 层") }
            advance() // [
            var items: [ExactJSON] = []
            skipWhitespace()
            if peek() == "]" { advance(); return .array(items) }
            while true {
                skipWhitespace()
                items.append(try value(depth: depth))
                skipWhitespace()
                if peek() == "," { advance(); continue }
                try expect("]", "逗号“,”或“]”")
                return .array(items)
            }
        }

        /// Checks the JSON number grammar; the text itself is kept for exact conversion.
        mutating func number() throws(ComparisonInputError) -> String {
            let (startLine, startColumn) = (line, column)
            var text = ""
            func digits(_ cursor: inout Cursor, into text: inout String) -> Int {
                var count = 0
                while let next = cursor.peek(), ("0"..."9").contains(next) {
                    text.unicodeScalars.append(next)
                    cursor.advance()
                    count += 1
                }
                return count
            }
            if peek() == "-" { text += "-"; advance() }
            if peek() == "0" {
                text += "0"
                advance()
                if let next = peek(), ("0"..."9").contains(next) { throw error("数值不能以 0 开头") }
            } else if digits(&self, into: &text) == 0 {
                throw error("负号之后应为数字，实际为\(describe(peek()))")
            }
            if peek() == "." {
                text += "."
                advance()
                guard digits(&self, into: &text) > 0 else { throw error("小数点之后应为数字，实际为\(describe(peek()))") }
            }
            if peek() == "e" || peek() == "E" {
                text += "e"
                advance()
                if peek() == "+" || peek() == "-" { text.unicodeScalars.append(peek()!); advance() }
                guard digits(&self, into: &text) > 0 else { throw error("指数部分应为数字，实际为\(describe(peek()))") }
            }
            // A 200,000-digit score would make every comparison crawl; refuse it here, where it is read.
            if let problem = Rational.sizeProblem(ofDecimalText: text, maximumDigits: ExactJSON.maximumDigits) {
                throw ComparisonInputError(line: startLine, column: startColumn, message: "数值超出可计算范围：\(problem)")
            }
            return text
        }

        mutating func string() throws(ComparisonInputError) -> String {
            advance() // "
            var text = String.UnicodeScalarView()
            while true {
                guard let next = peek() else { throw error("字符串没有结束的双引号") }
                switch next {
                case "\"":
                    advance()
                    return String(text)
                case "\\":
                    advance()
                    text.append(try escape())
                case let control where control.value < 0x20:
                    throw error("字符串中不能直接出现\(describe(control))，应写作转义序列")
                default:
                    text.append(next)
                    advance()
                }
            }
        }

        mutating func escape() throws(ComparisonInputError) -> Unicode.Scalar {
            guard let next = peek() else { throw error("转义序列不完整") }
            let simple: [Unicode.Scalar: Unicode.Scalar] = [
                "\"": "\"", "\\": "\\", "/": "/", "b": "\u{08}", "f": "\u{0C}", "n": "\n", "r": "\r", "t": "\t",
            ]
            if let scalar = simple[next] { advance(); return scalar }
            guard next == "u" else { throw error("无效的转义序列“\\\(next)”") }
            advance()
            let first = try hexQuad()
            switch first {
            case 0xD800...0xDBFF:
                guard peek() == "\\" else { throw error("高位代理 \\u\(String(first, radix: 16)) 之后缺少低位代理") }
                advance()
                guard peek() == "u" else { throw error("高位代理之后应为 \\u 低位代理") }
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
                // A single scalar: `UInt32(_:radix:)` cannot see a sign here.
                guard let next = peek(), next.isASCII, let digit = UInt32(String(next), radix: 16) else { throw error("\\u 之后应为 4 位十六进制数字，实际为\(describe(peek()))") }
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
