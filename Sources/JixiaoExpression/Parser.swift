/// Recursive-descent parser. Precedence, lowest first:
/// `if … then … else …`, `or`, `and`, `not`, comparisons (non-associative), `+ -`, `* /`, unary `- +`.
struct Parser {
    private let tokens: [Token]
    private var index = 0
    /// Levels of recursion the parser is in now (parentheses, calls, `if`, unary signs, `not`).
    private var nesting = 0
    /// Operands left to read before the expression is refused as too complex (see ``ExpressionLimits``).
    private var stepsLeft: Int
    /// What `parseIf` gave at each `if` token: the node or error and the index after it. `if (` is read
    /// twice (keyword form, then function form), so without this nested `if(` take exponential time.
    private var parsedIfs: [Int: (result: Result<SyntaxNode, ExpressionError>, end: Int)] = [:]

    private init(tokens: [Token]) {
        self.tokens = tokens
        stepsLeft = tokens.count * ExpressionLimits.stepsPerToken
    }

    /// Parses a whole source text into a syntax tree.
    static func parse(_ source: String) throws(ExpressionError) -> SyntaxNode {
        // A scalar has at least one byte: only a source with more bytes than the limit needs its scalars counted.
        if source.utf8.count > ExpressionLimits.maximumLength {
            let length = source.unicodeScalars.count
            if length > ExpressionLimits.maximumLength {
                throw ExpressionError(offset: 0, message: "表达式过长：\(length) 个字符，上限 \(ExpressionLimits.maximumLength) 个；请把它拆成几个计算项（metrics）")
            }
        }
        var parser = Parser(tokens: try Lexer.tokenize(source))
        if parser.current.kind == .end {
            throw ExpressionError(offset: 0, message: "表达式为空")
        }
        let node = try parser.parseExpression()
        try parser.expectEnd()
        return node
    }

    private var current: Token { tokens[index] }
    private var previous: Token { tokens[index - 1] }

    private mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    private func isKeyword(_ keyword: Keyword) -> Bool {
        current.kind == .keyword(keyword)
    }

    private func span(from start: Int) -> Range<Int> {
        start..<previous.range.upperBound
    }

    // MARK: - Limits

    /// Enters one level of recursion at `offset`; balance with ``leave()``.
    private mutating func enter(at offset: Int) throws(ExpressionError) {
        nesting += 1
        if nesting > ExpressionLimits.maximumDepth { throw Parser.tooDeep(at: offset) }
    }

    private mutating func leave() {
        nesting -= 1
    }

    /// A tree node, refused when it would make the tree deeper than the evaluators may recurse.
    private func node(_ syntax: Syntax, _ range: Range<Int>, at offset: Int) throws(ExpressionError) -> SyntaxNode {
        let node = SyntaxNode(syntax: syntax, range: range)
        if node.depth > ExpressionLimits.maximumDepth { throw Parser.tooDeep(at: offset) }
        return node
    }

    private static func tooDeep(at offset: Int) -> ExpressionError {
        ExpressionError(offset: offset, message: "表达式嵌套过深：超过 \(ExpressionLimits.maximumDepth) 层（括号、函数、if、正负号和 not 各算一层，连写的运算如 a + b + c 每个运算符算一层）；请把它拆成几个计算项（metrics）")
    }

    // MARK: - Levels

    private mutating func parseExpression() throws(ExpressionError) -> SyntaxNode {
        try parseOr()
    }

    private mutating func parseOr() throws(ExpressionError) -> SyntaxNode {
        var left = try parseAnd()
        while isKeyword(.or) {
            let operatorOffset = advance().offset
            let right = try parseAnd()
            left = try node(.binary(.or, left, right), left.range.lowerBound..<right.range.upperBound, at: operatorOffset)
        }
        return left
    }

    private mutating func parseAnd() throws(ExpressionError) -> SyntaxNode {
        var left = try parseNot()
        while isKeyword(.and) {
            let operatorOffset = advance().offset
            let right = try parseNot()
            left = try node(.binary(.and, left, right), left.range.lowerBound..<right.range.upperBound, at: operatorOffset)
        }
        return left
    }

    private mutating func parseNot() throws(ExpressionError) -> SyntaxNode {
        guard isKeyword(.not) else { return try parseComparison() }
        let start = advance().offset
        try enter(at: start)
        defer { leave() }
        let operand = try parseNot()
        return try node(.unary(.not, operand), start..<operand.range.upperBound, at: start)
    }

    private mutating func parseComparison() throws(ExpressionError) -> SyntaxNode {
        let left = try parseAdditive()
        guard let comparison = currentBinaryOperator(where: \.isComparison) else { return left }
        let operatorOffset = advance().offset
        let right = try parseAdditive()
        if currentBinaryOperator(where: \.isComparison) != nil {
            throw ExpressionError(
                offset: current.offset,
                message: "比较运算不能连写（如 a < b < c），请用 and 连接：a < b and b < c"
            )
        }
        return try node(.binary(comparison, left, right), left.range.lowerBound..<right.range.upperBound, at: operatorOffset)
    }

