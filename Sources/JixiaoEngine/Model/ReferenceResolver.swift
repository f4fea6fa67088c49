import JixiaoExpression

/// What a dotted path in an expression names: a metric, a fact, a field of a list fact, or a field of the current record.
enum ResolvedReference {
    case metric(Metric)
    case fact(FactDeclaration)
    /// `budget.items.final`: one field of every record of a list fact.
    case listField(FactDeclaration, FactDeclaration.ListField)
    /// `item.final` inside an `each` metric.
    case recordField(FactDeclaration.ListField)
    /// `item` itself would be a record; only its fields are usable, so this is unused in practice.

    /// How values behind this reference are shown.
    func displayUnit(amountUnit: String) -> (unit: DisplayUnit, places: Int) {
        switch self {
        case .metric(let metric): return (metric.unit, metric.places)
        case .fact(let fact): return (Self.unit(of: fact.kind, amountUnit: fact.unit ?? amountUnit), 2)
        case .listField(_, let field), .recordField(let field): return (Self.unit(of: field.kind, amountUnit: amountUnit), 2)
        }
    }

    static func unit(of kind: FactKind, amountUnit: String) -> DisplayUnit {
        switch kind {
        case .amount: .amount(amountUnit)
        case .percent: .percent
        case .count: .count("")
        default: .plain
        }
    }
}

struct ReferenceResolver {
    let rubric: Rubric
    /// The record variable of an `each` metric and the list it ranges over.
    var record: (variable: String, list: FactDeclaration)?

    func resolve(_ path: String) -> ResolvedReference? {
        if let record, path.hasPrefix(record.variable + ".") {
            let field = String(path.dropFirst(record.variable.count + 1))
            return record.list.fields.first { $0.name == field }.map { .recordField($0) }
        }
        if let metric = rubric.metric(withId: path) { return .metric(metric) }
        if let fact = rubric.fact(at: path) { return .fact(fact) }
        if let dot = path.lastIndex(of: ".") {
            let listPath = String(path[..<dot]), fieldName = String(path[path.index(after: dot)...])
            if let list = rubric.fact(at: listPath), list.kind == .list,
               let field = list.fields.first(where: { $0.name == fieldName }) {
                return .listField(list, field)
            }
        }
        return nil
    }

    /// Every name an expression here could use, for "did you mean" hints.
    var candidates: [String] {
        var names = rubric.facts.map(\.path) + rubric.metrics.map(\.id)
        for fact in rubric.facts where fact.kind == .list {
            names += fact.fields.map { "\(fact.path).\($0.name)" }
        }
        if let record { names += record.list.fields.map { "\(record.variable).\($0.name)" } }
        return names
    }

    /// Display unit of a whole expression, guessed from its shape: a single reference shows like what it names,
    /// ratio/percent/growth and percent literals show as percentages, sums of amounts as amounts.
    func displayUnit(of expression: SourcedExpression) -> (unit: DisplayUnit, places: Int) {
        // Read as bytes and scalars: every method of every indicator asks this for every submission.
        let source = expression.source.trimmingSpaces()
        let references = expression.expression.references
        if references.count == 1, references[0].path.hasSameBytes(as: source), let resolved = resolve(source) {
            return resolved.displayUnit(amountUnit: rubric.unit)
        }
        for function in ["ratio(", "percent(", "growth("] where source.hasBytePrefix(function) && source.hasByteSuffix(")") {
            return (.percent, 2)
        }
        if references.isEmpty { return (source.hasByteSuffix("%") ? .percent : .plain, 2) }
        // Only sums and differences keep their references' unit; products, quotients and calls do not.
        let units = Set(references.compactMap { resolve($0.path)?.displayUnit(amountUnit: rubric.unit).unit })
        let arithmetic = source.unicodeScalars.contains { $0 == "*" || $0 == "/" || $0 == "×" || $0 == "÷" }
            || !Self.callsOnlyUnitPreservingFunctions(source)
        if units.count == 1, let unit = units.first, !arithmetic {
            return (unit, 2)
        }
        return (.plain, 4)
    }

    /// Functions whose result is in the unit of their arguments.
    static let unitPreservingFunctions: Set<String> = ["abs", "round", "min", "max", "sum", "avg"]

    /// True when every call in `source` is to a unit-preserving function (or there are none).
    static func callsOnlyUnitPreservingFunctions(_ source: String) -> Bool {
        // Nearly every expression is ASCII: its bytes are its characters.
        if source.utf8.allSatisfy({ $0 < 0x80 }) {
            var name: [UInt8] = []
            for byte in source.utf8 {
                if byte == UInt8(ascii: "(") {
                    if !name.isEmpty && !unitPreservingFunctions.contains(String(decoding: name, as: UTF8.self)) { return false }
                    name.removeAll(keepingCapacity: true)
                } else if byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte >= 0x30 && byte <= 0x39
                            || byte >= 0x41 && byte <= 0x5A || byte >= 0x61 && byte <= 0x7A {
                    name.append(byte)
                } else {
                    name.removeAll(keepingCapacity: true)
                }
            }
            return true
        }
        var name = ""
        for character in source {
            if character == "(" || character == "（" {
                if !name.isEmpty && !unitPreservingFunctions.contains(name) { return false }
                name = ""
            } else if character.isLetter || character.isNumber || character == "_" || character == "." {
                name.append(character)
            } else {
                name = ""
            }
        }
        return true
    }
}
