import JixiaoEngine
import JixiaoExpression

/// One submission scored against one rubric, reduced to what a comparison needs.
///
/// Built either from a freshly scored ``SubmissionResult`` (``ComparisonRow/rows(from:)``) or from a
/// `jixiao.result/1` JSON object written by `jixiao score --format json` or `jixiao batch`
/// (``ComparisonRowDecoder``), so both kinds of input compare alike.
public struct ComparisonRow: Sendable {
    /// A group's score (一级、二级… groups flattened depth first).
    public struct GroupScore: Sendable {
        public var id: String
        public var name: String
        /// 0 for a top-level group, 1 for its subgroups, …
        public var level: Int
        public var points: Rational
        public var score: Rational
        public var maxApplicable: Rational
        /// A veto in the group was triggered, so its score is zero whatever its indicators earned.
        public var vetoed: Bool

        public init(id: String, name: String, level: Int, points: Rational, score: Rational, maxApplicable: Rational,
                    vetoed: Bool = false) {
            self.id = id
            self.name = name
            self.level = level
            self.points = points
            self.score = score
            self.maxApplicable = maxApplicable
            self.vetoed = vetoed
        }
    }

    /// An indicator's outcome.
    public struct IndicatorScore: Sendable {
        public var id: String
        public var name: String
        /// Id of the group the indicator sits in directly.
        public var groupId: String
        public var points: Rational
        /// Nil when the indicator was not scored (see `state`) and for veto indicators.
        public var score: Rational?
        public var state: IndicatorState
        public var role: IndicatorRole
        /// `points − score` for a scored regular indicator.
        public var pointsLost: Rational?
        /// For a veto indicator: it was triggered (its group, or the whole total, scores zero).
        public var vetoTriggered: Bool

        public init(id: String, name: String, groupId: String, points: Rational, score: Rational?,
                    state: IndicatorState, role: IndicatorRole, pointsLost: Rational?, vetoTriggered: Bool = false) {
            self.id = id
            self.name = name
            self.groupId = groupId
            self.points = points
            self.score = score
            self.state = state
            self.role = role
            self.pointsLost = pointsLost
            self.vetoTriggered = vetoTriggered
        }

        /// Share of the points earned, for a scored regular indicator with points.
        public var share: Rational? {
            guard role == .regular, let score else { return nil }
            return score.divided(by: points)
        }
    }

    /// A metric's value in its display unit: a rate as a percent figure (88.61, not 0.8861), exact.
    public struct MetricValue: Sendable {
        public enum Quantity: Sendable, Equatable {
            case number(Rational)
            case text(String)
            case bool(Bool)
            /// Missing data or not computable; `shown` says why.
            case unavailable
        }

        public var id: String
        public var name: String
        public var quantity: Quantity
        /// "%", "万元", a measure word, "分" or "".
        public var unit: String
        /// As the single-submission report shows it, e.g. "88.61%".
        public var shown: String
        /// Which way the figure is better, as the rubric declares it (`better:`).
        public var better: YearOverYearChange.Better

        public init(id: String, name: String, quantity: Quantity, unit: String, shown: String,
                    better: YearOverYearChange.Better = .neither) {
            self.id = id
            self.name = name
            self.quantity = quantity
            self.unit = unit
            self.shown = shown
            self.better = better
        }

        public var number: Rational? {
            if case .number(let value) = quantity { return value }
            return nil
        }
    }

    /// A data check that came out as 不一致.
    public struct Mismatch: Sendable {
        public var id: String
        public var name: String
        public var explanation: String
        /// 错误 (error) or 提示 (warning).
        public var severity: Check.Severity
        /// |stated − computed| in `unit`, when both are numbers.
        public var size: Rational?
        /// The unit symbol of the figures ("万元", "%", "人", …).
        public var unit: String

        public init(id: String, name: String, explanation: String, severity: Check.Severity = .error,
                    size: Rational? = nil, unit: String = "") {
            self.id = id
            self.name = name
            self.explanation = explanation
            self.severity = severity
            self.size = size
            self.unit = unit
        }