    private mutating func parseAdditive() throws(ExpressionError) -> SyntaxNode {
        var left = try parseMultiplicative()
        while let operation = currentBinaryOperator(where: { $0 == .add || $0 == .subtract }) {
            let operatorOffset = advance().offset
            let right = try parseMultiplicative()
            left = try node(.binary(operation, left, right), left.range.lowerBound..<right.range.upperBound, at: operatorOffset)
        }
        return left
    }

    private mutating func parseMultiplicative() throws(ExpressionError) -> SyntaxNode {
        var left = try parseUnary()
        while let operation = currentBinaryOperator(where: { $0 == .multiply || $0 == .divide }) {
            let operatorOffset = advance().offset
            let right = try parseUnary()
            left = try node(.binary(operation, left, right), left.range.lowerBound..<right.range.upperBound, at: operatorOffset)
        }
        return left
    }

    private mutating func parseUnary() throws(ExpressionError) -> SyntaxNode {
        let operation: UnaryOperator
        switch current.kind {
        case .operator(.minus): operation = .negate
        case .operator(.plus): operation = .plus
        default: return try parsePrimary()
        }
        let start = advance().offset
        try enter(at: start)
        defer { leave() }
        let operand = try parseUnary()
        return try node(.unary(operation, operand), start..<operand.range.upperBound, at: start)
    }

    private func currentBinaryOperator(where accepts: (BinaryOperator) -> Bool) -> BinaryOperator? {
        guard case .operator(let symbol) = current.kind else { return nil }
        let operation = BinaryOperator(symbol)
        return accepts(operation) ? operation : nil
    }

    // MARK: - Primary expressions

    private mutating func parsePrimary() throws(ExpressionError) -> SyntaxNode {
        let token = current
        stepsLeft -= 1
        if stepsLeft < 0 {
            throw ExpressionError(offset: token.offset, message: "表达式过于复杂，无法在合理时间内解析（常见原因是多层嵌套的 if(…)）；请把它拆成几个计算项（metrics）")
        }
        switch token.kind {
        case .number(let value):
            _ = advance()
            return SyntaxNode(syntax: .literal(.number(value)), range: token.range)
        case .text(let value):
            _ = advance()
            return SyntaxNode(syntax: .literal(.text(value)), range: token.range)
        case .keyword(.true), .keyword(.false):
            _ = advance()
            return SyntaxNode(syntax: .literal(.bool(token.kind == .keyword(.true))), range: token.range)
        case .keyword(.if):
            return try parseIf()
        case .path(let path):
            _ = advance()
            if current.kind == .leftParen {
                return try parseCall(nameToken: token, path: path)
            }
            return SyntaxNode(syntax: .reference(path), range: token.range)
        case .leftParen:
            _ = advance()
            try enter(at: token.offset)
            defer { leave() }
            let inner = try parseExpression()
            try expectClosingParenthesis(openedAt: token.offset)
            return SyntaxNode(syntax: inner.syntax, range: token.offset..<previous.range.upperBound)
        default:
            throw unexpectedOperandError()
        }
    }

    /// The error for a token found where an operand (number, path, call, parenthesis…) was expected.
    private func unexpectedOperandError() -> ExpressionError {
        let token = current
        let after = index > 0 ? "“\(previous.text)”后面" : "开头"
        switch token.kind {
        case .end:
            return ExpressionError(offset: token.offset, message: "表达式不完整：\(after)缺少内容")
        case .rightParen:
            return ExpressionError(offset: token.offset, message: "\(after)缺少内容，却遇到了右括号“)”")
        case .comma:
            return ExpressionError(offset: token.offset, message: "\(after)缺少内容，却遇到了逗号“,”")
        default:
            return ExpressionError(offset: token.offset, message: "\(after)不应出现“\(token.text)”")
        }
    }

    private mutating func expectClosingParenthesis(openedAt openOffset: Int) throws(ExpressionError) {
        guard current.kind == .rightParen else {
            throw ExpressionError(
                offset: current.offset,
                message: "缺少右括号“)”（与第 \(openOffset + 1) 个字符处的“(”配对）"
            )
        }
        _ = advance()
    }

    private mutating func expectEnd() throws(ExpressionError) {
        let token = current
        switch token.kind {
        case .end:
            return
        case .rightParen:
            throw ExpressionError(offset: token.offset, message: "多余的右括号“)”")
        case .comma:
            throw ExpressionError(offset: token.offset, message: "多余的逗号“,”：逗号只用来分隔函数参数，数字中不能写千位分隔符")
        case .keyword(.then), .keyword(.else):
            throw ExpressionError(offset: token.offset, message: "多余的“\(token.text)”：没有与之对应的“if”")
        case .path(let word):
            if let keyword = closestMatch(to: word, among: ["and", "or", "not"]), word.lowercased() == keyword {
                throw ExpressionError(offset: token.offset, message: "不认识的“\(word)”，是否想用“\(keyword)”？（关键字要小写）")
            }
            throw ExpressionError(offset: token.offset, message: "“\(token.text)”前面缺少运算符")
        default:
            throw ExpressionError(offset: token.offset, message: "“\(token.text)”前面缺少运算符")
        }
    }

