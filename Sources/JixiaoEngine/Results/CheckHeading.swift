import JixiaoExpression

/// What every result of one rubric check has in common, whatever the submission: its name, severity, relation,
/// tolerance, unit, expressions, the figures it reads and its check set.
///
/// Results of a check copy these from here, and `jixiao.result/2` writes them once per rubric (the rubric header
/// of results.jsonl) instead of on every check of every submission.
public struct CheckHeading: Sendable {
    /// The check's id, without the `[key]` of a per-record result.
    public var id: String
    /// Its name, without the `（label）` of a per-record result.
    public var name: String
    public var severity: Check.Severity
    public var relation: Check.Relation
    public var tolerance: Rational?
    public var unit: DisplayUnit
    /// The section the rubric names for the stated figure; nil when it is the submission's `section:` there.
    public var whereInDocument: String?
    public var statedExpression: String
    public var computedExpression: String
    /// Every reference the check reads, stated side first, each once: the order of a result's inputs.
    public var inputPaths: [String]
    public var checkSet: String?
    /// How each input is shown (its unit and decimals), in the order of ``inputPaths``.
    var inputDisplays: [(unit: DisplayUnit, places: Int)] = []
}

extension Check {
    /// The parts of this check's results that do not depend on the submission.
    func heading(in rubric: Rubric) -> CheckHeading {
        var paths: [String] = []
        for reference in stated.expression.references + computed.expression.references {
            // A check names a handful of figures: a list finds the repeated ones faster than hashing paths.
            if !paths.contains(where: { $0.hasSameBytes(as: reference.path) }) { paths.append(reference.path) }
        }
        let plain = ReferenceResolver(rubric: rubric)
        // An input of a per-record check may name the record's fields; the check's own unit is read without them.
        var resolver = plain
        if let each, let list = rubric.fact(at: each.list) { resolver.record = (each.variable, list) }
        let displays = paths.map { resolver.resolve($0)?.displayUnit(amountUnit: rubric.unit) ?? (.plain, 4) }
        return CheckHeading(
            id: id, name: name, severity: severity, relation: relation, tolerance: tolerance,
            unit: unit ?? plain.displayUnit(of: stated).unit,
            whereInDocument: whereInDocument, statedExpression: stated.source, computedExpression: computed.source,
            inputPaths: paths, checkSet: checkSet, inputDisplays: displays)
    }
}
