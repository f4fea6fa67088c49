import JixiaoExpression
import JixiaoYAML

/// Whole-rubric checks that need everything decoded: totals, unique ids, and that every reference names something.
struct RubricValidator {
    let sink: DiagnosticSink
    let rubric: Rubric
    let root: MappingReader

    func validate() {
        checkTotal()
        checkUniqueIds()
        checkMetricReferences()
        for group in rubric.groups { checkReferences(in: group) }
        checkChecks()
        checkFindings()
    }

    private func checkFindings() {
        let indicatorIds = rubric.groups.flatMap(\.allIndicators).map(\.id)
        var seen = Set<String>()
        let dataNames = templateDataNames()
        for finding in rubric.findings {
            if !seen.insert(finding.id).inserted {
                sink.report(Diagnostic(location: finding.location, path: "\(finding.path).id",
                                       message: "问题标识“\(finding.id)”重复"))
            }
            var ids = finding.indicators
            if case .pointsLost(let lost) = finding.trigger { ids += lost }
            for id in Set(ids).sorted() where !indicatorIds.contains(id) {
                sink.report(Diagnostic(location: finding.location, path: finding.path, message: "没有标识为“\(id)”的指标",
                                       hint: Suggestion.didYouMean(id, among: indicatorIds)))
            }
            checkTemplateNames(of: finding, dataNames: dataNames)
            guard case .condition(let condition) = finding.trigger else { continue }
            var resolver = ReferenceResolver(rubric: rubric)
            if let each = finding.each {
                guard let list = rubric.fact(at: each.list), list.kind == .list, list.elementKind == nil else {
                    sink.report(Diagnostic(location: each.location, path: "findings.\(finding.id).each",
                                           message: "“\(each.list)”不是已声明的记录列表（kind: list，带 fields）"))
                    continue
                }
                resolver.record = (each.variable, list)
            }
            check(condition, resolver: resolver)
        }
    }

    private func checkTotal() {
        let sum = rubric.groups.reduce(Rational.zero) { $0 + $1.points }
        let groupCount = root.node("groups")?.sequence?.count ?? 0
        let complete = rubric.groups.count == groupCount && rubric.groups.allSatisfy(\.isCompleteTree)
        if sum != rubric.total, complete, rubric.form == nil, let node = root.node("total") {
            sink.report(Diagnostic(location: node.location, path: "total",
                                   message: "总分 \(NumberFormat.score(rubric.total)) 与各分组分值之和 \(NumberFormat.score(sum)) 不符"))
        }
    }

    private func checkUniqueIds() {
        var groupIds: [String: Group] = [:]
        var indicatorIds: [String: Indicator] = [:]
        func visit(_ group: Group) {
            if let earlier = groupIds[group.id] {
                sink.report(Diagnostic(location: group.location, path: "\(group.path).id",
                                       message: "分组标识“\(group.id)”重复：第 \(earlier.location.line) 行已使用"))
            }
            groupIds[group.id] = group
            for indicator in group.indicators {
                if let earlier = indicatorIds[indicator.id] {
                    sink.report(Diagnostic(location: indicator.location, path: "\(indicator.path).id",
                                           message: "指标标识“\(indicator.id)”重复：第 \(earlier.location.line) 行已使用"))
                }
                indicatorIds[indicator.id] = indicator
            }
            group.groups.forEach(visit)
        }
        rubric.groups.forEach(visit)
    }

    private func checkMetricReferences() {
        for metric in rubric.metrics where rubric.fact(at: metric.id) != nil {
            sink.report(Diagnostic(location: metric.value.location, path: "metrics.\(metric.id)",
                                   message: "计算项标识“\(metric.id)”与已声明的事实同名，引用时无法区分"))
        }
        for metric in rubric.metrics {
            var resolver = ReferenceResolver(rubric: rubric)
            if let each = metric.each {
                guard let list = rubric.fact(at: each.list), list.kind == .list else {
                    sink.report(Diagnostic(location: each.location, path: "metrics.\(metric.id).each",
                                           message: "“\(each.list)”不是已声明的列表（kind: list）事实",
                                           hint: Suggestion.didYouMean(each.list, among: rubric.facts.filter { $0.kind == .list }.map(\.path))))
                    continue
                }
                for field in [each.key, each.label].compactMap({ $0 }) where !list.fields.contains(where: { $0.name == field }) {
                    sink.report(Diagnostic(location: each.location, path: "metrics.\(metric.id)",
                                           message: "列表“\(each.list)”没有字段“\(field)”"))
                }
                resolver.record = (each.variable, list)
            }
            check(metric.value, resolver: resolver)
        }
    }

    /// Every `{{name}}` in a finding's templates must name something, or it would silently print nothing.
    /// The names every finding's template may read: facts (and their parents), plain metrics. Taken from the
    /// rubric's template index, not listed again.
    private func templateDataNames() -> TemplateDataNames {
        let index = rubric.templateFacts.factCount == rubric.facts.count
            ? rubric.templateFacts : TemplateFactIndex(facts: rubric.facts)
        return TemplateDataNames(facts: index, others: Set(["department", "year", "."])
            .union(rubric.metrics.filter { $0.each == nil }.map(\.id)))
    }

