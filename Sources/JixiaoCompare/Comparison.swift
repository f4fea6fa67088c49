import JixiaoEngine
import JixiaoExpression

/// Several departments (or years) scored against one rubric, side by side.
///
/// **Ranking** (see ``Ranking``): score descending; equal scores are listed by score ÷ max_applicable
/// descending, then department name in Unicode code point order; equal scores share a rank number
/// (1, 2, 2, 4).
///
/// **Only comparable rows are ranked** (see ``ExcludedRow``): the latest year among rows that could be graded,
/// the rubric version most of those rows used, and only rows where enough was scored for a grade. The others
/// are listed apart with their reasons and kept out of ranks, grade counts and statistics.
///
/// **Statistics** are exact: means and medians are `Rational`s over the scored values only, and each
/// figure says how many entries were not scored.
///
/// **Year over year**: when a department appears with two or more years, each year is compared with the
/// previous year present (2022→2023, 2023→2024), like with like only (see ``YearOverYearChange``).
public struct Comparison: Sendable {
    /// How many rows got one grade.
    public struct GradeCount: Sendable, Equatable {
        public var grade: String
        public var count: Int

        public init(grade: String, count: Int) {
            self.grade = grade
            self.count = count
        }
    }

    /// One indicator column of the matrix, in rubric order.
    public struct IndicatorColumn: Sendable {
        public var id: String
        public var name: String
        public var groupId: String
        public var points: Rational
        public var role: IndicatorRole
        /// Over the rows, in ranking order; rows lacking the indicator count as not scored.
        public var statistics: Statistics
        /// Points lost, over the rows where the indicator was scored.
        public var pointsLostStatistics: Statistics
    }

    /// One metric column of the side-by-side table.
    public struct MetricColumn: Sendable {
        public var id: String
        public var name: String
        public var unit: String
        /// Over the rows whose value is a number.
        public var statistics: Statistics
    }

    public var rubricId: String
    public var rubricTitle: String
    public var totalPoints: Rational
    /// In ranking order.
    public var ranking: [RankedRow]
    /// The rubric's grades, best first, each with its count (zero counts included when the grade order is known).
    public var gradeCounts: [GradeCount]
    /// Rows that got no grade because nothing could be scored.
    public var ungraded: Int
    public var indicators: [IndicatorColumn]
    /// Top-level groups, in rubric order, with statistics of their scores.
    public var groups: [(id: String, name: String, points: Rational, statistics: Statistics)]
    public var totalStatistics: Statistics
    /// Metrics every department can have (per-record metrics such as `item_completion[2010301]` are left
    /// out: their records differ from one department to the next).
    public var metrics: [MetricColumn]
    public var yearOverYear: [YearOverYearChange]
    /// Rows dropped because the same department and year appeared earlier (the first one given is kept).
    public var duplicates: [ComparisonRow]
    /// Rows listed apart, not ranked and not in the statistics, in the order given.
    public var excluded: [ExcludedRow]
    /// The year ranked; nil when there are no rows.
    public var mainYear: Int?
    /// The rubric version of the ranked rows ("" when the rows do not say).
    public var mainVersion: String

    public var rows: [ComparisonRow] { ranking.map(\.row) }

    /// - Parameters:
    ///   - rows: rows of this rubric; rows of other rubrics are ignored.
    ///   - gradeOrder: the rubric's grade names, best first. Without it, grades are ordered by the highest
    ///     share any row reached with them, which follows the rubric's bands for the grades present.
    public init(rubricId: String, rows: [ComparisonRow], gradeOrder: [String]? = nil) {
        self.init(rubricId: rubricId, rows: rows, gradeOrder: gradeOrder, detailedStatistics: true) { rows[$0] }
    }

    /// A comparison of rows that may be held without their details (``ComparisonRow/withoutDetails()``), as a
    /// long batch holds them: `details` gives the full row at a position of `rows`. It is asked once per ranked
    /// row, in ranking order, and for the rows of departments present with several years; the matrix columns
    /// and their statistics are gathered in that one pass, so the full rows are never all in memory. The
    /// comparison's rows (``ranking``, ``excluded``, ``duplicates``) are those of `rows`, as they were given.
    ///
    /// - Parameter detailedStatistics: also the statistics of points lost per indicator and of each metric
    ///   (shown by `jixiao compare --format json`, not by report.html); without them those are empty (count 0),
    ///   which spares holding a long batch's metric values, distinct from one department to the next.
    public init(rubricId: String, rows: [ComparisonRow], gradeOrder: [String]? = nil, detailedStatistics: Bool,
                details: (_ position: Int) throws -> ComparisonRow) rethrows {
        try self.init(rubricId: rubricId, rows: rows, gradeOrder: gradeOrder, detailedStatistics: detailedStatistics,
                      scores: { _ in nil }, details: details)
    }