        /// Most important first: errors before warnings; among them money (元, 万元) by the size of the
        /// difference, then the others in the rubric's order.
        static func ordered(_ mismatches: [Mismatch]) -> [Mismatch] {
            // Whether each is money is worked out once per mismatch: asked at every comparison of the sort, the
            // unit's suffix test was most of its cost. Positions are sorted, so each mismatch is moved only once.
            let isMoney = mismatches.map { $0.size != nil && $0.unit.hasSuffix("元") }
            let order = mismatches.indices.sorted { a, b in
                let (severityA, severityB) = (mismatches[a].severity, mismatches[b].severity)
                if severityA != severityB { return severityA > severityB }
                if isMoney[a] != isMoney[b] { return isMoney[a] }
                if isMoney[a], let sizeA = mismatches[a].size, let sizeB = mismatches[b].size, sizeA != sizeB {
                    return sizeA > sizeB
                }
                return a < b
            }
            return order.map { mismatches[$0] }
        }
    }

    /// A finding that fired, by its problem and the points at stake.
    public struct Finding: Sendable {
        public var id: String
        public var problem: String
        public var pointsAtStake: Rational

        public init(id: String, problem: String, pointsAtStake: Rational) {
            self.id = id
            self.problem = problem
            self.pointsAtStake = pointsAtStake
        }
    }

    public var department: String
    public var year: Int
    /// The submission (or results) file as given on the command line.
    public var path: String
    public var rubricId: String
    /// The sha256 of the rubric file the row was scored with, when known; rows whose rubric ids match but
    /// whose hashes differ were scored by different rules and must not be ranked together.
    public var rubricSha256: String?
    public var rubricTitle: String
    /// The rubric's version ("2023.1"); rows of different versions are not ranked together.
    public var rubricVersion: String
    public var totalPoints: Rational
    public var score: Rational
    public var maxApplicable: Rational
    public var grade: String?
    public var vetoed: Bool
    /// False when less than the rubric's `grade_requires` could be scored (the engine then gives no grade):
    /// such a score says too little to rank.
    public var scoredEnough: Bool
    /// The rubric's `grade_requires` as a share, when known (results read back from JSON do not carry it).
    public var gradeRequires: Rational?
    public var groups: [GroupScore]
    public var indicators: [IndicatorScore]
    public var metrics: [MetricValue]
    public var mismatches: [Mismatch]
    public var findings: [Finding]

    public init(department: String, year: Int, path: String, rubricId: String, rubricTitle: String, rubricVersion: String = "",
                totalPoints: Rational, score: Rational, maxApplicable: Rational, grade: String?, vetoed: Bool = false,
                scoredEnough: Bool = true, gradeRequires: Rational? = nil,
                groups: [GroupScore] = [], indicators: [IndicatorScore] = [], metrics: [MetricValue] = [],
                mismatches: [Mismatch] = [], findings: [Finding] = []) {
        self.department = department
        self.year = year
        self.path = path
        self.rubricId = rubricId
        self.rubricTitle = rubricTitle
        self.rubricVersion = rubricVersion
        self.totalPoints = totalPoints
        self.score = score
        self.maxApplicable = maxApplicable
        self.grade = grade
        self.vetoed = vetoed
        self.scoredEnough = scoredEnough
        self.gradeRequires = gradeRequires
        self.groups = groups
        self.indicators = indicators
        self.metrics = metrics
        // Kept in order of importance, so a compacted row keeps the ones that matter most.
        self.mismatches = Mismatch.ordered(mismatches)
        self.findings = findings.enumerated().sorted {
            $0.element.pointsAtStake != $1.element.pointsAtStake ? $0.element.pointsAtStake > $1.element.pointsAtStake
                : $0.offset < $1.offset
        }.map(\.element)
        self.mismatchCount = mismatches.count
        self.findingCount = findings.count
    }

    /// Counted before ``compacted(keeping:)`` trims the lists, so totals stay right.
    public internal(set) var mismatchCount: Int
    public internal(set) var findingCount: Int

    /// The row with only the first `limit` mismatches and findings kept — the most important ones, see
    /// ``Mismatch`` and the findings' points at stake — (their counts stay whole):
    /// enough for a department's profile, and it keeps a long batch's report rows small.
    public func compacted(keeping limit: Int = 3) -> ComparisonRow {
        var row = self
        row.mismatches = Array(mismatches.prefix(limit))
        row.findings = Array(findings.prefix(limit))
        return row
    }

    /// The row without the lists only its own profile, the heat map and the matrix read — indicators, metrics,
    /// mismatches, findings, groups other than vetoed ones — and with what ranking, grade counts, the tables of
    /// totals and the veto lines read (``anyVeto`` and ``vetoSummary`` still hold; the counts stay whole).
    /// A batch holds its rows this way until report.html is written and fetches the rest from a spool, see
    /// ``Comparison/init(rubricId:rows:gradeOrder:detailedStatistics:details:)``.
    public func withoutDetails() -> ComparisonRow {
        var row = self
        row.groups = groups.filter(\.vetoed)
        row.indicators = []
        row.metrics = []
        row.mismatches = []
        row.findings = []
        return row
    }

