import JixiaoExpression
import JixiaoYAML

/// What one sentence (or table row) of a 说明 or 自评 text says about one budget line or item.
///
/// Every figure is kept as printed (``PrintedFigure``) beside its value, so a check can show the
/// document's own text and judge it at its own printed precision. Nothing here is specific to a department:
/// the relations in `Relations/` apply to every statement by themselves.
public struct Statement: Sendable {
    /// The optional name other statements use in `of`, `items` and `same_as`.
    public var id: String?
    /// The line or item the sentence is about, as the document names it.
    public var subject: String
    /// 口径, e.g. 一般公共预算财政拨款.
    public var scope: String?
    /// What `amount` is: 决算 (default), 预算 or 执行数.
    public var measure: String
    /// The year of the figures when it differs from the submission's.
    public var year: Int?
    public var section: String?
    /// The line in the source document, when the submission gives it.
    public var line: Int?
    /// The unit every amount of this statement is shown and compared in.
    public var unit: String

    public var amount: PrintedFigure?
    public var budget: PrintedFigure?
    public var budgetKind: String?
    public var completionRate: PrintedFigure?
    public var vsBudget: PrintedFigure?
    public var vsBudgetRate: PrintedFigure?
    public var prior: PrintedFigure?
    /// 决算 (default) or 预算: what last year's figure is.
    public var priorMeasure: String
    public var change: PrintedFigure?
    public var growth: PrintedFigure?
    public var share: PrintedFigure?
    /// The whole `share` is taken of: an id or a subject; `nil` for an item of its parent.
    public var shareOf: String?
    /// Parts: indices into the submission's statement list.
    public var items: [Int]
    /// The parts are only some of the whole (其中 …): their sum must not exceed it.
    public var partialItems: Bool
    /// The statement this one is an inline item of.
    public var parent: Int?
    public var counts: [(name: String, figure: PrintedFigure)]
    /// Other statements (ids) of the same quantity under another name.
    public var sameAs: [String]
    public var reason: String?
    /// Where the statement is written in the submission file, and its path there (`statements[3]`).
    public var location: SourceLocation
    public var path: String
    /// The name results carry: the id, or the subject (numbered when a subject repeats).
    public var key: String
}

/// A figure exactly as printed, with the value it stands for and every value that rounds to it.
public struct PrintedFigure: Sendable {
    public enum Kind: Sendable {
        case amount, rate, count
        /// A plain number such as a weight or a score (分值, 得分), maybe printed with 分.
        case score
    }

    /// The sign the printed words give the figure.
    public enum Direction: Sendable, Equatable {
        case up, down, level
        /// A template that prints both words (增加(减少)…): only the size is known.
        case either
    }

    public var kind: Kind
    /// The value in the statement's unit (rates as fractions: 12.3% → 0.123). With ``Direction/either`` the size.
    public var value: Rational
    /// Every value the printed figure may stand for.
    public var range: RationalRange
    /// Half a unit of the last printed digit: the precision the figure is judged at.
    public var halfUnit: Rational
    /// The direction word printed with it, if any.
    public var direction: Direction?
    /// A minus sign printed after a direction word: 减少-2.56% (a double negative, read as a decrease) or
    /// 增加-5 (contradictory, read as a size only).
    public var minusWithWord: Bool
    /// Printed as “N余”: the true value is at least `value`.
    public var approximate: Bool
    /// The text as printed.
    public var printed: String
    public var location: SourceLocation
    /// Its path in the submission (`statements[2].growth`).
    public var path: String
}