    private func checkTemplateNames(of finding: FindingTemplate, dataNames: TemplateDataNames) {
        // The finding's own names are kept apart: adding them to a copy of every data name cost more than the
        // rest of the validation.
        var own = Set<String>()
        if case .checkMismatches = finding.trigger {
            own.formUnion(["check", "check.id", "check.name", "check.explanation", "check.where", "check.severity",
                           "check.stated", "check.computed", "check.label", "check.place"])
        }
        if let each = finding.each, let list = rubric.fact(at: each.list) {
            own.insert(each.variable)
            own.formUnion(list.fields.map { "\(each.variable).\($0.name)" })
            own.formUnion(rubric.metrics.filter { $0.each?.list == each.list }.map(\.id))
        }
        for template in finding.templateSources {
            for name in Self.templateNames(in: template.source) where !own.contains(name) && !dataNames.contains(name) {
                sink.report(Diagnostic(location: template.location, path: "\(finding.path).\(template.key)",
                                       message: "模板中的“{{\(name)}}”不是可用的数据名，会输出为空",
                                       hint: Suggestion.didYouMean(name, among: dataNames.all.union(own).sorted())))
            }
        }
    }

    /// The names a Mustache template reads: variables and sections, not comments, pragmas, partials or closers.
    static func templateNames(in source: String) -> [String] {
        // Found among the bytes: the braces and the spaces trimmed are ASCII, and no UTF-8 sequence holds an
        // ASCII byte (Foundation's searching and trimming cost more than the rest of loading a finding).
        let bytes = Array(source.utf8)
        var names: [String] = []
        var position = 0
        while let open = find(UInt8(ascii: "{"), in: bytes, from: position) {
            guard let close = find(UInt8(ascii: "}"), in: bytes, from: open + 2) else { break }
            position = close + 2
            var start = open + 2, end = close
            let trimmed: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }
            while start < end, trimmed(bytes[start]) { start += 1 }
            while end > start, trimmed(bytes[end - 1]) { end -= 1 }
            var tag = String(decoding: bytes[start..<end], as: UTF8.self)
            guard let first = tag.first, !"!%>/=".contains(first) else { continue }
            if "#^&".contains(first) { tag = String(tag.dropFirst()).trimmingSpaces() }
            if !tag.isEmpty { names.append(tag) }
        }
        return names
    }

    /// The index of the first of two `brace` bytes in a row at or after `position`.
    private static func find(_ brace: UInt8, in bytes: [UInt8], from position: Int) -> Int? {
        var index = position
        while index + 1 < bytes.count {
            if bytes[index] == brace && bytes[index + 1] == brace { return index }
            index += 1
        }
        return nil
    }

    private func checkChecks() {
        var seen: [String: SourceLocation] = [:]
        var validatedSets = Set<String>()
        // Made once: a resolver holds a copy of the whole rubric, which cost more than checking a check.
        let plain = ReferenceResolver(rubric: rubric)
        var resolver = plain
        for item in rubric.checks {
            if let earlier = seen.updateValue(item.location, forKey: item.id) {
                sink.report(Diagnostic(location: item.location, path: "checks",
                                       message: "核对标识“\(item.id)”重复：\(earlier) 已使用"))
            }
            // A set's condition is shared by all its checks: validate it once.
            if let condition = item.appliesWhen, validatedSets.insert(item.checkSet ?? "").inserted {
                check(condition, resolver: plain)
            }
            resolver.record = nil
            if let each = item.each {
                guard let list = rubric.fact(at: each.list), list.kind == .list, list.elementKind == nil else {
                    sink.report(Diagnostic(location: each.location, path: "checks.\(item.id).each",
                                           message: "“\(each.list)”不是已声明的记录列表（kind: list，带 fields）",
                                           hint: Suggestion.didYouMean(each.list, among: rubric.facts.filter { $0.kind == .list }.map(\.path))))
                    continue
                }
                resolver.record = (each.variable, list)
            }
            check(item.stated, resolver: resolver)
            check(item.computed, resolver: resolver)
        }
    }

    private func checkReferences(in group: Group) {
        let resolver = ReferenceResolver(rubric: rubric)
        for indicator in group.indicators {
            if let quality = indicator.method as? DataQualityMethod {
                let known = rubric.checks.map(\.id)
                let eachIds = Set(rubric.checks.filter { $0.each != nil }.map(\.id))
                // A per-record check may also be named for one record: `c5[2010301]`.
                func isKnown(_ id: String) -> Bool {
                    if known.contains(id) { return true }
                    guard id.hasSuffix("]"), let open = id.firstIndex(of: "[") else { return false }
                    return eachIds.contains(String(id[..<open]))
                }
                for id in quality.checkIds where !isKnown(id) {
                    sink.report(Diagnostic(location: indicator.location, path: "\(indicator.path).method.data_quality.checks",
                                           message: "没有标识为“\(id)”的数据核对",
                                           hint: Suggestion.didYouMean(id, among: known)))
                }
            }
            indicator.applicable.map { check($0, resolver: resolver) }
            indicator.method.expressions.forEach { check($0, resolver: resolver) }
        }
        group.groups.forEach(checkReferences)
    }

    private func check(_ expression: SourcedExpression, resolver: ReferenceResolver) {
        for reference in expression.expression.references where resolver.resolve(reference.path) == nil {
            sink.report(Diagnostic(location: expression.location(ofOffset: reference.offset), path: expression.path,
                                   message: "“\(reference.path)”既不是已声明的事实（facts），也不是计算项（metrics）",
                                   hint: Suggestion.didYouMean(reference.path, among: resolver.candidates)))
        }
    }
}

extension Group {
    /// True when no group or indicator below failed to decode.
    var isCompleteTree: Bool { complete && groups.allSatisfy(\.isCompleteTree) }
}

/// The names a finding template may read, whatever the finding: the rubric's facts and their parents, plain
/// metrics, `department` and `year`.
private struct TemplateDataNames {
    let facts: TemplateFactIndex
    let others: Set<String>

    func contains(_ name: String) -> Bool {
        others.contains(name) || facts.facts(under: name) != nil
    }

    /// Every name, for a "did you mean" hint.
    var all: Set<String> { others.union(facts.names) }
}