    /// score ÷ max_applicable, the share the grade is computed on; nil when nothing could be scored.
    public var share: Rational? { score.divided(by: maxApplicable) }

    /// "部门（2023年）": the name a table row shows.
    public var label: String { "\(department)（\(year)年）" }

    /// True when a veto zeroed the total or any group.
    public var anyVeto: Bool { vetoed || groups.contains(where: \.vetoed) }

    /// What the vetoes did, in words: "一票否决：重点任务得分归零"; nil without a veto.
    public var vetoSummary: String? {
        var parts: [String] = []
        if vetoed { parts.append("总分归零") }
        parts += groups.filter(\.vetoed).map { "\($0.name)得分归零" }
        return parts.isEmpty ? nil : "一票否决：" + parts.joined(separator: "、")
    }

    /// The group an indicator sits in directly.
    public func group(of indicator: IndicatorScore) -> GroupScore? {
        groups.first { $0.id == indicator.groupId }
    }

    /// One row per rubric the submission was scored against.
    public static func rows(from submission: SubmissionResult) -> [ComparisonRow] {
        submission.results.map { ComparisonRow(submission: submission, result: $0) }
    }

    public init(submission: SubmissionResult, result: RubricResult) {
        var groups: [GroupScore] = []
        var indicators: [IndicatorScore] = []
        func visit(_ group: GroupResult, level: Int) {
            groups.append(GroupScore(id: group.id, name: group.name, level: level, points: group.points,
                                     score: group.score, maxApplicable: group.maxApplicable, vetoed: group.vetoed))
            // Appended one by one, each read in place: mapping made an array per group, and each indicator a copy.
            let members = group.indicators
            for index in members.indices {
                indicators.append(IndicatorScore(
                    id: members[index].id, name: members[index].name, groupId: group.id, points: members[index].points,
                    score: members[index].score, state: members[index].state, role: members[index].role,
                    pointsLost: members[index].pointsLost,
                    vetoTriggered: members[index].vetoTriggered || members[index].vetoesRubric))
            }
            group.groups.forEach { visit($0, level: level + 1) }
        }
        result.groups.forEach { visit($0, level: 0) }
        self.init(
            // A form's project is what is ranked: “某县水利局 · 农业水价综合改革项目”.
            department: result.subject.map { "\(submission.department) · \($0)" } ?? submission.department,
            year: submission.year, path: submission.path,
            rubricId: result.rubric.id, rubricTitle: result.rubric.title, rubricVersion: result.rubric.version,
            totalPoints: result.rubric.totalPoints,
            score: result.score, maxApplicable: result.maxApplicable, grade: result.grade, vetoed: result.vetoed,
            // The engine gives a grade exactly when enough was scored (see Scorer).
            scoredEnough: result.grade != nil, gradeRequires: result.rubric.gradeRequires,
            groups: groups, indicators: indicators,
            metrics: result.metrics.map(Self.metricValue),
            mismatches: result.checks.filter { $0.verdict == .mismatch }
                .map { Mismatch(id: $0.id, name: $0.name, explanation: $0.explanation, severity: $0.severity,
                                size: $0.difference?.magnitude, unit: $0.unit.symbol) },
            findings: result.findings.map { Finding(id: $0.id, problem: $0.problem, pointsAtStake: $0.pointsAtStake) })
        rubricSha256 = result.rubric.sha256
    }

    /// The metric in its display unit, as `jixiao.result/1` writes it but without rounding.
    static func metricValue(_ metric: MetricResult) -> MetricValue {
        let quantity: MetricValue.Quantity
        switch metric.value {
        case .number(let number): quantity = .number(metric.unit == .percent ? number * .hundred : number)
        case .text(let text): quantity = .text(text)
        case .bool(let flag): quantity = .bool(flag)
        case .list: quantity = .text(metric.shown)
        case .missing, .notComputable: quantity = .unavailable
        }
        let better: YearOverYearChange.Better = switch metric.better {
        case .higher?: .higher
        case .lower?: .lower
        case nil: .neither
        }
        return MetricValue(id: metric.id, name: metric.name, quantity: quantity, unit: metric.unit.symbol, shown: metric.shown,
                           better: better)
    }
}
