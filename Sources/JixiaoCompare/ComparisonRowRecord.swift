import JixiaoEngine
import JixiaoExpression

/// A ``ComparisonRow`` as bytes and back, exactly: every field, the counts of a compacted row's mismatches and
/// findings included. A batch spools its rows this way until report.html is written (see
/// ``ComparisonRow/withoutDetails()``); the bytes are private to one run, not a file format.
public enum ComparisonRowRecord {
    public static func bytes(_ row: ComparisonRow) -> [UInt8] {
        var out = RecordWriter(capacity: estimatedSize(row))
        out.text(row.department)
        out.int(row.year)
        out.text(row.path)
        out.text(row.rubricId)
        out.optional(row.rubricSha256) { $0.text($1) }
        out.text(row.rubricTitle)
        out.text(row.rubricVersion)
        out.rational(row.totalPoints)
        out.rational(row.score)
        out.rational(row.maxApplicable)
        out.optional(row.grade) { $0.text($1) }
        out.bool(row.vetoed)
        out.bool(row.scoredEnough)
        out.optional(row.gradeRequires) { $0.rational($1) }
        out.list(row.groups) { out, group in
            out.text(group.id)
            out.text(group.name)
            out.int(group.level)
            out.rational(group.points)
            out.rational(group.score)
            out.rational(group.maxApplicable)
            out.bool(group.vetoed)
        }
        out.list(row.indicators) { out, indicator in
            out.text(indicator.id)
            out.text(indicator.name)
            out.text(indicator.groupId)
            out.rational(indicator.points)
            out.optional(indicator.score) { $0.rational($1) }
            out.text(indicator.state.rawValue)
            out.text(indicator.role.rawValue)
            out.optional(indicator.pointsLost) { $0.rational($1) }
            out.bool(indicator.vetoTriggered)
        }
        out.list(row.metrics) { out, metric in
            out.text(metric.id)
            out.text(metric.name)
            switch metric.quantity {
            case .number(let value): out.int(0); out.rational(value)
            case .text(let text): out.int(1); out.text(text)
            case .bool(let flag): out.int(2); out.bool(flag)
            case .unavailable: out.int(3)
            }
            out.text(metric.unit)
            out.text(metric.shown)
            out.int(betterCodes.firstIndex(of: metric.better)!)
        }
        out.list(row.mismatches) { out, mismatch in
            out.text(mismatch.id)
            out.text(mismatch.name)
            out.text(mismatch.explanation)
            out.text(mismatch.severity.rawValue)
            out.optional(mismatch.size) { $0.rational($1) }
            out.text(mismatch.unit)
        }
        out.list(row.findings) { out, finding in
            out.text(finding.id)
            out.text(finding.problem)
            out.rational(finding.pointsAtStake)
        }
        out.int(row.mismatchCount)
        out.int(row.findingCount)
        return out.bytes
    }

    /// Somewhat more than a row's record takes, as a rule: an item's texts are an id, a Chinese name and a few
    /// words, a mismatch's or finding's a sentence or two.
    static func estimatedSize(_ row: ComparisonRow) -> Int {
        256 + row.path.utf8.count + 128 * (row.groups.count + row.indicators.count + row.metrics.count)
            + 512 * (row.mismatches.count + row.findings.count)
    }

