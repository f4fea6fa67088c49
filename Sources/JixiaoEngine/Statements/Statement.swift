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
        get { storage.value.id }
        set { storage.value.id = newValue }
    }

    /// The line or item the sentence is about, as the document names it.
    public var subject: String {
        get { storage.value.subject }
        set { storage.value.subject = newValue }
    }

    /// 口径, e.g. 一般公共预算财政拨款.
    public var scope: String? {
        get { storage.value.scope }
        set { storage.value.scope = newValue }
    }

    /// What `amount` is: 决算 (default), 预算 or 执行数.
    public var measure: String {
        get { storage.value.measure }
        set { storage.value.measure = newValue }
    }

    /// The year of the figures when it differs from the submission's.
    public var year: Int? {
        get { storage.value.year }
        set { storage.value.year = newValue }
    }

    public var section: String? {
        get { storage.value.section }
        set { storage.value.section = newValue }
    }

    /// The line in the source document, when the submission gives it.
    public var line: Int? {
        get { storage.value.line }
        set { storage.value.line = newValue }
    }

    /// The unit every amount of this statement is shown and compared in.
    public var unit: String {
        get { storage.value.unit }
        set { storage.value.unit = newValue }
    }

    public var amount: PrintedFigure? {
        get { storage.value.amount }
        set { storage.value.amount = newValue }
    }

    public var budget: PrintedFigure? {
        get { storage.value.budget }
        set { storage.value.budget = newValue }
    }

    public var budgetKind: String? {
        get { storage.value.budgetKind }
        set { storage.value.budgetKind = newValue }
    }

    public var completionRate: PrintedFigure? {
        get { storage.value.completionRate }
        set { storage.value.completionRate = newValue }
    }

    public var vsBudget: PrintedFigure? {
        get { storage.value.vsBudget }
        set { storage.value.vsBudget = newValue }
    }

    public var vsBudgetRate: PrintedFigure? {
        get { storage.value.vsBudgetRate }
        set { storage.value.vsBudgetRate = newValue }
    }

    public var prior: PrintedFigure? {
        get { storage.value.prior }
        set { storage.value.prior = newValue }
    }

    /// 决算 (default) or 预算: what last year's figure is.
    public var priorMeasure: String {
        get { storage.value.priorMeasure }
        set { storage.value.priorMeasure = newValue }
    }

    public var change: PrintedFigure? {
        get { storage.value.change }
        set { storage.value.change = newValue }
    }

    public var growth: PrintedFigure? {
        get { storage.value.growth }
        set { storage.value.growth = newValue }
    }

    public var share: PrintedFigure? {
        get { storage.value.share }
        set { storage.value.share = newValue }
    }

    /// The whole `share` is taken of: an id or a subject; `nil` for an item of its parent.
    public var shareOf: String? {
        get { storage.value.shareOf }
        set { storage.value.shareOf = newValue }
    }

    /// Parts: indices into the submission's statement list.
    public var items: [Int] {
        get { storage.value.items }
        set { storage.value.items = newValue }
    }

    /// The parts are only some of the whole (其中 …): their sum must not exceed it.
    public var partialItems: Bool {
        get { storage.value.partialItems }
        set { storage.value.partialItems = newValue }
    }

    /// The statement this one is an inline item of.
    public var parent: Int? {
        get { storage.value.parent }
        set { storage.value.parent = newValue }
    }

    public var counts: [(name: String, figure: PrintedFigure)] {
        get { storage.value.counts }
        set { storage.value.counts = newValue }
    }

    /// Other statements (ids) of the same quantity under another name.
    public var sameAs: [String] {
        get { storage.value.sameAs }
        set { storage.value.sameAs = newValue }
    }

    public var reason: String? {
        get { storage.value.reason }
        set { storage.value.reason = newValue }
    }

    /// Where the statement is written in the submission file, and its path there (`statements[3]`).
    public var location: SourceLocation {
        get { storage.value.location }
        set { storage.value.location = newValue }
    }

    public var path: String {
        get { storage.value.path }
        set { storage.value.path = newValue }
    }

    /// The name results carry: the id, or the subject (numbered when a subject repeats).
    public var key: String {
        get { storage.value.key }
        set { storage.value.key = newValue }
    }

    private var storage: CopyOnWrite<Fields>

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
        storage = CopyOnWrite(Fields(
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

    private struct Fields: Sendable {
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
///
/// Three exact numbers and two texts, copied each time a relation reads a statement's figure or lists it as an
/// input: the fields live in one shared box, copied only when a shared figure is changed (a unit conversion).
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

    public var kind: Kind {
        get { storage.value.kind }
        set { storage.value.kind = newValue }
    }

    /// The value in the statement's unit (rates as fractions: 12.3% → 0.123). With ``Direction/either`` the size.
    public var value: Rational {
        get { storage.value.value }
        set { storage.value.value = newValue }
    }

    /// Every value the printed figure may stand for.
    public var range: RationalRange {
        get { storage.value.range }
        set { storage.value.range = newValue }
    }

    /// Half a unit of the last printed digit: the precision the figure is judged at.
    public var halfUnit: Rational {
        get { storage.value.halfUnit }
        set { storage.value.halfUnit = newValue }
    }

    /// The direction word printed with it, if any.
    public var direction: Direction? {
        get { storage.value.direction }
        set { storage.value.direction = newValue }
    }

    /// A minus sign printed after a direction word: 减少-2.56% (a double negative, read as a decrease) or
    /// 增加-5 (contradictory, read as a size only).
    public var minusWithWord: Bool {
        get { storage.value.minusWithWord }
        set { storage.value.minusWithWord = newValue }
    }

    /// Printed as “N余”: the true value is at least `value`.
    public var approximate: Bool {
        get { storage.value.approximate }
        set { storage.value.approximate = newValue }
    }

    /// The text as printed.
    public var printed: String {
        get { storage.value.printed }
        set { storage.value.printed = newValue }
    }

    public var location: SourceLocation {
        get { storage.value.location }
        set { storage.value.location = newValue }
    }

    /// Its path in the submission (`statements[2].growth`).
    public var path: String {
        get { storage.value.path }
        set { storage.value.path = newValue }
    }

    private var storage: CopyOnWrite<Fields>

    init(kind: Kind, value: Rational, range: RationalRange, halfUnit: Rational, direction: Direction?,
         minusWithWord: Bool, approximate: Bool, printed: String, location: SourceLocation, path: String) {
        storage = CopyOnWrite(Fields(kind: kind, value: value, range: range, halfUnit: halfUnit, direction: direction,
                                     minusWithWord: minusWithWord, approximate: approximate, printed: printed,
                                     location: location, path: path))
    }

    private struct Fields: Sendable {
        var kind: Kind
        var value: Rational
        var range: RationalRange
        var halfUnit: Rational
        var direction: Direction?
        var minusWithWord: Bool
        var approximate: Bool
        var printed: String
        var location: SourceLocation
        var path: String
    }
}
