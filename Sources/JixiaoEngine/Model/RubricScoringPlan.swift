import Foundation
import JixiaoExpression

/// What scoring a rubric's metrics, indicators and findings needs that no submission changes — where each path
/// of their expressions is found, how each indicator input is shown (``ReferenceResolver/displayUnit(of:)``),
/// which metrics' ranges the checks read, where the indicators a finding weighs are — worked out the first time
/// a submission is scored and kept for the rest of the batch: every one of them asks it for every submission.
///
/// A rubric is shared by the threads of a batch, so the first of them to need the plan makes it under a lock.
/// The rubric replaces it whenever what it is made from (groups, facts, metrics, checks, unit) changes.
final class RubricScoringPlan: Sendable {
    /// An expression with the way each of its paths is read and how its value is shown. A class, so that finding
    /// and reading it per submission copies no expression.
    final class PlannedExpression: Sendable {
        let expression: JixiaoExpression.Expression
        let shown: (unit: DisplayUnit, places: Int)
        /// How each of `expression.paths` is read, in that order.
        let reads: [PathRead]
        /// Whether the expression is one reference (`t01.income.total`), whose value is then the path's.
        let isSoleReference: Bool

        init(expression: JixiaoExpression.Expression, shown: (unit: DisplayUnit, places: Int), reads: [PathRead]) {
            self.expression = expression
            self.shown = shown
            self.reads = reads
            isSoleReference = expression.soleReferencePath != nil
        }

        /// The value of the expression in `environment`, as `environment.evaluate(expression)` gives it: each
        /// path read where the plan says, then the expression evaluated over those values alone (specialised for
        /// the table); a single reference is its path's value.
        func value(in environment: ScoringEnvironment) -> Value {
            let paths = expression.paths
            if isSoleReference {
                let value = Self.read(paths[0], as: reads[0], in: environment)
                // As the evaluator takes a reference: a value missing without naming its path names it.
                if case .missing(let missing) = value, missing.isEmpty { return .missing([paths[0]]) }
                return value
            }
            var values: [Value] = []
            values.reserveCapacity(paths.count)
            for index in paths.indices {
                values.append(Self.read(paths[index], as: reads[index], in: environment))
            }
            return expression.evaluate(in: ResolvedPaths(paths: paths, values: values))
        }

        private static func read(_ path: String, as read: PathRead, in environment: ScoringEnvironment) -> Value {
            switch read {
            case .environment:
                environment.value(of: path)
            case .fact(let positions, let missing):
                environment.facts.value(declaredAt: positions) ?? missing
            }
        }
    }

    /// Where the value at one path of an expression comes from.
    enum PathRead: Sendable {
        /// From the scoring environment by path: a metric, a record's field, a list or a list's field, or a path
        /// no fact declares.
        case environment
        /// From the facts declared at the path (their positions in the rubric's `facts`; none of them a list, and
        /// no list declared where the path could be one's field), by position; `missing` when none was read.
        case fact(positions: [Int], missing: Value)
    }

    /// How one metric is computed for each submission. A class holding the rubric's metric, so that reading
    /// the metric's parts per submission copies none of the others (a copy of a metric retains each of its
    /// strings).
    final class MetricPlan: Sendable {
        let metric: Metric
        let value: PlannedExpression
        /// Whether a check may read the metric's range (directly or through another metric whose range it
        /// reads): only then is the range worked out.
        let needsRange: Bool

        init(metric: Metric, value: PlannedExpression, needsRange: Bool) {
            self.metric = metric
            self.value = value
            self.needsRange = needsRange
        }
    }

    /// Where an indicator's result is among a rubric result's groups: the group at each level, then the
    /// indicator in the innermost one.
    struct IndicatorLocation: Sendable {
        let groups: [Int]
        let indicator: Int

        /// The points the indicator lost in `groups` (a scored regular indicator's; zero for any other).
        func pointsLost(in groups: [GroupResult]) -> Rational {
            func lost(in group: GroupResult, level: Int) -> Rational {
                level < self.groups.count
                    ? lost(in: group.groups[self.groups[level]], level: level + 1)
                    : group.indicators[indicator].pointsLost ?? .zero
            }
            return lost(in: groups[self.groups[0]], level: 1)
        }
    }

    /// How one finding is decided for each submission. A class holding the rubric's finding, as ``MetricPlan``.
    final class FindingPlan: Sendable {
        let finding: FindingTemplate
        /// For each of the finding's `indicators`, where the first indicator with that id is (in
        /// ``GroupResult/forEachIndicator(_:)`` order), nil when the rubric has none.
        let stakes: [IndicatorLocation?]
        /// For a `lost:` trigger, where each indicator it names is, as `stakes`.
        let triggers: [IndicatorLocation?]
        /// For a `when:` trigger, its condition (per record of `each` when the finding has one).
        let condition: PlannedExpression?

        init(finding: FindingTemplate, stakes: [IndicatorLocation?], triggers: [IndicatorLocation?],
             condition: PlannedExpression?) {
            self.finding = finding
            self.stakes = stakes
            self.triggers = triggers
            self.condition = condition
        }
    }

    /// The parts of the plan, made together.
    struct Made: Sendable {
        /// The rubric's metrics, in its order.
        let metrics: [MetricPlan]
        /// The expressions of each indicator in the order they are read (its applicability condition, then its
        /// method's), the indicators in scoring order (a group's subgroups before its own indicators, depth first).
        let indicatorInputs: [[PlannedExpression]]
        /// The rubric's findings, in its order.
        let findings: [FindingPlan]
        /// The reader labels of the rubric's checks, made as findings name them.
        let checkLabels: CheckReaderLabels
    }

    private let made = MadeOnce<Made>()

