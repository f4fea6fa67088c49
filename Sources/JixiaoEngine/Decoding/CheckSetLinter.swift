import JixiaoExpression
import JixiaoYAML

/// Validates a check-set file on its own, as `jixiao lint` does for rubrics: every reference in its checks
/// and metrics must name one of its declared facts or metrics.
public struct CheckSetLinter: Sendable {
    public struct Summary: Sendable {
        public var id: String
        public var title: String
        public var checks: Int
    }

    public var limits: YAMLLimits

    public init(limits: YAMLLimits = .default) {
        self.limits = limits
    }

    /// True when the text looks like a check set (top-level `checks:` and no `groups:`).
    public static func looksLikeCheckSet(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(256 * 1024)
        return LineSniffer.hasLine(startingWith: "checks:", in: head) && !LineSniffer.hasLine(startingWith: "groups:", in: head)
    }

    public func lint(bytes: [UInt8], file: String, amountUnit: String = "万元") throws(DiagnosticError) -> Summary {
        try DocumentReader.decode(bytes: bytes, file: file, limits: limits, what: "核对规则集") { root, sink, sha256 in
            guard let set = CheckSetLoader(sink: sink, limits: limits, amountUnit: amountUnit).decode(root) else {
                return nil
            }
            var rubric = Rubric(id: set.id, version: "", title: set.title, description: nil, total: .zero,
                                unit: amountUnit, rounding: RoundingPolicy(), grades: .standard, policy: ScoringPolicy(),
                                facts: set.facts, metrics: set.metrics, groups: [], file: file, sha256: sha256)
            rubric.checks = set.checks
            for fact in set.facts where rubric.factsByPath[fact.path] == nil { rubric.factsByPath[fact.path] = fact }
            rubric.metricsById = Dictionary(set.metrics.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            guard let top = MappingReader(root, path: "", sink: sink, what: "核对规则集") else { return nil }
            RubricValidator(sink: sink, rubric: rubric, root: top).validate()
            _ = MetricOrder(sink: sink, rubric: rubric).sorted()
            return Summary(id: set.id, title: set.title, checks: set.checks.count)
        }
    }
}
