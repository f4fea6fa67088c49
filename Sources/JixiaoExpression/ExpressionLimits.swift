/// Bounds on one expression, so that a hostile or broken rubric cannot exhaust the stack of the recursive
/// parser and evaluators, or make parsing take unbounded time.
///
/// Every consumer of a syntax tree (evaluator, range evaluator, reference collection) recurses once per
/// level, so bounding the tree's depth bounds all of them. Real rubric expressions are a few levels deep
/// and a few hundred characters long.
public enum ExpressionLimits {
    /// Longest accepted source, in Unicode scalars.
    public static let maximumLength = 5_000
    /// Deepest accepted nesting: parentheses, function calls, `if`, unary signs and `not`, and each
    /// operator of a chain such as `a + b + c` (which is `(a + b) + c`, two levels).
    public static let maximumDepth = 100
    /// Operands and calls the parser may visit per token; `if (` is first read as `if … then` and re-read as
    /// `if(…)` when that fails, so nested `if(` could otherwise take time exponential in their number.
    static let stepsPerToken = 64
}