    /// The plan of `rubric`.
    func plan(of rubric: Rubric) -> Made {
        made.value { Self.make(of: rubric) }
    }

    private static func make(of rubric: Rubric) -> Made {
        let reads = PathReads(rubric: rubric)
        let rangesNeeded = Self.metricsWhoseRangesChecksRead(in: rubric)
        let metrics = rubric.metrics.map { metric in
            MetricPlan(metric: metric, value: PlannedExpression(expression: metric.value.expression, shown: (metric.unit, metric.places),
                                                reads: metric.value.expression.paths.map {
                                                    reads.read(of: $0, recordVariable: metric.each?.variable)
                                                }),
                       needsRange: rangesNeeded.contains(metric.id))
        }
        let resolver = ReferenceResolver(rubric: rubric)
        var indicatorInputs: [[PlannedExpression]] = []
        func add(_ group: Group) {
            group.groups.forEach(add)
            for indicator in group.indicators {
                let expressions = (indicator.applicable.map { [$0] } ?? []) + indicator.method.expressions
                indicatorInputs.append(expressions.map { expression in
                    PlannedExpression(expression: expression.expression, shown: resolver.displayUnit(of: expression),
                                      reads: expression.expression.paths.map { reads.read(of: $0, recordVariable: nil) })
                })
            }
        }
        rubric.groups.forEach(add)
        let locations = Self.firstLocations(of: rubric.groups)
        let findings = rubric.findings.map { finding in
            var condition: PlannedExpression?
            if case .condition(let expression) = finding.trigger {
                condition = PlannedExpression(expression: expression.expression, shown: (.plain, 2),
                                              reads: expression.expression.paths.map {
                                                  reads.read(of: $0, recordVariable: finding.each?.variable)
                                              })
            }
            var triggers: [IndicatorLocation?] = []
            if case .pointsLost(let ids) = finding.trigger { triggers = ids.map { locations[$0] } }
            return FindingPlan(finding: finding, stakes: finding.indicators.map { locations[$0] }, triggers: triggers, condition: condition)
        }
        let plan = Made(metrics: metrics, indicatorInputs: indicatorInputs, findings: findings,
                        checkLabels: CheckReaderLabels())
        return plan
    }

    /// The ids of the metrics whose ranges a check may read: those its expressions name, and every metric the
    /// value of such a metric names (metrics come after those they use, so one walk back finds them all).
    static func metricsWhoseRangesChecksRead(in rubric: Rubric) -> Set<String> {
        let metricIds = Set(rubric.metrics.map(\.id))
        var needed = Set<String>()
        for check in rubric.checks {
            for path in check.stated.expression.paths + check.computed.expression.paths where metricIds.contains(path) {
                needed.insert(path)
            }
        }
        for metric in rubric.metrics.reversed() where needed.contains(metric.id) {
            for path in metric.value.expression.paths where metricIds.contains(path) { needed.insert(path) }
        }
        return needed
    }

    /// Where the first indicator with each id is, in ``GroupResult/forEachIndicator(_:)`` order (a group's own
    /// indicators before its subgroups'), which the groups' results follow.
    private static func firstLocations(of groups: [Group]) -> [String: IndicatorLocation] {
        var locations: [String: IndicatorLocation] = [:]
        func walk(_ group: Group, path: [Int]) {
            for (index, indicator) in group.indicators.enumerated() where locations[indicator.id] == nil {
                locations[indicator.id] = IndicatorLocation(groups: path, indicator: index)
            }
            for (index, subgroup) in group.groups.enumerated() { walk(subgroup, path: path + [index]) }
        }
        for (index, group) in groups.enumerated() { walk(group, path: [index]) }
        return locations
    }

    /// How each path is read, by what the rubric declares at it.
    private struct PathReads {
        let metricIds: Set<String>
        let factPositions: [String: [Int]]
        let listPaths: Set<String>

        init(rubric: Rubric) {
            metricIds = Set(rubric.metrics.map(\.id))
            factPositions = rubric.checkPlan.plan(of: rubric).factPositions
            listPaths = Set(rubric.facts.filter { $0.kind == .list }.map(\.path))
        }

        /// - Parameter recordVariable: the name of the record inside a per-record metric, whose fields are read
        ///   from the record before anything else.
        func read(of path: String, recordVariable: String?) -> PathRead {
            if let recordVariable, ScoringEnvironment.field(of: path, inRecordNamed: recordVariable) != nil {
                return .environment
            }
            guard !metricIds.contains(path), let positions = factPositions[path],
                  !listPaths.contains(path), !isListField(path) else { return .environment }
            return .fact(positions: positions, missing: .missing([path]))
        }

        /// Whether `path` could name a field of a declared list (`budget.items.final`): any part before a dot
        /// that is a list's path sends the path the general way.
        private func isListField(_ path: String) -> Bool {
            let bytes = path.utf8
            return bytes.indices.contains { bytes[$0] == UInt8(ascii: ".") && listPaths.contains(String(path[..<$0])) }
        }
    }
}

/// The reader labels (``CheckResult/readerLabel``) of a rubric's own checks, each made the first time a finding
/// names it and kept for the batch: unless the check runs per record, its label depends on its heading alone.
/// Threads scoring on the same rubric share it, so it is filled under a lock.
final class CheckReaderLabels: @unchecked Sendable {
    private let lock = NSLock()
    private var labels: [Int: String] = [:]

    /// `check.readerLabel`, kept by heading for a check of the rubric that does not run per record.
    func label(of check: CheckResult) -> String {
        guard let heading = check.headingIndex, check.record == nil else { return check.readerLabel }
        lock.lock()
        defer { lock.unlock() }
        if let known = labels[heading] { return known }
        let label = check.readerLabel
        labels[heading] = label
        return label
    }
}
