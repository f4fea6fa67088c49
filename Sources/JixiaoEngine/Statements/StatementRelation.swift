import JixiaoExpression

/// One relation a statement states by itself (completion = amount ÷ budget, …), checked on every statement.
///
/// Like a scoring method, each relation lives in a file of its own with its description and examples; the
/// relations know nothing about departments, documents or rubrics.
protocol StatementRelation: Sendable {
    /// The id results carry: `statement.<id>[<statement key>]`.
    static var id: String { get }
    /// Chinese title of the relation, shown in the report.
    static var title: String { get }
    /// What it checks and when it applies, for `jixiao methods` and the documentation.
    static var summary: String { get }
    /// Results for the statement at `index`; none when the statement does not print what the relation needs.
    func check(_ index: Int, in context: StatementContext) -> [CheckResult]
}

/// The statements of one submission, with the helpers every relation uses to judge a printed figure.
struct StatementContext {
    let statements: [Statement]
    /// Each statement's quantity identity (`SameQuantityRelation.identity`) as a small number, worked out
    /// once: comparing every pair of statements would otherwise normalise and compare the same subjects
    /// over and over.
    let identities: [Int]
    /// Whether some statement names others in `same_as`; without any, no two statements are linked.
    let hasLinks: Bool

    init(statements: [Statement]) {
        self.statements = statements
        hasLinks = statements.contains { !$0.sameAs.isEmpty }
        var numbers: [IdentityKey: Int] = [:]
        // Room for every statement from the start: growing the table rehashed every identity already in it.
        numbers.reserveCapacity(statements.count)
        self.identities = statements.map { statement in
            let identity = IdentityKey(bytes: SameQuantityRelation.identity(of: statement))
            if let number = numbers[identity] { return number }
            numbers[identity] = numbers.count
            return numbers.count - 1
        }
    }

    /// An identity's bytes hashed in one call: an array of bytes is hashed byte by byte.
    private struct IdentityKey: Hashable {
        let bytes: [UInt8]

        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    /// The check-set name results carry.
    static let checkSet = "statements"

    /// The statement a name (`of`, `same_as`) refers to.
    func statement(named name: String) -> Statement? {
        StatementDecoder.find(name, in: statements).map { statements[$0] }
    }

    func unit(of figure: PrintedFigure, in statement: Statement) -> DisplayUnit {
        switch figure.kind {
        case .amount: .amount(statement.unit)
        case .rate: .percent
        case .count: .count("")
        case .score: .points
        }
    }

    /// “第三部分 五（三），第 12 行”.
    func place(of statement: Statement) -> String? {
        // Spelled out case by case: a list of the parts, joined, was made for every result.
        switch (statement.section, statement.line) {
        case (nil, nil): nil
        case (let section?, nil): section
        case (nil, let line?): "第 \(line) 行"
        case (let section?, let line?): "\(section)，第 \(line) 行"
        }
    }

    /// A result judging `stated` against `computed` (with the range its printed inputs allow), as checks do.
    func judge(_ relation: String, _ statement: Statement, suffix: String = "", name: String,
               stated: PrintedFigure, computed: Rational, computedRange: RationalRange?,
               inputs: [(String, PrintedFigure)], formula: String, severity: Check.Severity = .error,
               comparison: Check.Relation = .equal, magnitudeOnly: Bool = false) -> CheckResult {
        judge(relation, statement, suffix: suffix, name: name, stated: stated, severity: severity)
            .judge(stated, computed: computed, computedRange: computedRange, inputs: inputs, formula: formula,
                   comparison: comparison, magnitudeOnly: magnitudeOnly)
    }

    /// A result whose verdict the relation decides itself (directions, conventions).
    func verdict(_ relation: String, _ statement: Statement, suffix: String = "", name: String,
                 stated: PrintedFigure, verdict: CheckResult.Verdict, explanation: String,
                 inputs: [(String, PrintedFigure)], formula: String, severity: Check.Severity = .error) -> CheckResult {
        judge(relation, statement, suffix: suffix, name: name, stated: stated, severity: severity)
            .verdict(stated, verdict, explanation: explanation, inputs: inputs, formula: formula)
    }

    /// A rate printed over a zero base: 0 over 0 printed as 0 is the usual convention (一致); anything else has
    /// no value to be, so printing one is 不一致. `base` names the zero (预算, 上年, 整体), `rate` the figure.
    func zeroBase(_ relation: String, _ statement: Statement, name: String, stated: PrintedFigure,
                  numeratorIsZero: Bool, base: String, rate: String,
                  inputs: [(String, PrintedFigure)], formula: String) -> CheckResult {
        let convention = numeratorIsZero && stated.value.isZero
        return verdict(relation, statement, name: name, stated: stated, verdict: convention ? .ok : .mismatch,
                       explanation: convention ? "\(base)与分子均为 0，\(rate)按惯例写作 \(stated.printed)"
                           : "\(base)为 0，\(rate)无法计算，文档却写作 \(stated.printed)",
                       inputs: inputs, formula: formula)
    }

    private func judge(_ relation: String, _ statement: Statement, suffix: String, name: String,
                       stated: PrintedFigure, severity: Check.Severity) -> PrintedFigureJudge {
        PrintedFigureJudge(id: "statement.\(relation)\(suffix)[\(statement.key)]", name: "\(statement.subject) \(name)",
                           place: place(of: statement), unit: unit(of: stated, in: statement),
                           checkSet: Self.checkSet, severity: severity)
    }
}
