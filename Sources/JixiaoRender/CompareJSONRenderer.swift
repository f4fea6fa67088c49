import JixiaoCompare
import JixiaoEngine
import JixiaoExpression

/// The `jixiao.compare/2` JSON document: every comparison with ranking, grade counts, the indicator
/// matrix, statistics, metrics and year-over-year changes. Keys in fixed order; numbers exact
/// (a figure needing more than 6 decimals is rounded to 2 and its exact value given as `…_exact`).
public struct CompareJSONRenderer: Sendable {
    public static let schema = "jixiao.compare/2"
    public var engineVersion: String

    public init(engineVersion: String) {
        self.engineVersion = engineVersion
    }

    public func render(_ comparisons: [Comparison]) -> String {
        json(comparisons).serialized(pretty: true) + "\n"
    }

    public func json(_ comparisons: [Comparison]) -> JSONValue {
        .object([
            ("schema", .string(Self.schema)),
            ("engine", .object([("version", .string(engineVersion))])),
            ("comparisons", .array(comparisons.map(json))),
        ])
    }

    func json(_ comparison: Comparison) -> JSONValue {
        .object([
            ("rubric", .object([("id", .string(comparison.rubricId)), ("title", .string(comparison.rubricTitle)),
                                ("total_points", number(comparison.totalPoints))])),
            ("count", .number(String(comparison.ranking.count))),
            ("year", comparison.mainYear.map { .number(String($0)) } ?? .null),
            ("rubric_version", .string(comparison.mainVersion)),
            ("tie_rule", .string(CompareText.tieRule)),
            ("grades", .array(comparison.gradeCounts.map {
                .object([("grade", .string($0.grade)), ("count", .number(String($0.count)))])
            })),
            ("ungraded", .number(String(comparison.ungraded))),
            ("ranking", .array(comparison.ranking.map(json))),
            ("excluded", .array(comparison.excluded.map(json))),
            ("indicators", .array(comparison.indicators.map { column in
                .object([("id", .string(column.id)), ("name", .string(column.name)), ("group", .string(column.groupId)),
                         ("points", number(column.points)), ("role", .string(column.role.rawValue)),
                         ("statistics", json(column.statistics)),
                         ("points_lost_statistics", json(column.pointsLostStatistics))])
            })),
            ("groups", .array(comparison.groups.map { group in
                .object([("id", .string(group.id)), ("name", .string(group.name)), ("points", number(group.points)),
                         ("statistics", json(group.statistics))])
            })),
            ("total_statistics", json(comparison.totalStatistics)),
            ("metrics", .array(comparison.metrics.map { column in
                .object([("id", .string(column.id)), ("name", .string(column.name)), ("unit", .string(column.unit)),
                         ("statistics", json(column.statistics))])
            })),
            ("year_over_year", .array(comparison.yearOverYear.map(json))),
            ("duplicates", .array(comparison.duplicates.map { .string($0.path) })),
        ])
    }

    func json(_ entry: RankedRow) -> JSONValue {
        let row = entry.row
        // Built in parts: one literal this size is too much for the type checker.
        let share: Rational? = row.share.map { $0 * .hundred }
        var members: [(String, JSONValue)] = [
            ("rank", .number(String(entry.rank))),
            ("department", .string(row.department)), ("year", .number(String(row.year))), ("path", .string(row.path)),
            ("score", number(row.score)), ("max_applicable", number(row.maxApplicable)),
        ]
        // The share as a percent figure, like rates in jixiao.result/1.
        members.append(("share", share.map(number) ?? .null))
        members.append(("share_exact", share.map(exact) ?? .null))
        members.append(("grade", row.grade.map(JSONValue.string) ?? .null))
        members.append(("vetoed", .bool(row.vetoed)))
        members.append(("mismatch_count", .number(String(row.mismatchCount))))
        members.append(("finding_count", .number(String(row.findingCount))))
        let groups: [JSONValue] = row.groups.map(json)
        let indicators: [JSONValue] = row.indicators.map(json)
        let metrics: [JSONValue] = row.metrics.map(json)
        members += [("groups", .array(groups)), ("indicators", .array(indicators)), ("metrics", .array(metrics))]
        return .object(members)
    }

