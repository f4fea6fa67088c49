import JixiaoExpression
import JixiaoYAML

/// Reads `statements:` into a flat list: inline items follow their parent, references are resolved to indices.
struct StatementDecoder {
    let sink: DiagnosticSink
    /// The submission's unit of bare amounts.
    let unit: String

    static let keys: Set<String> = [
        "id", "subject", "scope", "measure", "year", "section", "line", "unit",
        "amount", "budget", "budget_kind", "completion_rate", "vs_budget", "vs_budget_rate",
        "prior", "prior_measure", "change", "growth", "share", "of", "items", "partial_items",
        "counts", "same_as", "reason",
    ]
    static let measures = ["决算", "预算", "执行数"]
    static let budgetKinds = ["年初预算", "调整后预算", "全年预算", "预算数"]
    static let priorMeasures = ["决算", "预算"]

    /// Item references by id or subject, resolved once every statement is known.
    private final class Pending {
        var references: [(statement: Int, name: String, node: Node)] = []
        var statements: [Statement] = []
    }

    func decode(_ node: Node?) -> [Statement] {
        let pending = Pending()
        _ = sink.decodeList(node, path: "statements") { item, path in
            decodeOne(item, path: path, parent: nil, inherited: nil, into: pending)
        }
        resolve(pending)
        assignKeys(&pending.statements)
        return pending.statements
    }

    /// Decodes one statement and its inline items; returns its index.
    @discardableResult
    private func decodeOne(_ node: Node, path: String, parent: Int?, inherited: Statement?, into pending: Pending) -> Int? {
        guard let reader = MappingReader(node, path: path, sink: sink, what: "文字陈述") else { return nil }
        reader.rejectUnknownKeys(allowed: Self.keys)
        let subject = reader.text("subject", required: true, what: "陈述的科目或事项，如 公务接待费")
        // A subject is a short label repeated in every result: a huge one would blow every output up with it.
        // Characters counted only when the bytes could be too many: counting them is the costly part.
        if let subject, subject.utf8.count > SubmissionFrameChecks.maximumDepartmentLength,
           subject.count > SubmissionFrameChecks.maximumDepartmentLength, let node = reader.node("subject") {
            sink.report(Diagnostic(location: node.location, path: reader.childPath("subject"),
                                   message: "科目过长：\(subject.count) 个字符，最多 \(SubmissionFrameChecks.maximumDepartmentLength) 个；请写原文中的简称"))
        }
        let statementUnit = reader.text("unit") ?? inherited?.unit ?? unit
        if FactValueReader.unitsInYuan[statementUnit] == nil, let unitNode = reader.node("unit") {
            sink.report(Diagnostic(location: unitNode.location, path: reader.childPath("unit"),
                                   message: "不支持的金额单位“\(statementUnit)”，应为 元、千元、万元 或 亿元"))
        }
        let figures = PrintedFigureReader(sink: sink, unit: statementUnit)
        func figure(_ key: String, _ kind: PrintedFigure.Kind, signed: Bool = false) -> PrintedFigure? {
            reader.node(key).flatMap { figures.read($0, kind: kind, signed: signed, path: reader.childPath(key)) }
        }
        func choice(_ key: String, among options: [String]) -> String? {
            guard let value = reader.text(key) else { return nil }
            guard options.contains(value) else {
                sink.report(Diagnostic(location: reader.node(key)!.location, path: reader.childPath(key),
                                       message: "应为 \(options.joined(separator: "、")) 之一，实际是“\(value)”",
                                       hint: Suggestion.didYouMean(value, among: options)))
                return nil
            }
            return value
        }
        var counts: [(String, PrintedFigure)] = []
        if let countsNode = reader.node("counts"), !countsNode.isNull,
           let countsReader = MappingReader(countsNode, path: reader.childPath("counts"), sink: sink, what: "计数") {
            for entry in countsReader.entries {
                if let count = figures.read(entry.value, kind: .count, signed: false, path: countsReader.childPath(entry.key)) {
                    counts.append((entry.key, count))
                }
            }
        }
        let statement = Statement(
            id: reader.text("id"), subject: subject ?? "", scope: reader.text("scope") ?? inherited?.scope,
            measure: choice("measure", among: Self.measures) ?? inherited?.measure ?? "决算",
            year: reader.integer("year") ?? inherited?.year,
            section: reader.text("section") ?? inherited?.section, line: reader.integer("line"), unit: statementUnit,
            amount: figure("amount", .amount), budget: figure("budget", .amount),
            budgetKind: choice("budget_kind", among: Self.budgetKinds) ?? inherited?.budgetKind,
            completionRate: figure("completion_rate", .rate),
            vsBudget: figure("vs_budget", .amount, signed: true), vsBudgetRate: figure("vs_budget_rate", .rate, signed: true),
            prior: figure("prior", .amount),
            priorMeasure: choice("prior_measure", among: Self.priorMeasures) ?? inherited?.priorMeasure ?? "决算",
            change: figure("change", .amount, signed: true), growth: figure("growth", .rate, signed: true),
            share: figure("share", .rate), shareOf: reader.text("of"), items: [],
            partialItems: reader.bool("partial_items") ?? false, parent: parent, counts: counts,
            sameAs: reader.texts("same_as") ?? [], reason: reader.text("reason"),
            location: node.location, path: path, key: "")
        guard subject != nil else { return nil }
        let index = pending.statements.count
        pending.statements.append(statement)
        if let itemsNode = reader.node("items"), !itemsNode.isNull {
            guard let items = itemsNode.sequence else {
                sink.report(Diagnostic(location: itemsNode.location, path: reader.childPath("items"),
                                       message: "items 应为列表，实际是\(itemsNode.kindName)"))
                return index
            }
            for (position, item) in items.enumerated() {
                if let name = item.scalar?.text {
                    pending.references.append((index, name, item))
                } else if let child = decodeOne(item, path: "\(reader.childPath("items"))[\(position)]",
                                                parent: index, inherited: statement, into: pending) {
                    pending.statements[index].items.append(child)
                }
            }
        }
        return index
    }

