import JixiaoExpression

/// One department's change from one year to a later one, under the same rubric, like with like only:
///
/// - the totals are compared only when both years could be graded (enough scored for `grade_requires`) and were
///   scored against the same rubric version;
/// - a group only when both years scored it over the same applicable points, same version;
/// - an indicator only when both years scored it, same version;
/// - metrics (figures of the documents, not scores) whenever both years have them.
public struct YearOverYearChange: Sendable {
    /// Why two years' totals are not set against each other.
    public enum Unlike: Sendable, Equatable {
        /// Too little of that year could be scored for a grade.
        case notScoredEnough(year: Int)
        /// The years were scored against different versions of the rubric.
        case versions(before: String, after: String)
    }

    /// Which way a figure is better, for the colour of its change.
    public enum Better: Sendable, Equatable {
        case higher
        case lower
        /// Unknown (a metric whose rubric does not declare `better:`): the change is shown without a judgement.
        case neither
    }

    /// A figure before and after; `delta` is the change when the two are comparable.
    public struct Change: Sendable, Equatable {
        public var id: String
        public var name: String
        public var before: Rational?
        public var after: Rational?
        /// "%" for metric rates (the delta is then in percentage points), "分" for scores, else the metric unit.
        public var unit: String
        /// False when the two values exist but do not measure the same thing (see the type's rules).
        public var comparable: Bool = true
        public var better: Better = .neither

        /// Places every output prints these figures with; the change is taken between the printed values, so
        /// "7.95% → 8.66%" reads "+0.71个百分点" even when the exact figures differ by 0.7155.
        public static let printedPlaces = 2

        /// after − before, both rounded half-up to ``printedPlaces``; nil when either is missing or not comparable.
        public var delta: Rational? {
            guard comparable, let before, let after else { return nil }
            return after.rounded(places: Self.printedPlaces) - before.rounded(places: Self.printedPlaces)
        }
    }

    public var department: String
    /// Empty when the totals compare; otherwise why they do not.
    public var unlike: [Unlike]
    public var fromYear: Int
    public var toYear: Int
    public var total: Change
    public var gradeBefore: String?
    public var gradeAfter: String?
    public var groups: [Change]
    public var indicators: [Change]
    /// Numeric metrics only; per-record metrics are left out, as in the side-by-side table.
    public var metrics: [Change]

    /// Every department with two or more years: each year against the previous year present, departments
    /// in Unicode code point order, years ascending.
    public static func changes(in rows: [ComparisonRow]) -> [YearOverYearChange] {
        changes(in: rows, positions: Array(rows.indices)) { rows[$0] }
    }

    /// The changes among the rows at `positions` of `rows`, which may be held without their details: `details`
    /// gives the full row at a position, and is asked only for departments with two or more years.
    static func changes(in rows: [ComparisonRow], positions: [Int],
                        details: (_ position: Int) throws -> ComparisonRow) rethrows -> [YearOverYearChange] {
        var byDepartment: [String: [Int]] = [:]
        for position in positions { byDepartment[rows[position].department, default: []].append(position) }
        let departments = byDepartment.filter { $0.value.count > 1 }.keys.sorted(by: Ranking.codePointOrder)
        return try departments.flatMap { department -> [YearOverYearChange] in
            let years = try byDepartment[department]!.sorted { rows[$0].year < rows[$1].year }.map(details)
            return zip(years, years.dropFirst()).map { YearOverYearChange(from: $0, to: $1) }
        }
    }

    public init(from before: ComparisonRow, to after: ComparisonRow) {
        department = after.department
        fromYear = before.year
        toYear = after.year
        let sameVersion = before.rubricVersion == after.rubricVersion
        var unlike: [Unlike] = []
        for row in [before, after] where !row.scoredEnough { unlike.append(.notScoredEnough(year: row.year)) }
        if !sameVersion { unlike.append(.versions(before: before.rubricVersion, after: after.rubricVersion)) }
        self.unlike = unlike
        total = Change(id: "total", name: "总分", before: before.score, after: after.score, unit: "分",
                       comparable: unlike.isEmpty, better: .higher)
        gradeBefore = before.grade
        gradeAfter = after.grade
        groups = Self.union(before.groups.map(\.id), after.groups.map(\.id)).map { id in
            let (old, new) = (before.groups.first { $0.id == id }, after.groups.first { $0.id == id })
            // A group with nothing scored has no score to compare (its 0 is not a result).
            let scored = { (group: ComparisonRow.GroupScore?) in group.flatMap { $0.maxApplicable > .zero ? $0.score : nil } }
            let sameBasis = old != nil && new != nil && old!.maxApplicable == new!.maxApplicable
            return Change(id: id, name: (new ?? old)!.name, before: scored(old), after: scored(new), unit: "分",
                          comparable: sameVersion && sameBasis, better: .higher)
        }
        indicators = Self.union(before.indicators.map(\.id), after.indicators.map(\.id)).map { id in
            let (old, new) = (before.indicators.first { $0.id == id }, after.indicators.first { $0.id == id })
            // A veto's "score" is not a figure; bonus and regular scores are.
            return Change(id: id, name: (new ?? old)!.name, before: old?.score, after: new?.score, unit: "分",
                          comparable: sameVersion, better: .higher)
        }
        let numeric = { (row: ComparisonRow) in row.metrics.filter { $0.number != nil && !$0.id.contains("[") } }
        metrics = Self.union(numeric(before).map(\.id), numeric(after).map(\.id)).map { id in
            let (old, new) = (before.metrics.first { $0.id == id }, after.metrics.first { $0.id == id })
            return Change(id: id, name: (new ?? old)!.name, before: old?.number, after: new?.number, unit: (new ?? old)!.unit,
                          better: (new ?? old)!.better)
        }
    }

    /// Ids of the later year in order, then ids only the earlier year had.
    private static func union(_ before: [String], _ after: [String]) -> [String] {
        after + before.filter { !after.contains($0) }
    }
}
