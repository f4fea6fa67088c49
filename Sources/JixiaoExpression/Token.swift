/// Reserved words of the expression language. They cannot be used as single-segment data paths
/// (`item.and` is still a valid path: only whole words are reserved).
enum Keyword: String, Sendable, CaseIterable {
    case `if`, then, `else`, and, or, not, `true`, `false`
}

/// The operator symbols, after Unicode and C-style aliases have been folded (`×` → `*`, `≤` → `<=`, `&&` → and…).
enum OperatorSymbol: String, Sendable {
    case plus = "+", minus = "-", times = "*", divide = "/"
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
}

/// One lexical unit of an expression.
struct Token: Sendable {
    enum Kind: Sendable, Equatable {
        case number(Rational)
        case text(String)
        /// An identifier or a dotted path such as `t01.income.total` or `items.0.final`.
        case path(String)
        case keyword(Keyword)
        case `operator`(OperatorSymbol)
        case leftParen
        case rightParen
        case comma
        case end
    }

    var kind: Kind
    /// Unicode-scalar offsets of the token in the source.
    var range: Range<Int>
    /// The token as written (before alias folding), for messages.
    var text: String

    var offset: Int { range.lowerBound }
}
