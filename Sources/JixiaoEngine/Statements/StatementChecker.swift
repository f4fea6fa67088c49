/// Runs every statement relation over a submission's statements.
public struct StatementChecker: Sendable {
    /// The relations, in the order their results are listed for each statement.
    static let relations: [any StatementRelation] = [
        CompletionRelation(), BudgetDifferenceRelation(), BudgetDifferenceRateRelation(),
        ChangeRelation(), GrowthRelation(), DirectionRelation(), ShareRelation(), ItemsSumRelation(),
        SameQuantityRelation(),
    ]

    /// Id, title and summary of each relation, for `jixiao methods` and the documentation.
    public static var catalogue: [(id: String, title: String, summary: String)] {
        relations.map { relation in
            let type = type(of: relation)
            return (type.id, type.title, type.summary)
        }
    }

    public init() {}

    public func check(_ statements: [Statement]) -> [CheckResult] {
        let context = StatementContext(statements: statements)
        return statements.indices.flatMap { index in
            Self.relations.flatMap { $0.check(index, in: context) }
        }
    }
}
