import JixiaoExpression
import JixiaoYAML

/// What one sentence (or table row) of a 说明 or 自评 text says about one budget line or item.
///
/// Every figure is kept as printed (``PrintedFigure``) beside its value, so a check can show the
/// document's own text and judge it at its own printed precision. Nothing here is specific to a department:
/// the relations in `Relations/` apply to every statement by themselves.
///
/// A dozen printed figures and their texts, copied each time a relation walks the statements: the fields live
/// in one shared box, copied only when a shared statement is changed.
public struct Statement: Sendable {
    /// The optional name other statements use in `of`, `items` and `same_as`.
    public var id: String? {
        get { storage.fields.id }
        set { uniqueStorage().fields.id = newValue }
    }

    /// The line or item the sentence is about, as the document names it.
    public var subject: String {
        get { storage.fields.subject }
        set { uniqueStorage().fields.subject = newValue }
    }

    /// 口径, e.g. 一般公共预算财政拨款.
    public var scope: String? {
        get { storage.fields.scope }
        set { uniqueStorage().fields.scope = newValue }
    }

    /// What `amount` is: 决算 (default), 预算 or 执行数.
    public var measure: String {
        get { storage.fields.measure }
        set { uniqueStorage().fields.measure = newValue }
    }

    /// The year of the figures when it differs from the submission's.
    public var year: Int? {
        get { storage.fields.year }
        set { uniqueStorage().fields.year = newValue }
    }

    public var section: String? {
        get { storage.fields.section }
        set { uniqueStorage().fields.section = newValue }
    }

    /// The line in the source document, when the submission gives it.
    public var line: Int? {
        get { storage.fields.line }
        set { uniqueStorage().fields.line = newValue }
    }

    /// The unit every amount of this statement is shown and compared in.
    public var unit: String {
        get { storage.fields.unit }
        set { uniqueStorage().fields.unit = newValue }
    }

    public var amount: PrintedFigure? {
        get { storage.fields.amount }
        set { uniqueStorage().fields.amount = newValue }
    }

    public var budget: PrintedFigure? {
        get { storage.fields.budget }
        set { uniqueStorage().fields.budget = newValue }
    }

    public var budgetKind: String? {
        get { storage.fields.budgetKind }
        set { uniqueStorage().fields.budgetKind = newValue }
    }

    public var completionRate: PrintedFigure? {
        get { storage.fields.completionRate }
        set { uniqueStorage().fields.completionRate = newValue }
    }

    public var vsBudget: PrintedFigure? {
        get { storage.fields.vsBudget }
        set { uniqueStorage().fields.vsBudget = newValue }
    }

    public var vsBudgetRate: PrintedFigure? {
        get { storage.fields.vsBudgetRate }
        set { uniqueStorage().fields.vsBudgetRate = newValue }
    }

    public var prior: PrintedFigure? {
        get { storage.fields.prior }
        set { uniqueStorage().fields.prior = newValue }
    }

    /// 决算 (default) or 预算: what last year's figure is.
    public var priorMeasure: String {
        get { storage.fields.priorMeasure }
        set { uniqueStorage().fields.priorMeasure = newValue }
    }

    public var change: PrintedFigure? {
        get { storage.fields.change }
        set { uniqueStorage().fields.change = newValue }
    }

    public var growth: PrintedFigure? {
        get { storage.fields.growth }
        set { uniqueStorage().fields.growth = newValue }
    }

    public var share: PrintedFigure? {
        get { storage.fields.share }
        set { uniqueStorage().fields.share = newValue }
    }

    /// The whole `share` is taken of: an id or a subject; `nil` for an item of its parent.
    public var shareOf: String? {
        get { storage.fields.shareOf }
        set { uniqueStorage().fields.shareOf = newValue }
    }

    /// Parts: indices into the submission's statement list.
    public var items: [Int] {
        get { storage.fields.items }
        set { uniqueStorage().fields.items = newValue }
    }

