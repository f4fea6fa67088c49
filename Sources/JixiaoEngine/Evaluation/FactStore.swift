import JixiaoExpression
import JixiaoYAML

/// The facts a rubric declares, read from one submission and checked against their kinds.
///
/// A class, so that the scoring environments carrying it (one is copied for every expression evaluated) share
/// its tables instead of copying six of them. Nothing changes it after `init`, so threads may share it too.
final class FactStore: @unchecked Sendable {
    private(set) var values: [String: Value] = [:]
    /// Records of list facts, field name → value.
    private(set) var records: [String: [[String: Value]]] = [:]
    /// What each printed number may stand for, given its printed precision.
    private(set) var ranges: [String: RangeResult] = [:]
    private(set) var recordRangeTable: [String: [[String: RangeResult]]] = [:]
    /// Half a unit of each number's last printed digit, by path (`list.index.field` inside record lists).
    private(set) var printedHalfUnits: [String: Rational] = [:]

    /// Whether each declared fact, by its position in the rubric's `facts`, was read from the submission: a
    /// check answers a figure whose facts are all absent from this, without looking the figure's path up.
    private(set) var holds: [Bool] = []

    /// Facts marked `required` that the submission does not hold, with a similar path it does hold (a likely
    /// typo): reported beside the result, never a gate.
    private(set) var missingRequired: [(fact: FactDeclaration, nearMiss: String?)] = []

    /// Reads every declared fact; wrong kinds are input errors. A missing fact (even a required one) only
    /// leaves the indicators that need it without data: a partial document is scored on what it has.
    /// - Parameter tree: the submission's tree when already indexed for another rubric.
    init(rubric: Rubric, submission: Submission, tree: SubmissionTree? = nil) throws(DiagnosticError) {
        let sink = DiagnosticSink()
        let reader = FactValueReader(sink: sink, targetUnit: rubric.unit, submissionUnit: submission.unit)
        let tree = tree ?? SubmissionTree(submission: submission)
        // Room for every declared fact made once: the tables otherwise regrow (and rehash) several times.
        values.reserveCapacity(rubric.facts.count)
        ranges.reserveCapacity(rubric.facts.count)
        printedHalfUnits.reserveCapacity(rubric.facts.count)
        holds = Array(repeating: false, count: rubric.facts.count)
        for (position, fact) in rubric.facts.enumerated() {
            guard let node = tree.node(at: fact.path), !node.isNull else {
                if fact.required {
                    missingRequired.append((fact, Suggestion.closest(to: fact.path, among: tree.allPaths)))
                }
                continue
            }
            // A node that is there but does not read is an input error, which throws below.
            holds[position] = true
            if fact.kind == .list, let elementKind = fact.elementKind {
                if let list = Self.readValues(node, kind: elementKind, path: tree.documentPath(of: fact.path), reader: reader) {
                    values[fact.path] = .list(list.map(\.value))
                    ranges[fact.path] = .list(list.map(\.range))
                }
            } else if fact.kind == .list {
                if let list = Self.readList(node, fact: fact, path: tree.documentPath(of: fact.path), reader: reader,
                                       printedHalfUnits: &printedHalfUnits) {
                    records[fact.path] = list.map(\.values)
                    recordRangeTable[fact.path] = list.map(\.ranges)
                }
            } else if let (value, range, half) = reader.readFigure(node, kind: fact.kind,
                                                                   path: tree.documentPath(of: fact.path),
                                                                   options: fact.options) {
                values[fact.path] = value
                ranges[fact.path] = range
                printedHalfUnits[fact.path] = half
            }
        }
        try sink.throwIfAny()
    }

    /// A list of plain values, e.g. the names of honours.
    private static func readValues(_ node: Node, kind: FactKind, path: String,
                            reader: FactValueReader) -> [(value: Value, range: RangeResult)]? {
        guard let items = node.sequence else {
            reader.sink.report(Diagnostic(location: node.location, path: path,
                                          message: "应为列表，实际是\(node.kindName)"))
            return nil
        }
        return items.enumerated().compactMap { index, item in
            reader.readWithRange(item, kind: kind, path: "\(path)[\(index)]")
        }
    }

    /// The records of a list fact, each field read as its declared kind; half a unit of each amount's and rate's
    /// last printed digit goes to `printedHalfUnits` under `list.index.field`, for the checks that state it.
    // Static: a method would hold a copy of the store while `printedHalfUnits` is written through inout, and that
    // copy made every write copy the whole table.
    private static func readList(_ node: Node, fact: FactDeclaration, path: String, reader: FactValueReader,
                          printedHalfUnits: inout [String: Rational])
        -> [(values: [String: Value], ranges: [String: RangeResult])]? {
        guard let items = node.sequence else {
            reader.sink.report(Diagnostic(location: node.location, path: path,
                                          message: "应为列表（每条一个映射），实际是\(node.kindName)"))
            return nil
        }
        var records: [(values: [String: Value], ranges: [String: RangeResult])] = []
        records.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            guard item.pairs != nil else {
                reader.sink.report(Diagnostic(location: item.location, path: "\(path)[\(index)]",
                                              message: "列表的每一条应为映射，实际是\(item.kindName)"))
                continue
            }
            var values = [String: Value](minimumCapacity: fact.fields.count)
            var ranges = [String: RangeResult](minimumCapacity: fact.fields.count)
            // `list.index.` once for the record's printed fields.
            let recordPath = "\(fact.path).\(index)."
            for field in fact.fields {
                guard let fieldNode = item[field.name] else { continue }
                // Taken apart at once: reading the fields of the optional tuple one by one copied it whole each time.
                let printed = field.kind == .amount || field.kind == .percent
                if let (value, range, half) = reader.readFigure(fieldNode, kind: field.kind,
                                                                path: "\(path)[\(index)].\(field.name)") {
                    values[field.name] = value
                    ranges[field.name] = range
                    if printed { printedHalfUnits[recordPath + field.name] = half }
                } else if printed {
                    printedHalfUnits[recordPath + field.name] =
                        reader.printedHalfUnit(of: fieldNode, kind: field.kind)
                }
            }
            records.append((values, ranges))
        }
        return records
    }

    func value(of path: String) -> Value? {
        if let value = values[path] { return value }
        if let list = records[path] { return .list(list.map { _ in .bool(true) }) }
        if let dot = path.lastIndex(of: "."), let list = records[String(path[..<dot])] {
            let field = String(path[path.index(after: dot)...])
            return .list(list.map { $0[field] ?? .missing([path]) })
        }
        return nil
    }

    /// False when none of the facts declared at `positions` of the rubric's `facts` was read, so that
    /// ``value(of:)`` and ``range(of:)`` of a path read only from them are nil.
    func holdsAny(of positions: [Int]) -> Bool {
        positions.contains { $0 >= holds.count || holds[$0] }
    }

    func records(of listPath: String) -> [[String: Value]] { records[listPath] ?? [] }

    func recordRanges(of listPath: String) -> [[String: RangeResult]] { recordRangeTable[listPath] ?? [] }

    func printedHalfUnit(of path: String) -> Rational? { printedHalfUnits[path] }

    /// The range of a fact, or of a field across a list's records; nil when there is no such fact.
    func range(of path: String) -> RangeResult? {
        if let range = ranges[path] { return range }
        if let list = records[path] { return .list(list.map { _ in .other(.bool(true)) }) }
        if let dot = path.lastIndex(of: "."), let list = recordRangeTable[String(path[..<dot])] {
            let field = String(path[path.index(after: dot)...])
            return .list(list.map { $0[field] ?? .other(.missing([path])) })
        }
        return nil
    }
}
