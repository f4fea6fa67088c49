import JixiaoExpression

/// A row's place in a ranking.
public struct RankedRow: Sendable {
    /// 1-based; rows with equal scores share the number and the next number is skipped (1, 2, 2, 4).
    public var rank: Int
    public var row: ComparisonRow
    /// Where the row stands among the rows given to ``Ranking/rank(_:)`` or to ``Comparison``: a batch fetches
    /// the row's details by it.
    public var position: Int
}

/// Ranks rows by score, with a declared tie rule.
///
/// - Order: score descending. Equal scores are listed by score ÷ max_applicable descending (the department
///   that earned its score on fewer applicable points did relatively better), then by department name in
///   Unicode code point order, then by year descending, then by path — so the order never depends on input order.
/// - Numbers: competition ranking. Rows with equal **scores** share a number even when the listing rule
///   above puts one first; the next distinct score gets its position (1, 2, 2, 4).
public enum Ranking {
    public static func rank(_ rows: [ComparisonRow]) -> [RankedRow] {
        rank(rows, positions: Array(rows.indices))
    }

    /// Ranks the rows at `positions` of `rows`; sorting positions rather than rows keeps a long batch's rows in
    /// memory once.
    static func rank(_ rows: [ComparisonRow], positions: [Int]) -> [RankedRow] {
        let ordered = positions.sorted { precedes(rows[$0], rows[$1]) }
        var ranked: [RankedRow] = []
        ranked.reserveCapacity(ordered.count)
        for (index, position) in ordered.enumerated() {
            let row = rows[position]
            let rank = index > 0 && ranked[index - 1].row.score == row.score ? ranked[index - 1].rank : index + 1
            ranked.append(RankedRow(rank: rank, row: row, position: position))
        }
        return ranked
    }

    /// The listing order described in the type's documentation.
    public static func precedes(_ lhs: ComparisonRow, _ rhs: ComparisonRow) -> Bool {
        if lhs.score != rhs.score { return lhs.score > rhs.score }
        let (left, right) = (lhs.share ?? .zero, rhs.share ?? .zero)
        if left != right { return left > right }
        if lhs.department != rhs.department { return codePointOrder(lhs.department, rhs.department) }
        if lhs.year != rhs.year { return lhs.year > rhs.year }
        return codePointOrder(lhs.path, rhs.path)
    }

    /// Unicode code point order, independent of locale and normalisation.
    static func codePointOrder(_ lhs: String, _ rhs: String) -> Bool {
        lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars) { $0.value < $1.value }
    }
}