    /// Item references name another statement by id, or by subject when that is unique.
    private func resolve(_ pending: Pending) {
        let statements = pending.statements
        for (owner, name, node) in pending.references {
            if let target = Self.find(name, in: statements) {
                pending.statements[owner].items.append(target)
            } else {
                sink.report(Diagnostic(location: node.location, path: statements[owner].path + ".items",
                                       message: "没有 id 或科目为“\(name)”的文字陈述",
                                       hint: Suggestion.didYouMean(name, among: statements.compactMap(\.id))))
            }
        }
        for statement in statements {
            for name in statement.sameAs + [statement.shareOf].compactMap({ $0 }) where Self.find(name, in: statements) == nil {
                sink.report(Diagnostic(location: statement.location, path: statement.path,
                                       message: "没有 id 或科目为“\(name)”的文字陈述",
                                       hint: Suggestion.didYouMean(name, among: statements.compactMap(\.id))))
            }
        }
        // Each id hashed once, into a table made big enough at once.
        var seen = Set<String>(minimumCapacity: statements.count)
        for statement in statements {
            guard let id = statement.id else { continue }
            if !seen.insert(id).inserted {
                sink.report(Diagnostic(location: statement.location, path: statement.path + ".id",
                                       message: "文字陈述的 id“\(id)”重复"))
            }
        }
    }

    /// The statement a reference names: the one with that id, else the first with that subject.
    static func find(_ name: String, in statements: [Statement]) -> Int? {
        statements.firstIndex { $0.id == name } ?? statements.firstIndex { $0.subject == name }
    }

    /// The id, or the subject numbered from its second appearance (`公务接待费#2`).
    private func assignKeys(_ statements: inout [Statement]) {
        // By bytes: hashing a Chinese subject as a String normalises it on every call.
        // Each name hashed once, counted where it lies, in a table made big enough at once.
        var uses = [UTF8Key: Int](minimumCapacity: statements.count)
        for index in statements.indices {
            let base = statements[index].id ?? statements[index].subject
            let count = Self.raise(&uses[UTF8Key(base), default: 0])
            statements[index].key = count == 1 ? base : "\(base)#\(count)"
        }
    }

    /// Adds one to `count` and returns the new count.
    private static func raise(_ count: inout Int) -> Int {
        count += 1
        return count
    }
}
