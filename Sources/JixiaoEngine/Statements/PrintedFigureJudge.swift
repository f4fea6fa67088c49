import JixiaoExpression
import JixiaoYAML

/// Judges a printed figure against its recomputation, as checks do, for anything that reads figures as printed
/// (statements, forms): the result's id, name, place and inputs come from the caller.
struct PrintedFigureJudge {
    var id: String
    var name: String
    var place: String?
    var unit: DisplayUnit
    var checkSet: String
    var severity: Check.Severity = .error

    /// `stated` against `computed` with the range its printed inputs allow.
    func judge(_ stated: PrintedFigure, computed: Rational, computedRange: RationalRange?,
               inputs: [(String, PrintedFigure)], formula: String,
               comparison: Check.Relation = .equal, magnitudeOnly: Bool = false) -> CheckResult {
        var statedValue = stated.value
        var statedRange = stated.range
        var computedValue = computed
        var computedEnvelope = computedRange ?? RationalRange(computed)
        if magnitudeOnly {
            statedValue = statedValue.magnitude
            statedRange = statedRange.magnitude
            computedValue = computedValue.magnitude
            computedEnvelope = computedEnvelope.magnitude
        }
        var result = blank(stated, inputs: inputs, formula: formula)
        result.relation = comparison
        result.stated = .number(statedValue)
        result.computed = .number(computedValue)
        // The document's own text reads better than a reformatted figure: “文档 43%”, not “文档 43.00%”.
        Verdicts.judge(&result, statedRange: .number(statedRange), computedRange: .number(computedEnvelope),
                       statedPrintedHalfUnit: stated.approximate ? nil : stated.halfUnit, statedPrinted: stated.printed)
        if magnitudeOnly { result.explanation += "（文档同时写了增、减两个方向词，只核对数值大小）" }
        return result
    }

    /// A result whose verdict the caller decides itself (directions, conventions, exact scores).
    func verdict(_ stated: PrintedFigure, _ verdict: CheckResult.Verdict, explanation: String,
                 inputs: [(String, PrintedFigure)], formula: String) -> CheckResult {
        var result = blank(stated, inputs: inputs, formula: formula)
        result.verdict = verdict
        result.explanation = explanation
        return result
    }

    private func blank(_ stated: PrintedFigure, inputs: [(String, PrintedFigure)], formula: String) -> CheckResult {
        // The inputs' texts and the paths covered read in one pass, each list made at its size.
        var shownInputs: [(path: String, shown: String)] = []
        shownInputs.reserveCapacity(inputs.count)
        var coveredPaths: [String] = []
        coveredPaths.reserveCapacity(inputs.count + 1)
        coveredPaths.append(stated.path)
        for (label, figure) in inputs {
            shownInputs.append((label, figure.printed))
            coveredPaths.append(figure.path)
        }
        return CheckResult(
            id: id, name: name, verdict: .insufficientData, severity: severity, relation: .equal,
            stated: .text(stated.printed), computed: .missing([]), statedRange: nil, computedRange: nil,
            difference: nil, tolerance: nil, unit: unit, whereInDocument: place, location: stated.location,
            statedExpression: stated.path, computedExpression: formula,
            inputs: shownInputs, explanation: "", checkSet: checkSet, coveredPaths: coveredPaths)
    }
}