    /// The parts are only some of the whole (其中 …): their sum must not exceed it.
    public var partialItems: Bool {
        get { storage.fields.partialItems }
        set { uniqueStorage().fields.partialItems = newValue }
    }

    /// The statement this one is an inline item of.
    public var parent: Int? {
        get { storage.fields.parent }
        set { uniqueStorage().fields.parent = newValue }
    }

    public var counts: [(name: String, figure: PrintedFigure)] {
        get { storage.fields.counts }
        set { uniqueStorage().fields.counts = newValue }
    }

    /// Other statements (ids) of the same quantity under another name.
    public var sameAs: [String] {
        get { storage.fields.sameAs }
        set { uniqueStorage().fields.sameAs = newValue }
    }

    public var reason: String? {
        get { storage.fields.reason }
        set { uniqueStorage().fields.reason = newValue }
    }

    /// Where the statement is written in the submission file, and its path there (`statements[3]`).
    public var location: SourceLocation {
        get { storage.fields.location }
        set { uniqueStorage().fields.location = newValue }
    }

    public var path: String {
        get { storage.fields.path }
        set { uniqueStorage().fields.path = newValue }
    }

    /// The name results carry: the id, or the subject (numbered when a subject repeats).
    public var key: String {
        get { storage.fields.key }
        set { uniqueStorage().fields.key = newValue }
    }

    private var storage: Storage

    init(
        id: String?,
        subject: String,
        scope: String?,
        measure: String,
        year: Int?,
        section: String?,
        line: Int?,
        unit: String,
        amount: PrintedFigure?,
        budget: PrintedFigure?,
        budgetKind: String?,
        completionRate: PrintedFigure?,
        vsBudget: PrintedFigure?,
        vsBudgetRate: PrintedFigure?,
        prior: PrintedFigure?,
        priorMeasure: String,
        change: PrintedFigure?,
        growth: PrintedFigure?,
        share: PrintedFigure?,
        shareOf: String?,
        items: [Int],
        partialItems: Bool,
        parent: Int?,
        counts: [(name: String, figure: PrintedFigure)],
        sameAs: [String],
        reason: String?,
        location: SourceLocation,
        path: String,
        key: String
    ) {
        storage = Storage(Fields(
            id: id,
            subject: subject,
            scope: scope,
            measure: measure,
            year: year,
            section: section,
            line: line,
            unit: unit,
            amount: amount,
            budget: budget,
            budgetKind: budgetKind,
            completionRate: completionRate,
            vsBudget: vsBudget,
            vsBudgetRate: vsBudgetRate,
            prior: prior,
            priorMeasure: priorMeasure,
            change: change,
            growth: growth,
            share: share,
            shareOf: shareOf,
            items: items,
            partialItems: partialItems,
            parent: parent,
            counts: counts,
            sameAs: sameAs,
            reason: reason,
            location: location,
            path: path,
            key: key))
    }

    /// The box, copied first when another statement shares it.
    private mutating func uniqueStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
        return storage
    }

    /// Never changed while shared (``uniqueStorage()`` copies it first), so statements can cross threads.
    private final class Storage: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private struct Fields {
        var id: String?
        var subject: String
        var scope: String?
        var measure: String
        var year: Int?
        var section: String?
        var line: Int?
        var unit: String
        var amount: PrintedFigure?
        var budget: PrintedFigure?
        var budgetKind: String?
        var completionRate: PrintedFigure?
        var vsBudget: PrintedFigure?
        var vsBudgetRate: PrintedFigure?
        var prior: PrintedFigure?
        var priorMeasure: String
        var change: PrintedFigure?
        var growth: PrintedFigure?
        var share: PrintedFigure?
        var shareOf: String?
        var items: [Int]
        var partialItems: Bool
        var parent: Int?
        var counts: [(name: String, figure: PrintedFigure)]
        var sameAs: [String]
        var reason: String?
        var location: SourceLocation
        var path: String
        var key: String
    }
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
