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
        // Into one list: a list per statement, and another per relation, were each made only to be copied.
        var results: [CheckResult] = []
        for index in statements.indices {
            for relation in Self.relations {
                results += relation.check(index, in: context)
            }
        }
        return results
    }
}
