import JixiaoExpression
import JixiaoYAML

/// Reads a rubric file into a validated ``Rubric``, reporting every problem with its line and path.
public struct RubricLoader: Sendable {
    public var limits: YAMLLimits

    public init(limits: YAMLLimits = .default) {
        self.limits = limits
    }

    public func load(contentsOf path: String) throws(DiagnosticError) -> Rubric {
        let bytes = try FileBytes.read(path)
        return try load(bytes: bytes, file: path)
    }

    public func load(bytes: [UInt8], file: String) throws(DiagnosticError) -> Rubric {
        try DocumentReader.decode(bytes: bytes, file: file, limits: limits, what: "规则文件") { root, sink, sha256 in
            RubricDecoder(sink: sink, limits: limits).decode(root, file: file, sha256: sha256)
        }
    }
}

/// Node tree → Rubric. Decoding and validation share one pass so all errors come out together.
struct RubricDecoder {
    let sink: DiagnosticSink
    var limits: YAMLLimits = .default

    static let topLevelKeys: Set<String> = [
        "id", "version", "title", "description", "total", "unit", "rounding", "grades", "policy",
        "facts", "metrics", "groups", "checks", "check_sets", "findings", "extends", "form", "statement_checks", "narrative",
    ]

    func decode(_ ownRoot: Node, file: String, sha256 ownSHA256: String) -> Rubric? {
        let (root, textSHA256) = RubricExtension(sink: sink, limits: limits).resolve(ownRoot, file: file, sha256: ownSHA256)
        guard let top = MappingReader(root, path: "", sink: sink, what: "规则文件") else { return nil }
        top.rejectUnknownKeys(allowed: Self.topLevelKeys)
        let id = top.text("id", required: true, what: "规则标识")
        let version = top.text("version") ?? ""
        let title = top.text("title", required: true, what: "规则名称")
        // A rubric with neither groups nor total only checks the figures (`jixiao check`).
        let checksOnly = top.node("groups") == nil && top.node("total") == nil
        let total = checksOnly ? Rational.zero : top.number("total", required: true, what: "总分")
        let unit = top.text("unit") ?? "万元"
        if FactValueReader.unitsInYuan[unit] == nil, let node = top.node("unit") {
            sink.report(Diagnostic(location: node.location, path: "unit",
                                   message: "不支持的金额单位“\(unit.abbreviated())”，应为 元、千元、万元 或 亿元"))
        }
        let rounding = decodeRounding(top)
        let grades = decodeGrades(top)
        let policy = decodePolicy(top)
        var facts = FactDeclarationDecoder(sink: sink).decode(top.node("facts"), path: "facts")
        var metrics = MetricDecoder(sink: sink, amountUnit: unit).decode(top.node("metrics"), path: "metrics")
        var checks = CheckDecoder(sink: sink, amountUnit: unit, checkSet: nil).decode(top.node("checks"), path: "checks")
        let checkSets = CheckSetLoader(sink: sink, limits: limits, amountUnit: unit)
            .load(checkSetReferences(top), relativeTo: file)
        merge(checkSets, into: &facts, metrics: &metrics, checks: &checks)
        // The checks are part of the rubric: two rubrics that differ only in a check set's file must not share a hash.
        let sha256 = checkSets.isEmpty ? textSHA256
            : SHA256.hex(of: Array((textSHA256 + checkSets.map(\.sha256).joined()).utf8))
        let factsByPath = Dictionary(facts.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        // A form rubric scores the rows each form prints: it has a total but no groups of its own.
        let form = top.node("form").flatMap { FormRulesDecoder(sink: sink).decode($0) }
        let groups = checksOnly || form != nil ? [] : decodeGroups(top)

        guard let id, let title, let total else { return nil }
        var rubric = Rubric(id: id, version: version, title: title, description: top.text("description"),
                            total: total, unit: unit, rounding: rounding, grades: grades, policy: policy,
                            facts: facts, metrics: metrics, groups: groups, file: file, sha256: sha256)
        rubric.checks = checks
        rubric.form = form
        rubric.statementChecks = top.bool("statement_checks") ?? true
        switch top.text("narrative") {
        case nil, "report": break
        case "assessment": rubric.isAssessment = true
        case let other?:
            sink.report(Diagnostic(location: top.node("narrative")!.location, path: "narrative",
                                   message: "应为 report（自评报告的问题，默认）或 assessment（另起一节的考核问题），实际是“\(other)”"))
        }
        rubric.findings = FindingDecoder(sink: sink).decode(top.node("findings"), path: "findings")
        rubric.checkSets = checkSets.map(\.id)
        rubric.factsByPath = factsByPath
        rubric.templateFacts = TemplateFactIndex(facts: facts)
        rubric.metricsById = Dictionary(metrics.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        RubricValidator(sink: sink, rubric: rubric, root: top).validate()
        rubric.metrics = MetricOrder(sink: sink, rubric: rubric).sorted()
        return rubric
    }

    private func checkSetReferences(_ top: MappingReader) -> [(path: String, node: Node)] {
        guard let node = top.node("check_sets"), !node.isNull else { return [] }
        let items = node.sequence ?? [node]
        return items.compactMap { item in
            guard let text = item.scalar?.text else {
                sink.report(Diagnostic(location: item.location, path: "check_sets", message: "核对规则集应写文件路径"))
                return nil
            }
            return (text, item)
        }
    }

    /// Adds the check sets' facts, metrics and checks; the same fact may be declared twice only with the same kind.
    private func merge(_ sets: [CheckSet], into facts: inout [FactDeclaration], metrics: inout [Metric], checks: inout [Check]) {
        guard !sets.isEmpty else { return }
        // Looked up by path rather than searched: a check set declares hundreds of facts. Made once for all the
        // sets, with room for all their facts, so no path is hashed again when another set comes or the table grows.
        var declared = Dictionary(facts.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
        declared.reserveCapacity(facts.count + sets.reduce(0) { $0 + $1.facts.count })
        var metricIds = Set(metrics.map(\.id))
        for set in sets {
            for fact in set.facts {
                if let index = declared[fact.path] {
                    let existing = facts[index]
                    if existing.kind != fact.kind {
                        sink.report(Diagnostic(location: fact.location ?? set.location, path: "facts.\(fact.path)",
                                               message: "核对规则集“\(set.id)”把事实 \(fact.path) 声明为\(fact.kind.chineseName)，与规则中的\(existing.kind.chineseName)不一致"))
                    }
                } else {
                    declared[fact.path] = facts.count
                    facts.append(fact)
                }
            }
            for metric in set.metrics {
                if !metricIds.insert(metric.id).inserted {
                    sink.report(Diagnostic(location: metric.value.location, path: "metrics.\(metric.id)",
                                           message: "计算项“\(metric.id)”在规则和核对规则集“\(set.id)”中重复定义"))
                } else {
                    metrics.append(metric)
                }
            }
            checks += set.checks
        }
    }

    private func decodeRounding(_ top: MappingReader) -> RoundingPolicy {
        guard let node = top.node("rounding"), !node.isNull else { return RoundingPolicy() }
        if node.scalar != nil {
            return RoundingPolicy(places: top.integer("rounding") ?? 2)
        }
        guard let reader = MappingReader(node, path: "rounding", sink: sink, what: "舍入规则") else { return RoundingPolicy() }
        reader.rejectUnknownKeys(allowed: ["places", "mode"])
        if let mode = reader.text("mode"), mode != "half_up" {
            sink.report(Diagnostic(location: reader.node("mode")!.location, path: "rounding.mode",
                                   message: "舍入方式只支持 half_up（四舍五入），实际是“\(mode)”"))
        }
        let places = reader.integer("places") ?? 2
        if places < 0 || places > 6 {
            sink.report(Diagnostic(location: node.location, path: "rounding.places", message: "小数位数应在 0–6 之间"))
        }
        return RoundingPolicy(places: min(max(places, 0), 6))
    }

    private func decodeGrades(_ top: MappingReader) -> GradeScale {
        guard let node = top.node("grades"),
              let reader = MappingReader(node, path: "grades", sink: sink, what: "等级划分") else { return .standard }
        var bands: [GradeScale.Band] = []
        var lowest: String?
        for entry in reader.entries {
            guard let text = entry.value.scalar?.text, var bound = Rational(decimalText: text) else {
                sink.report(Diagnostic(location: entry.value.location, path: "grades.\(entry.key)",
                                       message: "等级下限应为百分比（如 90% 或 90）"))
                continue
            }
            // "90" and "90%" both mean 90% of the applicable points.
            if !text.hasSuffix("%") { bound = bound.divided(by: .hundred)! }
            if bound < .zero || bound > .one {
                sink.report(Diagnostic(location: entry.value.location, path: "grades.\(entry.key)",
                                       message: "等级下限应在 0%–100% 之间"))
            }
            if bound == .zero { lowest = entry.key } else { bands.append(.init(name: entry.key, minimumShare: bound)) }
        }
        bands.sort { $0.minimumShare > $1.minimumShare }
        for (earlier, later) in zip(bands, bands.dropFirst()) where earlier.minimumShare == later.minimumShare {
            sink.report(Diagnostic(location: node.location, path: "grades",
                                   message: "等级“\(earlier.name)”与“\(later.name)”的下限相同"))
        }
        return GradeScale(bands: bands, lowest: lowest ?? "差")
    }

    private func decodePolicy(_ top: MappingReader) -> ScoringPolicy {
        var policy = ScoringPolicy()
        guard let node = top.node("policy"),
              let reader = MappingReader(node, path: "policy", sink: sink, what: "缺数与不适用规则") else { return policy }
        reader.rejectUnknownKeys(allowed: ["not_applicable", "missing_data", "not_computable", "grade_requires"])
        if var share = reader.number("grade_requires") {
            // As in `grades`, a bare number is a percentage: 60 and 60% both mean 60%.
            if let text = reader.text("grade_requires"), !text.hasSuffix("%") { share = share.divided(by: .hundred)! }
            if share < .zero || share > .one {
                sink.report(Diagnostic(location: reader.node("grade_requires")!.location, path: "policy.grade_requires",
                                       message: "grade_requires 应在 0%–100% 之间"))
            }
            policy.gradeRequires = share
        }
        func treatment(_ key: String, allowed: [ScoringPolicy.Treatment]) -> ScoringPolicy.Treatment? {
            guard let text = reader.text(key) else { return nil }
            if let value = ScoringPolicy.Treatment(rawValue: text), allowed.contains(value) { return value }
            sink.report(Diagnostic(location: reader.node(key)!.location, path: "policy.\(key)",
                                   message: "应为 \(allowed.map(\.rawValue).joined(separator: " / "))，实际是“\(text)”",
                                   hint: Suggestion.didYouMean(text, among: allowed.map(\.rawValue))))
            return nil
        }
        // Missing data is never silently given full marks: `full` is only for not-applicable indicators.
        policy.notApplicable = treatment("not_applicable", allowed: [.exclude, .full, .zero]) ?? .exclude
        policy.missingData = treatment("missing_data", allowed: [.exclude, .zero]) ?? .exclude
        policy.notComputable = treatment("not_computable", allowed: [.exclude, .zero]) ?? .exclude
        return policy
    }

    private func decodeGroups(_ top: MappingReader) -> [Group] {
        guard let nodes = top.sequence("groups", required: true, what: "指标分组") else { return [] }
        return nodes.enumerated().compactMap { index, node in
            GroupDecoder(sink: sink).decode(node, path: "groups[\(index)]")
        }
    }
}