    // MARK: - Calls and conditionals

    private mutating func parseCall(nameToken: Token, path: String) throws(ExpressionError) -> SyntaxNode {
        guard !path.contains(".") else {
            throw ExpressionError(offset: nameToken.offset, message: "“\(path)”是数据路径，不能当作函数调用")
        }
        guard let function = BuiltinFunction(rawValue: path) else {
            throw ExpressionError(offset: nameToken.offset, message: Parser.unknownFunctionMessage(path))
        }
        try enter(at: nameToken.offset)
        defer { leave() }
        let arguments = try parseArguments()
        return try makeCall(function, arguments: arguments, nameToken: nameToken)
    }

    private func makeCall(_ function: BuiltinFunction, arguments: [SyntaxNode], nameToken: Token) throws(ExpressionError) -> SyntaxNode {
        guard function.arity.accepts(arguments.count) else {
            throw ExpressionError(offset: nameToken.offset, message: function.arityMessage(actual: arguments.count))
        }
        let range = nameToken.offset..<previous.range.upperBound
        if function == .if {
            return try node(.conditional(arguments[0], arguments[1], arguments[2]), range, at: nameToken.offset)
        }
        return try node(.call(function, arguments), range, at: nameToken.offset)
    }

    static func unknownFunctionMessage(_ name: String) -> String {
        let names = BuiltinFunction.allCases.map(\.name)
        if let suggestion = closestMatch(to: name, among: names) {
            return "未知函数“\(name)”，是否想用“\(suggestion)”？"
        }
        return "未知函数“\(name)”。可用的函数：" + names.joined(separator: "、")
    }

    /// `( argument, argument, … )`, starting at the opening parenthesis.
    private mutating func parseArguments() throws(ExpressionError) -> [SyntaxNode] {
        let open = advance()
        var arguments: [SyntaxNode] = []
        if current.kind == .rightParen {
            _ = advance()
            return arguments
        }
        while true {
            arguments.append(try parseExpression())
            switch current.kind {
            case .comma:
                _ = advance()
            case .rightParen:
                _ = advance()
                return arguments
            default:
                throw ExpressionError(
                    offset: current.offset,
                    message: current.kind == .end
                        ? "缺少右括号“)”（与第 \(open.offset + 1) 个字符处的“(”配对）"
                        : "函数参数之间要用逗号“,”分隔，或缺少右括号“)”"
                )
            }
        }
    }

    /// `if c then a else b`, or the function form `if(c, a, b)`.
    ///
    /// `if (` is ambiguous: `if (a > b) then …` versus `if(a > b, x, y)`. The keyword form is tried first;
    /// when it does not lead to `then`, the parser rewinds and reads the function form.
    private mutating func parseIf() throws(ExpressionError) -> SyntaxNode {
        let start = index
        if let known = parsedIfs[start] {
            index = known.end
            return try known.result.get()
        }
        let result: Result<SyntaxNode, ExpressionError>
        do throws(ExpressionError) {
            result = .success(try parseIfOnce())
        } catch {
            result = .failure(error)
        }
        parsedIfs[start] = (result, index)
        return try result.get()
    }

    private mutating func parseIfOnce() throws(ExpressionError) -> SyntaxNode {
        let ifToken = advance()
        try enter(at: ifToken.offset)
        defer { leave() }
        let afterIf = index
        var keywordFormError: ExpressionError?
        var condition: SyntaxNode?
        do throws(ExpressionError) {
            condition = try parseExpression()
        } catch {
            keywordFormError = error
        }
        if let condition, isKeyword(.then) {
            return try parseThenElse(condition: condition, start: ifToken.offset)
        }

        if tokens[afterIf].kind == .leftParen {
            index = afterIf
            if let arguments = try? parseArguments(), arguments.count == 3 || keywordFormError != nil {
                return try makeCall(.if, arguments: arguments, nameToken: ifToken)
            }
            index = afterIf
        }
        if let keywordFormError { throw keywordFormError }
        // The condition parsed but `then` did not follow it.
        _ = try parseExpression()
        throw ExpressionError(offset: current.offset, message: "“if”的条件后面缺少“then”：写法是 if 条件 then 甲 else 乙")
    }

    private mutating func parseThenElse(condition: SyntaxNode, start: Int) throws(ExpressionError) -> SyntaxNode {
        _ = advance() // then
        let then = try parseExpression()
        guard isKeyword(.else) else {
            throw ExpressionError(offset: current.offset, message: "缺少“else”：写法是 if 条件 then 甲 else 乙，三部分缺一不可")
        }
        _ = advance()
        let otherwise = try parseExpression()
        return try node(.conditional(condition, then, otherwise), start..<otherwise.range.upperBound, at: start)
    }
}
