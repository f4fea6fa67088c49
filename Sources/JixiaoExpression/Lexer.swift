/// Splits expression source into tokens. Offsets are counted in Unicode scalars from 0.
struct Lexer {
    /// The source's bytes when all of them are ASCII (nearly every expression): each byte is then a scalar, and
    /// the source is read without building an array of scalars or a String per character of a token.
    private let ascii: [UInt8]
    /// The source's scalars otherwise.
    private let scalars: [Unicode.Scalar]
    private let isASCII: Bool
    private var position = 0

    init(source: String) {
        // Copied from the String's storage in one piece: an array made from its UTF-8 view went byte by byte.
        var source = source
        let bytes = source.withUTF8 { Array($0) }
        if bytes.allSatisfy({ $0 < 0x80 }) {
            (ascii, scalars, isASCII) = (bytes, [], true)
        } else {
            (ascii, scalars, isASCII) = ([], Array(source.unicodeScalars), false)
        }
    }

    /// All tokens, ending with a `.end` token positioned at the end of the source.
    static func tokenize(_ source: String) throws(ExpressionError) -> [Token] {
        var lexer = Lexer(source: source)
        var tokens: [Token] = []
        tokens.reserveCapacity(8)
        while true {
            let token = try lexer.nextToken()
            // Asked before the token moves into the array, which then needs no copy of it.
            let isEnd = if case .end = token.kind { true } else { false }
            tokens.append(token)
            if isEnd { return tokens }
        }
    }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        let index = position + ahead
        if isASCII { return index < ascii.count ? Unicode.Scalar(ascii[index]) : nil }
        return index < scalars.count ? scalars[index] : nil
    }

    private func scalar(at index: Int) -> Unicode.Scalar {
        isASCII ? Unicode.Scalar(ascii[index]) : scalars[index]
    }

    private func text(_ range: Range<Int>) -> String {
        if isASCII { return String(decoding: ascii[range], as: UTF8.self) }
        // Encoded to UTF-8 bytes first: appending scalars to a String one at a time costs several times more.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count)
        for scalar in scalars[range] {
            if scalar.isASCII { bytes.append(UInt8(scalar.value)) } else { bytes += UTF8.encode(scalar)! }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func token(_ kind: Token.Kind, from start: Int) -> Token {
        Token(kind: kind, range: start..<position, text: text(start..<position))
    }

    private mutating func nextToken() throws(ExpressionError) -> Token {
        while let scalar = peek(), scalar == " " || (!scalar.isASCII || scalar.value < 0x20) && scalar.properties.isWhitespace {
            position += 1
        }
        let start = position
        guard let scalar = peek() else { return token(.end, from: start) }

        if scalar.isASCIIDigit || (scalar == "." && (peek(1)?.isASCIIDigit ?? false)) {
            return try lexNumber()
        }
        if scalar.isIdentifierStart {
            return try lexPath()
        }
        if let quote = Lexer.closingQuote(of: scalar) {
            return try lexString(closingQuote: quote)
        }
        if let symbol = lexOperator() {
            return token(symbol, from: start)
        }
        position += 1
        let character = text(start..<position)
        switch scalar {
        case "=":
            throw ExpressionError(offset: start, message: "比较是否相等请用“==”，不是“=”")
        case "&", "|":
            throw ExpressionError(offset: start, message: "不认识的符号“\(character)”，逻辑运算请用“\(character)\(character)”或“\(scalar == "&" ? "and" : "or")”")
        case "%", "％":
            throw ExpressionError(offset: start, message: "“%”只能紧跟在数字后面表示百分数（如 90%），不是运算符")
        case ".":
            throw ExpressionError(offset: start, message: "此处不应出现“.”")
        default:
            throw ExpressionError(offset: start, message: "不认识的字符“\(character)”")
        }
    }

    /// Operators and punctuation, with their Unicode and C-style aliases. `nil` if none starts here.
    private mutating func lexOperator() -> Token.Kind? {
        if let first = peek(), let second = peek(1), let kind = Self.twoCharacterOperator(first, second) {
            position += 2
            return kind
        }
        if let scalar = peek(), let kind = Self.oneCharacterOperator(scalar) {
            position += 1
            return kind
        }
        return nil
    }

    /// `==`, `!=`, `<=`, `>=`, `&&`, `||`. A switch rather than a table of two-character strings: every
    /// operator of every check's expressions passes through here when a rubric loads.
    private static func twoCharacterOperator(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Token.Kind? {
        switch (first, second) {
        case ("=", "="): .operator(.equal)
        case ("!", "="): .operator(.notEqual)
        case ("<", "="): .operator(.lessEqual)
        case (">", "="): .operator(.greaterEqual)
        case ("&", "&"): .keyword(.and)
        case ("|", "|"): .keyword(.or)
        default: nil
        }
    }

    /// Switches rather than dictionaries, like the two-character operators: no hashing per character.
    private static func oneCharacterOperator(_ scalar: Unicode.Scalar) -> Token.Kind? {
        switch scalar {
        case "+": .operator(.plus)
        case "-", "\u{2212}": .operator(.minus)
        case "*", "×": .operator(.times)
        case "/", "÷": .operator(.divide)
        case "<": .operator(.less)
        case ">": .operator(.greater)
        case "≤": .operator(.lessEqual)
        case "≥": .operator(.greaterEqual)
        case "≠": .operator(.notEqual)
        case "!": .keyword(.not)
        case "(", "（": .leftParen
        case ")", "）": .rightParen
        case ",", "，": .comma
        default: nil
        }
    }

    /// `12`, `1717.31`, `.5`, `1e3`, `1.5E-2`, and percent literals `90%` (= 0.9).
    private mutating func lexNumber() throws(ExpressionError) -> Token {
        let start = position
        skipDigits()
        if peek() == ".", peek(1)?.isASCIIDigit ?? false {
            position += 1
            skipDigits()
        }
        if peek() == "e" || peek() == "E" {
            let signLength = (peek(1) == "+" || peek(1) == "-") ? 1 : 0
            if peek(1 + signLength)?.isASCIIDigit ?? false {
                position += 1 + signLength
                skipDigits()
            }
        }
        if peek() == "%" || peek() == "％" { position += 1 }
        let written = text(start..<position)
        if let next = peek(), next.isIdentifierContinue {
            throw ExpressionError(offset: position, message: "数字“\(written)”后面不能直接跟“\(Character(next))”")
        }
        guard let value = Rational(decimalText: written) else {
            if let problem = Rational.sizeProblem(ofDecimalText: written) {
                throw ExpressionError(offset: start, message: problem)
            }
            throw ExpressionError(offset: start, message: "无法识别的数字“\(written)”")
        }
        return token(.number(value), from: start)
    }

    private mutating func skipDigits() {
        while peek()?.isASCIIDigit ?? false { position += 1 }
    }

    /// An identifier, a keyword, or a dotted path whose segments are identifiers or digit-only indexes.
    private mutating func lexPath() throws(ExpressionError) -> Token {
        let start = position
        skipIdentifierCharacters()
        while peek() == "." {
            let segmentStart = position + 1
            guard let next = peek(1), next.isIdentifierContinue else {
                throw ExpressionError(offset: position, message: "路径“\(text(start..<position))”的“.”后面缺少下一段")
            }
            position = segmentStart
            skipIdentifierCharacters()
            if next.isASCIIDigit, !(segmentStart..<position).allSatisfy({ scalar(at: $0).isASCIIDigit }) {
                let segment = text(segmentStart..<position)
                throw ExpressionError(offset: segmentStart, message: "路径段“\(segment)”不合法：路径段要么是名称（字母或下划线开头），要么全是数字")
            }
        }
        let written = text(start..<position)
        // Keywords are short and undotted: most paths are not compared with them at all.
        if written.utf8.count <= 5, let keyword = Keyword(rawValue: written) {
            return Token(kind: .keyword(keyword), range: start..<position, text: written)
        }
        return Token(kind: .path(written), range: start..<position, text: written)
    }

    private mutating func skipIdentifierCharacters() {
        while peek()?.isIdentifierContinue ?? false { position += 1 }
    }

    /// Straight quotes and Chinese curly quotes; a string ends at the matching closing quote.
    private static func closingQuote(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "\"": "\""
        case "'": "'"
        case "“": "”"
        case "‘": "’"
        default: nil
        }
    }

    /// A string literal. Inside it, a backslash escapes the next character (`\"`, `\\`; `\n` and `\t` as usual).
    private mutating func lexString(closingQuote: Unicode.Scalar) throws(ExpressionError) -> Token {
        let start = position
        position += 1
        var contents = ""
        while let scalar = peek() {
            position += 1
            if scalar == closingQuote {
                return token(.text(contents), from: start)
            }
            if scalar == "\\", let escaped = peek() {
                position += 1
                switch escaped {
                case "n": contents.unicodeScalars.append("\n")
                case "t": contents.unicodeScalars.append("\t")
                default: contents.unicodeScalars.append(escaped)
                }
            } else {
                contents.unicodeScalars.append(scalar)
            }
        }
        throw ExpressionError(offset: start, message: "字符串没有结束，缺少与之配对的引号“\(Character(closingQuote))”")
    }
}

extension Unicode.Scalar {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }

    /// Letters of any script (so Chinese identifiers work) or `_`.
    var isIdentifierStart: Bool {
        // ASCII answered without the Unicode property tables: nearly every path is ASCII.
        if isASCII { return value >= 0x61 && value <= 0x7A || value >= 0x41 && value <= 0x5A || value == 0x5F }
        return properties.isAlphabetic
    }

    var isIdentifierContinue: Bool { isIdentifierStart || isASCIIDigit }
}
