/// A parsed rubric expression: a metric, a condition or a formula.
///
/// Parse once when the rubric is loaded — unknown functions, wrong argument counts and syntax errors are
/// reported then, with an offset — and evaluate as often as needed against different data.
///
/// ```swift
/// let rate = try Expression.parse("ratio(t01.spent, t01.budget) >= 90%")
/// let result = rate.evaluate(in: submissionData)   // .bool(true), .missing(["t01.spent"]), …
/// ```
public struct Expression: Sendable, CustomStringConvertible {
    /// The text the expression was parsed from.
    public var source: String { parsed.source }
    /// Every data path the expression reads, with its offset, in source order (repeats included), so the
    /// engine can check them against the data model when the rubric is loaded.
    public var references: [Reference] { parsed.references }
    /// The paths of ``references``, each once, in order of first appearance.
    public var paths: [String] { parsed.paths }
    var root: SyntaxNode { parsed.root }

    /// The parts of a parsed expression, which never change.
    ///
    /// Kept in one shared box: an expression is copied each time a check is judged, and copying its four parts
    /// took four reference counts (and as many releases) where the box takes one.
    private final class Parsed: Sendable {
        let source: String
        let references: [Reference]
        let paths: [String]
        let root: SyntaxNode

        init(source: String, references: [Reference], paths: [String], root: SyntaxNode) {
            self.source = source
            self.references = references
            self.paths = paths
            self.root = root
        }
    }

    private let parsed: Parsed

    /// Parses `source`; throws an ``ExpressionError`` with a Chinese message and the offset of the problem.
    public static func parse(_ source: String) throws(ExpressionError) -> Expression {
        let root = try Parser.parse(source)
        var references: [Reference] = []
        root.collectReferences(into: &references)
        return Expression(source: source, references: references, root: root)
    }

    private init(source: String, references: [Reference], root: SyntaxNode) {
        var paths: [String] = []
        for reference in references where !paths.contains(reference.path) { paths.append(reference.path) }
        parsed = Parsed(source: source, references: references, paths: paths, root: root)
    }

    /// The path when the whole expression is one reference (`t01.income.total`), whose value is then the
    /// expression's; nil otherwise.
    public var soleReferencePath: String? {
        if case .reference(let path) = root.syntax { return path }
        return nil
    }

    /// Evaluates the expression. Never traps: problems come back as values.
    ///
    /// - Data absent from `environment` gives `.missing(paths)`; when several operands are missing, their
    ///   paths are merged, and missing data wins over `.notComputable` (so `a + b` equals `b + a`).
    /// - Division by zero and mismatched types give `.notComputable(reason)`; with several, the leftmost.
    /// - `exists(x)` turns missing into `false`; `and`/`or` return the answer when the known side decides it
    ///   (`false and missing` = false, `missing or true` = true); `if` evaluates only the chosen branch.
    public func evaluate(in environment: some ExpressionEnvironment) -> Value {
        Evaluator(environment: environment, source: source).evaluate(root)
    }

    /// The source text.
    public var description: String { source }

    /// The names of the functions expressions may call, with a Chinese summary of each.
    public static let availableFunctions: [(name: String, summary: String)] =
        BuiltinFunction.allCases.map { ($0.name, $0.summary) }
}

/// A data path read by an expression, e.g. `t01.income.total`.
public struct Reference: Sendable, Hashable, CustomStringConvertible {
    /// The dotted path as written.
    public var path: String
    /// 0-based offset, in Unicode scalars, of the path's first character in the expression source.
    public var offset: Int

    public init(path: String, offset: Int) {
        self.path = path
        self.offset = offset
    }

    public var description: String { path }
}

/// Where an expression reads its data from.
public protocol ExpressionEnvironment {
    /// The value at a dotted path; `.missing([path])` when the data has no value for it.
    func value(of path: String) -> Value
}

/// An environment backed by a dictionary from dotted path to value; paths not in it are missing.
public struct DictionaryEnvironment: ExpressionEnvironment, Sendable {
    public var values: [String: Value]

    public init(_ values: [String: Value] = [:]) {
        self.values = values
    }

    public func value(of path: String) -> Value {
        values[path] ?? .missing([path])
    }
}