    /// The same, with `scores` giving a row's scores in its columns, or nil; it is asked first for each ranked row.
    /// Without detailed statistics the rows with the first ranked row's columns need nothing more (see
    /// ``ComparisonRowScores``): `details` is then asked only for the other rows and for year-over-year changes.
    public init(rubricId: String, rows: [ComparisonRow], gradeOrder: [String]? = nil, detailedStatistics: Bool,
                scores: (_ position: Int) throws -> ComparisonRowScores?,
                details: (_ position: Int) throws -> ComparisonRow) rethrows {
        var seen = Set<String>()
        var kept: [Int] = []
        var duplicates: [ComparisonRow] = []
        for (position, row) in rows.enumerated() where row.rubricId == rubricId {
            if seen.insert("\(row.department)\u{0}\(row.year)").inserted { kept.append(position) } else { duplicates.append(row) }
        }
        self.rubricId = rubricId
        rubricTitle = kept.first.map { rows[$0].rubricTitle } ?? rubricId
        totalPoints = kept.first.map { rows[$0].totalPoints } ?? .zero
        self.duplicates = duplicates
        (mainYear, mainVersion) = Self.mainYearAndVersion(kept.lazy.map { rows[$0] })
        var comparable: [Int] = []
        var excluded: [ExcludedRow] = []
        for position in kept {
            let row = rows[position]
            var reasons: [ExcludedRow.Reason] = []
            if !row.scoredEnough { reasons.append(.notScoredEnough) }
            if let mainYear, row.year != mainYear { reasons.append(.otherYear(main: mainYear)) }
            if row.rubricVersion != mainVersion { reasons.append(.otherVersion(main: mainVersion)) }
            if reasons.isEmpty { comparable.append(position) } else { excluded.append(ExcludedRow(row: row, reasons: reasons)) }
        }
        self.excluded = excluded
        ranking = Ranking.rank(rows, positions: comparable)

        (gradeCounts, ungraded) = Self.gradeCounts(ranking.lazy.map(\.row), order: gradeOrder)
        totalStatistics = Statistics(ranking.map(\.row.score))
        var columns = MatrixColumns(detailedStatistics: detailedStatistics)
        for entry in ranking {
            if let scores = try scores(entry.position), columns.add(scores) { continue }
            columns.add(try details(entry.position))
        }
        (indicators, groups, metrics) = (columns.indicators, columns.groups, columns.metrics)
        // Other years are not ranked but still give year-over-year changes.
        yearOverYear = try YearOverYearChange.changes(in: rows, positions: kept, details: details)
    }

    /// The latest year among rows graded (all rows when none was), and the version most of that year's rows
    /// used (ties: the later version in code point order).
    static func mainYearAndVersion(_ rows: some Collection<ComparisonRow>) -> (Int?, String) {
        let anyGraded = rows.contains(where: \.scoredEnough)
        let basis = rows.lazy.filter { !anyGraded || $0.scoredEnough }
        guard let year = basis.map(\.year).max() else { return (nil, "") }
        var counts: [String: Int] = [:]
        for row in basis where row.year == year { counts[row.rubricVersion, default: 0] += 1 }
        let version = counts.max { lhs, rhs in
            lhs.value != rhs.value ? lhs.value < rhs.value : Ranking.codePointOrder(lhs.key, rhs.key)
        }?.key ?? ""
        return (year, version)
    }

    /// One comparison per rubric id, in the order the rubrics first appear among `rows`.
    public static func byRubric(_ rows: [ComparisonRow], gradeOrders: [String: [String]] = [:]) -> [Comparison] {
        firstSeen(rows, id: \.rubricId).map {
            Comparison(rubricId: $0.rubricId, rows: rows, gradeOrder: gradeOrders[$0.rubricId])
        }
    }

    /// The matrix cell for a row and an indicator; nil when the row's rubric has no such indicator.
    public func cell(_ row: ComparisonRow, _ indicatorId: String) -> ComparisonRow.IndicatorScore? {
        row.indicators.first { $0.id == indicatorId }
    }

    public func metric(_ row: ComparisonRow, _ metricId: String) -> ComparisonRow.MetricValue? {
        row.metrics.first { $0.id == metricId }
    }

    static func gradeCounts(_ rows: some Collection<ComparisonRow>, order: [String]?) -> ([GradeCount], Int) {
        var counts: [String: Int] = [:]
        var best: [String: Rational] = [:]
        for row in rows {
            guard let grade = row.grade else { continue }
            counts[grade, default: 0] += 1
            let share = row.share ?? .zero
            if best[grade].map({ share > $0 }) ?? true { best[grade] = share }
        }
        var names = order ?? []
        // Grades the given order does not know (or all, without an order) follow by best share reached.
        let unknown = counts.keys.filter { !names.contains($0) }.sorted { lhs, rhs in
            best[lhs]! != best[rhs]! ? best[lhs]! > best[rhs]! : Ranking.codePointOrder(lhs, rhs)
        }
        names += unknown
        return (names.map { GradeCount(grade: $0, count: counts[$0] ?? 0) }, rows.count { $0.grade == nil })
    }

    static func firstSeen<Item, Key: Hashable>(_ items: [Item], id: (Item) -> Key) -> [Item] {
        var seen = Set<Key>()
        return items.filter { seen.insert(id($0)).inserted }
    }
}
