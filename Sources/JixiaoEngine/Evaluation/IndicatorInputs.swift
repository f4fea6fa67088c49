import JixiaoExpression
import JixiaoYAML

/// What the inputs of every indicator of one submission are read from: its scoring environment and rubric.
/// A class, so that each indicator's ``IndicatorInputs`` carries a reference instead of a copy of both.
final class IndicatorInputReader {
    let rubric: Rubric
    let environment: ScoringEnvironment

    init(rubric: Rubric, environment: ScoringEnvironment) {
        self.rubric = rubric
        self.environment = environment
    }
}

/// The inputs of one indicator for one submission: its expressions as the rubric's plan reads and shows them.
struct IndicatorInputs: ScoringInputSource {
    /// The indicator's method expressions and applicability condition, from the rubric's plan.
    let planned: [RubricScoringPlan.PlannedExpression]
    let reader: IndicatorInputReader

    func read(_ expression: SourcedExpression, expectedAt position: Int) -> (value: Value, shown: (unit: DisplayUnit, places: Int)) {
        guard let index = entry(for: expression, expectedAt: position) else {
            return (reader.environment.evaluate(expression.expression), display(of: expression))
        }
        return (planned[index].value(in: reader.environment), planned[index].shown)
    }

    func display(of expression: SourcedExpression) -> (unit: DisplayUnit, places: Int) {
        entry(for: expression).map { planned[$0].shown } ?? ReferenceResolver(rubric: reader.rubric).displayUnit(of: expression)
    }

    func label(of path: String) -> String? {
        reader.rubric.fact(at: path)?.label ?? reader.rubric.metric(withId: path)?.name
    }

    /// Where `expression` is in ``planned``, found by its source: an indicator has a few expressions, and any two
    /// with the same source read and show the same. `position`, where it is likely to be, is tried first: a
    /// method reads its expressions in the order it lists them, so the plan's order.
    private func entry(for expression: SourcedExpression, expectedAt position: Int? = nil) -> Int? {
        let source = expression.source
        if let position, planned.indices.contains(position), Self.isSameText(planned[position].expression.source, source) {
            return position
        }
        return planned.firstIndex { Self.isSameText($0.expression.source, source) }
    }

    /// Whether the two texts have the same bytes; told at once when they share their storage, as a method's
    /// expression and the plan's copy of it do, rather than comparing every byte.
    private static func isSameText(_ text: String, _ other: String) -> Bool {
        guard text.utf8.count == other.utf8.count else { return false }
        let shared = text.utf8.withContiguousStorageIfAvailable { bytes in
            other.utf8.withContiguousStorageIfAvailable { $0.baseAddress == bytes.baseAddress }
        }
        return (shared ?? nil) == true || text.hasSameBytes(as: other)
    }
}
