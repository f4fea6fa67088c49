/// A node of a parsed expression together with the part of the source it came from.
struct SyntaxNode: Sendable {
    var syntax: Syntax
    /// Unicode-scalar offsets in the source, used for messages that quote the sub-expression.
    var range: Range<Int>
    /// Height of the tree below and including this node (a leaf is 1). Kept at construction, from the
    /// children's own heights, so the parser can refuse trees too deep for the recursive evaluators.
    let depth: Int

    init(syntax: Syntax, range: Range<Int>) {
        self.syntax = syntax
        self.range = range
        depth = 1 + syntax.childDepth
    }
}

/// The abstract syntax of the expression language.
indirect enum Syntax: Sendable {
    /// A number, text or bool written in the source.
    case literal(Value)
    /// A dotted data path, read from the environment.
    case reference(String)
    case unary(UnaryOperator, SyntaxNode)
    case binary(BinaryOperator, SyntaxNode, SyntaxNode)
    /// `if c then a else b`, and the function form `if(c, a, b)`.
    case conditional(SyntaxNode, SyntaxNode, SyntaxNode)
    case call(BuiltinFunction, [SyntaxNode])
}

extension Syntax {
    /// The greatest depth among the direct children; 0 for a leaf.
    var childDepth: Int {
        switch self {
        case .literal, .reference: 0
        case .unary(_, let operand): operand.depth
        case .binary(_, let left, let right): max(left.depth, right.depth)
        case .conditional(let condition, let then, let otherwise): max(condition.depth, then.depth, otherwise.depth)
        case .call(_, let arguments): arguments.map(\.depth).max() ?? 0
        }
    }
}

enum UnaryOperator: String, Sendable {
    case negate = "-"
    case plus = "+"
    case not = "not"
}

enum BinaryOperator: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/"
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case and = "and", or = "or"

    init(_ symbol: OperatorSymbol) {
        switch symbol {
        case .plus: self = .add
        case .minus: self = .subtract
        case .times: self = .multiply
        case .divide: self = .divide
        case .equal: self = .equal
        case .notEqual: self = .notEqual
        case .less: self = .less
        case .lessEqual: self = .lessEqual
        case .greater: self = .greater
        case .greaterEqual: self = .greaterEqual
        }
    }

    var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: true
        default: false
        }
    }
}

extension SyntaxNode {
    /// Every data path read by this node and its children, in source order.
    func collectReferences(into references: inout [Reference]) {
        switch syntax {
        case .literal:
            break
        case .reference(let path):
            references.append(Reference(path: path, offset: range.lowerBound))
        case .unary(_, let operand):
            operand.collectReferences(into: &references)
        case .binary(_, let left, let right):
            left.collectReferences(into: &references)
            right.collectReferences(into: &references)
        case .conditional(let condition, let then, let otherwise):
            condition.collectReferences(into: &references)
            then.collectReferences(into: &references)
            otherwise.collectReferences(into: &references)
        case .call(_, let arguments):
            for argument in arguments { argument.collectReferences(into: &references) }
        }
    }
}
