import JixiaoExpression

/// One department's change from one year to a later one, under the same rubric.
public struct YearOverYearChange: Sendable {
    /// A figure before and after; `delta` is after − before when both exist.
    public struct Change: Sendable, Equatable {
        public var id: String
        public var name: String
        public var before: Rational?
        public var after: Rational?
        /// "%" for metric rates (the delta is then in percentage points), "分" for scores, else the metric unit.
        public var unit: String

        public var delta: Rational? {
            guard let before, let after else { return nil }
            return after - before
        }
    }

    public var department: String
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
        var byDepartment: [String: [ComparisonRow]] = [:]
        for row in rows { byDepartment[row.department, default: []].append(row) }
        let departments = byDepartment.keys.sorted(by: Ranking.codePointOrder)
        return departments.flatMap { department -> [YearOverYearChange] in
            let years = byDepartment[department]!.sorted { $0.year < $1.year }
            return zip(years, years.dropFirst()).map { YearOverYearChange(from: $0, to: $1) }
        }
    }

    public init(from before: ComparisonRow, to after: ComparisonRow) {
        department = after.department
        fromYear = before.year
        toYear = after.year
        total = Change(id: "total", name: "总分", before: before.score, after: after.score, unit: "分")
        gradeBefore = before.grade
        gradeAfter = after.grade
        groups = Self.union(before.groups.map(\.id), after.groups.map(\.id)).map { id in
            let (old, new) = (before.groups.first { $0.id == id }, after.groups.first { $0.id == id })
            // A group with nothing scored has no score to compare (its 0 is not a result).
            let scored = { (group: ComparisonRow.GroupScore?) in group.flatMap { $0.maxApplicable > .zero ? $0.score : nil } }
            return Change(id: id, name: (new ?? old)!.name, before: scored(old), after: scored(new), unit: "分")
        }
        indicators = Self.union(before.indicators.map(\.id), after.indicators.map(\.id)).map { id in
            let (old, new) = (before.indicators.first { $0.id == id }, after.indicators.first { $0.id == id })
            return Change(id: id, name: (new ?? old)!.name, before: old?.score, after: new?.score, unit: "分")
        }
        let numeric = { (row: ComparisonRow) in row.metrics.filter { $0.number != nil && !$0.id.contains("[") } }
        metrics = Self.union(numeric(before).map(\.id), numeric(after).map(\.id)).map { id in
            let (old, new) = (before.metrics.first { $0.id == id }, after.metrics.first { $0.id == id })
            return Change(id: id, name: (new ?? old)!.name, before: old?.number, after: new?.number, unit: (new ?? old)!.unit)
        }
    }

    /// Ids of the later year in order, then ids only the earlier year had.
    private static func union(_ before: [String], _ after: [String]) -> [String] {
        after + before.filter { !after.contains($0) }
    }
}