    /// The row written by ``bytes(_:)``; nil when the bytes are damaged.
    ///
    /// - Parameter previous: a row read before from the same rubric's records, whose texts are taken in place of
    ///   equal ones read (see `RecordReader.text(sameAs:)`): the rows of one rubric repeat its ids, names and
    ///   titles, in the same order.
    public static func row(_ bytes: [UInt8], like previous: ComparisonRow? = nil) -> ComparisonRow? {
        var input = RecordReader(bytes)
        guard let department = input.text(), let year = input.int(), let path = input.text(),
              let rubricId = input.text(sameAs: previous?.rubricId),
              let rubricSha256 = input.optional({ $0.text(sameAs: previous?.rubricSha256) }),
              let rubricTitle = input.text(sameAs: previous?.rubricTitle),
              let rubricVersion = input.text(sameAs: previous?.rubricVersion),
              let totalPoints = input.rational(), let score = input.rational(), let maxApplicable = input.rational(),
              let grade = input.optional({ $0.text(sameAs: previous?.grade) }), let vetoed = input.bool(),
              let scoredEnough = input.bool(), let gradeRequires = input.optional({ $0.rational() })
        else { return nil }
        // The previous row's item at the same place, if it has one.
        func same<Item>(_ items: [Item]?, _ index: Int) -> Item? {
            guard let items, index < items.count else { return nil }
            return items[index]
        }
        var place = 0
        guard let groups = input.list({ input -> ComparisonRow.GroupScore? in
            defer { place += 1 }
            let earlier = same(previous?.groups, place)
            guard let id = input.text(sameAs: earlier?.id), let name = input.text(sameAs: earlier?.name), let level = input.int(),
                  let points = input.rational(),
                  let score = input.rational(), let maxApplicable = input.rational(), let vetoed = input.bool()
            else { return nil }
            return .init(id: id, name: name, level: level, points: points, score: score, maxApplicable: maxApplicable,
                         vetoed: vetoed)
        }) else { return nil }
        place = 0
        guard let indicators = input.list({ input -> ComparisonRow.IndicatorScore? in
            defer { place += 1 }
            let earlier = same(previous?.indicators, place)
            guard let id = input.text(sameAs: earlier?.id), let name = input.text(sameAs: earlier?.name),
                  let groupId = input.text(sameAs: earlier?.groupId), let points = input.rational(),
                  let score = input.optional({ $0.rational() }),
                  let state = input.text().flatMap(IndicatorState.init(rawValue:)),
                  let role = input.text().flatMap(IndicatorRole.init(rawValue:)),
                  let pointsLost = input.optional({ $0.rational() }), let vetoTriggered = input.bool()
            else { return nil }
            return .init(id: id, name: name, groupId: groupId, points: points, score: score, state: state, role: role,
                         pointsLost: pointsLost, vetoTriggered: vetoTriggered)
        }) else { return nil }
        place = 0
        guard let metrics = input.list({ input -> ComparisonRow.MetricValue? in
            defer { place += 1 }
            let earlier = same(previous?.metrics, place)
            guard let id = input.text(sameAs: earlier?.id), let name = input.text(sameAs: earlier?.name), let kind = input.int()
            else { return nil }
            let quantity: ComparisonRow.MetricValue.Quantity
            switch kind {
            case 0: guard let value = input.rational() else { return nil }; quantity = .number(value)
            case 1: guard let text = input.text() else { return nil }; quantity = .text(text)
            case 2: guard let flag = input.bool() else { return nil }; quantity = .bool(flag)
            case 3: quantity = .unavailable
            default: return nil
            }
            guard let unit = input.text(sameAs: earlier?.unit), let shown = input.text(), let better = input.int(),
                  betterCodes.indices.contains(better) else { return nil }
            return .init(id: id, name: name, quantity: quantity, unit: unit, shown: shown, better: betterCodes[better])
        }) else { return nil }
        guard let mismatches = input.list({ input -> ComparisonRow.Mismatch? in
            guard let id = input.text(), let name = input.text(), let explanation = input.text(),
                  let severity = input.text().flatMap(Check.Severity.init(rawValue:)),
                  let size = input.optional({ $0.rational() }), let unit = input.text()
            else { return nil }
            return .init(id: id, name: name, explanation: explanation, severity: severity, size: size, unit: unit)
        }) else { return nil }
        guard let findings = input.list({ input -> ComparisonRow.Finding? in
            guard let id = input.text(), let problem = input.text(), let pointsAtStake = input.rational() else { return nil }
            return .init(id: id, problem: problem, pointsAtStake: pointsAtStake)
        }) else { return nil }
        guard let mismatchCount = input.int(), let findingCount = input.int(), input.isAtEnd else { return nil }

        var row = ComparisonRow(department: department, year: year, path: path, rubricId: rubricId, rubricTitle: rubricTitle,
                                rubricVersion: rubricVersion, totalPoints: totalPoints, score: score,
                                maxApplicable: maxApplicable, grade: grade, vetoed: vetoed, scoredEnough: scoredEnough,
                                gradeRequires: gradeRequires, groups: groups, indicators: indicators, metrics: metrics)
        row.rubricSha256 = rubricSha256
        // Already in their order of importance, and possibly compacted: kept as written, counts included.
        row.mismatches = mismatches
        row.findings = findings
        row.mismatchCount = mismatchCount
        row.findingCount = findingCount
        return row
    }

    private static let betterCodes: [YearOverYearChange.Better] = [.neither, .higher, .lower]
}
