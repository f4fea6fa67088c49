/// A figure bound to a statement: its text as printed (direction word, number, `%` or unit) and its place.
public struct ExtractedFigure: Sendable, Equatable {
    public var printed: String
    /// 1-based line and column (in characters) of the number in the document.
    public var line: Int
    public var column: Int
}

/// One statement read from the text, in the shape of docs/statements.md.
public struct ExtractedStatement: Sendable {
    /// The statement fields figures go to, in the order they are written out.
    public enum Field: String, CaseIterable, Sendable {
        case budget, amount, completionRate = "completion_rate", vsBudget = "vs_budget", vsBudgetRate = "vs_budget_rate",
             prior, change, growth, share
    }

    public var id: String
    public var subject: String
    public var scope: String?
    /// 预算 on a budget page; nil for 决算.
    public var measure: String?
    public var section: String?
    public var line: Int
    public var budgetKind: String?
    /// 预算 when last year's figure is last year's budget (比上年预算数).
    public var priorMeasure: String?
    public var figures: [Field: ExtractedFigure] = [:]
    public var counts: [(name: String, figure: ExtractedFigure)] = []
    /// Id of the whole `share` is taken of.
    public var shareOf: String?
    /// Ids of the parts.
    public var items: [String] = []
    public var partialItems = true
    /// Index of the statement this one is a part of.
    public var parent: Int?

    public init(id: String, subject: String, line: Int) {
        self.id = id
        self.subject = subject
        self.line = line
    }
}