    /// A row left out of the ranking, with its reasons as codes and in words.
    func json(_ excluded: ExcludedRow) -> JSONValue {
        let row = excluded.row
        let reasons: [JSONValue] = excluded.reasons.map { reason in
            let code: String
            switch reason {
            case .notScoredEnough: code = "not_scored_enough"
            case .otherYear: code = "other_year"
            case .otherVersion: code = "other_version"
            }
            return .object([("code", .string(code)), ("text", .string(CompareText.reason(row, reason)))])
        }
        return .object([
            ("department", .string(row.department)), ("year", .number(String(row.year))), ("path", .string(row.path)),
            ("rubric_version", .string(row.rubricVersion)),
            ("score", number(row.score)), ("max_applicable", number(row.maxApplicable)),
            ("grade", row.grade.map(JSONValue.string) ?? .null), ("vetoed", .bool(row.vetoed)),
            ("reasons", .array(reasons)),
        ])
    }

    func json(_ group: ComparisonRow.GroupScore) -> JSONValue {
        .object([("id", .string(group.id)), ("level", .number(String(group.level))),
                 ("points", number(group.points)), ("score", number(group.score)),
                 ("max_applicable", number(group.maxApplicable)), ("vetoed", .bool(group.vetoed))])
    }

    func json(_ indicator: ComparisonRow.IndicatorScore) -> JSONValue {
        let score: JSONValue = indicator.score.map(number) ?? .null
        let lost: JSONValue = indicator.pointsLost.map(number) ?? .null
        return .object([("id", .string(indicator.id)), ("score", score),
                        ("state", .string(indicator.state.rawValue)), ("points_lost", lost),
                        ("veto_triggered", .bool(indicator.vetoTriggered))])
    }

    func json(_ metric: ComparisonRow.MetricValue) -> JSONValue {
        let exactValue: JSONValue = metric.number.map(exact) ?? .null
        return .object([("id", .string(metric.id)), ("value", value(metric.quantity)), ("exact", exactValue),
                        ("unit", .string(metric.unit)), ("shown", .string(metric.shown))])
    }

    func json(_ statistics: Statistics) -> JSONValue {
        .object([
            ("count", .number(String(statistics.count))), ("not_scored", .number(String(statistics.notScored))),
            ("mean", statistics.mean.map(number) ?? .null), ("mean_exact", statistics.mean.map(exact) ?? .null),
            ("median", statistics.median.map(number) ?? .null),
            ("min", statistics.minimum.map(number) ?? .null), ("max", statistics.maximum.map(number) ?? .null),
        ])
    }

    func json(_ change: YearOverYearChange) -> JSONValue {
        let item = { (change: YearOverYearChange.Change) -> JSONValue in
            .object([("id", .string(change.id)), ("name", .string(change.name)), ("unit", .string(change.unit)),
                     ("before", change.before.map(number) ?? .null), ("after", change.after.map(number) ?? .null),
                     ("comparable", .bool(change.comparable)),
                     ("change", change.delta.map(number) ?? .null)])
        }
        let unlike: [JSONValue] = change.unlike.map { unlike in
            switch unlike {
            case .notScoredEnough(let year):
                .object([("code", .string("not_scored_enough")), ("year", .number(String(year)))])
            case .versions(let before, let after):
                .object([("code", .string("versions")), ("before", .string(before)), ("after", .string(after))])
            }
        }
        return .object([
            ("department", .string(change.department)),
            ("from_year", .number(String(change.fromYear))), ("to_year", .number(String(change.toYear))),
            ("grade_before", change.gradeBefore.map(JSONValue.string) ?? .null),
            ("grade_after", change.gradeAfter.map(JSONValue.string) ?? .null),
            ("unlike", .array(unlike)),
            ("total", item(change.total)),
            ("groups", .array(change.groups.map(item))),
            ("indicators", .array(change.indicators.map(item))),
            ("metrics", .array(change.metrics.map(item))),
        ])
    }

    /// Exact when the value terminates within 6 decimals; otherwise rounded half-up to 2 (see `exact`).
    private func number(_ value: Rational) -> JSONValue {
        .number(value.exactDecimalText(maxPlaces: 6) ?? value.decimalText(places: 2))
    }

    /// The exact value as text when `number` had to round it ("2827/300"); null otherwise.
    private func exact(_ value: Rational) -> JSONValue {
        guard value.exactDecimalText(maxPlaces: 6) == nil else { return .null }
        return .string(value.exactDecimalText() ?? "\(value.numerator)/\(value.denominator)")
    }

    private func value(_ quantity: ComparisonRow.MetricValue.Quantity) -> JSONValue {
        switch quantity {
        case .number(let value): number(value)
        case .text(let text): .string(text)
        case .bool(let flag): .bool(flag)
        case .unavailable: .null
        }
    }
}
