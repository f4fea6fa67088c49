import JixiaoExpression
import JixiaoYAML

/// The facts a rubric declares, read from one submission and checked against their kinds.
///
/// A class, so that the scoring environments carrying it (one is copied for every expression evaluated) share
/// its tables instead of copying them. Nothing changes it after `init`, so threads may share it too.
final class FactStore: @unchecked Sendable {
    /// What was read at one path: a figure (with half a unit of its last printed digit) or a list of plain values.
    private struct Reading {
        let value: Value
        /// What a printed number may stand for, given its printed precision.
        let range: RangeResult
        let printedHalfUnit: Rational?
        /// Where it is written, and the `section:` that applies there.
        let location: SourceLocation
        let section: String?
    }

    /// Figures and lists of plain values, in the order read.
    private let readings: [Reading]
    /// For each declared fact, by its position in the rubric's `facts`, where its reading is in ``readings``:
    /// found by path through the rubric's own table of positions (made once per rubric, so no path is hashed
    /// into a table for each submission), and by position for a check's figure resolved once per rubric.
    private let readingOfDeclaration: [Int?]
    /// The positions in the rubric's `facts` of the declarations at each path (the plan's).
    private let factPositions: [String: [Int]]
    private let recordLists: [String: FactRecords]

    /// Whether each declared fact, by its position in the rubric's `facts`, was read from the submission: a
    /// check answers a figure whose facts are all absent from this, without looking the figure's path up.
    let holds: [Bool]

    /// Facts marked `required` that the submission does not hold, with a similar path it does hold (a likely
    /// typo): reported beside the result, never a gate.
    let missingRequired: [(fact: FactDeclaration, nearMiss: String?)]

    /// Reads every declared fact; wrong kinds are input errors. A missing fact (even a required one) only
    /// leaves the indicators that need it without data: a partial document is scored on what it has.
    /// - Parameter tree: the submission's tree when already indexed for another rubric.
    init(rubric: Rubric, submission: Submission, tree: SubmissionTree? = nil) throws(DiagnosticError) {
        let sink = DiagnosticSink()
        let reader = FactValueReader(sink: sink, targetUnit: rubric.unit, submissionUnit: submission.unit)
        let tree = tree ?? SubmissionTree(submission: submission)
        factPositions = rubric.checkPlan.plan(of: rubric).factPositions
        // The tables are filled as local values and stored once read: changed in place as properties of this
        // class, every change paid for a run-time exclusivity check.
        var readings: [Reading] = []
        // Room for every declared fact made once: the table otherwise regrows several times.
        readings.reserveCapacity(rubric.facts.count)
        var holds = Array(repeating: false, count: rubric.facts.count)
        var readingOfDeclaration = [Int?](repeating: nil, count: rubric.facts.count)
        var recordLists: [String: FactRecords] = [:]
        var missingRequired: [(fact: FactDeclaration, nearMiss: String?)] = []
        /// Keeps `reading` as what was read for the declaration at `position`; of several declarations of one
        /// path, the last read is the path's.
        // Consumed: the reading is moved into the table, not copied and then destroyed.
        func record(declaredAt position: Int, _ reading: consuming Reading) {
            readingOfDeclaration[position] = readings.count
            readings.append(reading)
        }
        // Each container the facts lie in is placed once: a fact below one the submission lacks is absent
        // without its path looked up.
        let parents = rubric.factPathParents.table(of: rubric)
        let parentPlaces = tree.places(of: parents)
        // The lists whose records metrics and findings walk by field name: their tables by name are made once,
        // as they are read.
        let walkedByName = rubric.metrics.compactMap(\.each?.list) + rubric.findings.compactMap(\.each?.list)
        /// Notes the fact declared at `position` as absent from the submission.
        func noteAbsent(_ position: Int) {
            guard rubric.facts[position].required else { return }
            let fact = rubric.facts[position]
            missingRequired.append((fact, Suggestion.closest(to: fact.path, among: tree.allPaths)))
        }
        for position in rubric.facts.indices {
            // The declaration is copied only when its fact is there: most of a big rubric's are not.
            let place: TreePlace
            if let parent = parents.parentOfFact[position] {
                // Below a container the submission lacks, the fact is absent: nothing to look for.
                guard case .indexed(let container) = parentPlaces[parent] else {
                    noteAbsent(position)
                    continue
                }
                place = tree.place(of: parents.nameOfFact[position], inContainerAt: container)
                    ?? tree.place(of: rubric.facts[position].path)
            } else {
                place = tree.place(of: rubric.facts[position].path)
            }
            guard let node = place.node, !node.isNull else {
                noteAbsent(position)
                continue
            }
            // A node that is there but does not read is an input error, which throws below.
            holds[position] = true
            // A figure, most facts, is read from the declaration in place: copying it whole cost more.
            guard rubric.facts[position].kind == .list else {
                if let (value, range, half) = reader.readFigure(node, kind: rubric.facts[position].kind,
                                                                path: tree.documentPath(of: rubric.facts[position].path),
                                                                options: rubric.facts[position].options) {
                    record(declaredAt: position, Reading(value: value, range: range, printedHalfUnit: half,
                                                         location: node.location, section: place.section))
                }
                continue
            }
            let fact = rubric.facts[position]
            if let elementKind = fact.elementKind {
                if let list = Self.readValues(node, kind: elementKind, path: tree.documentPath(of: fact.path), reader: reader) {
                    record(declaredAt: position, Reading(value: .list(list.map(\.value)), range: .list(list.map(\.range)),
                                                         printedHalfUnit: nil, location: node.location,
                                                         section: place.section))
                }
            } else if var list = Self.readList(node, fact: fact, path: tree.documentPath(of: fact.path), reader: reader) {
                if walkedByName.contains(where: { $0.hasSameBytes(as: fact.path) }) { list.keepTablesByName() }
                recordLists[fact.path] = list
            }
        }
        self.readings = readings
        self.readingOfDeclaration = readingOfDeclaration
        self.recordLists = recordLists
        self.holds = holds
        self.missingRequired = missingRequired
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

    /// The records of a list fact, each field read as its declared kind, with half a unit of each amount's and
    /// rate's last printed digit, for the checks that state it.
    private static func readList(_ node: Node, fact: FactDeclaration, path: String, reader: FactValueReader) -> FactRecords? {
        guard let items = node.sequence else {
            reader.sink.report(Diagnostic(location: node.location, path: path,
                                          message: "应为列表（每条一个映射），实际是\(node.kindName)"))
            return nil
        }
        // Each field is kept by its position, record after record: two tables keyed by field name for every record
        // cost more than reading its figures, and only the few lists that metrics and findings walk by name are
        // ever asked for them (``records(of:)`` makes them then).
        var list = FactRecords(fieldNames: fact.fields.map(\.name))
        list.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            guard case .mapping(let pairs) = item.content else {
                reader.sink.report(Diagnostic(location: item.location, path: "\(path)[\(index)]",
                                              message: "列表的每一条应为映射，实际是\(item.kindName)"))
                continue
            }
            var nextKey = 0
            for field in fact.fields {
                guard let fieldNode = value(of: field.name, in: pairs, from: &nextKey) else {
                    list.appendField(value: nil, range: nil, printedHalfUnit: nil)
                    continue
                }
                // Taken apart at once: reading the fields of the optional tuple one by one copied it whole each time.
                let printed = field.kind == .amount || field.kind == .percent
                if let (value, range, half) = reader.readFigure(fieldNode, kind: field.kind,
                                                                path: "\(path)[\(index)].\(field.name)") {
                    list.appendField(value: value, range: range, printedHalfUnit: printed ? half : nil)
                } else {
                    list.appendField(value: nil, range: nil,
                                     printedHalfUnit: printed ? reader.printedHalfUnit(of: fieldNode, kind: field.kind) : nil)
                }
            }
            list.count += 1
        }
        return list
    }

    /// The value of the key `name` among a record's `pairs` (as `Node`'s subscript finds it: keys are unique),
    /// looked for from `next` on and then from the first pair; `next` is moved past the key found. Records write
    /// their fields in the declared order, so each field is found at the first key tried, not after every key
    /// before it.
    private static func value(of name: String, in pairs: [Node.Pair], from next: inout Int) -> Node? {
        var index = next
        for _ in pairs.indices {
            if index == pairs.count { index = 0 }
            if case .scalar(let key) = pairs[index].key.content, key.text.hasSameBytes(as: name) {
                next = index + 1
                return pairs[index].value
            }
            index += 1
        }
        return nil
    }

    func value(of path: String) -> Value? {
        if let position = readingPosition(of: path) { return readings[position].value }
        if let list = recordLists[path] { return .list(Array(repeating: .bool(true), count: list.count)) }
        if let (list, field) = listAndField(of: path) { return .list(list.values(of: field, missing: .missing([path]))) }
        return nil
    }

    /// ``value(of:)`` and ``range(of:)`` together, the tables looked up once: an expression reads both of each path.
    func valueAndRange(of path: String) -> (value: Value, range: RangeResult)? {
        if let position = readingPosition(of: path) { return (readings[position].value, readings[position].range) }
        if let list = recordLists[path] {
            return (.list(Array(repeating: .bool(true), count: list.count)),
                    .list(Array(repeating: .other(.bool(true)), count: list.count)))
        }
        if let (list, field) = listAndField(of: path) {
            return (.list(list.values(of: field, missing: .missing([path]))),
                    .list(list.ranges(of: field, missing: .other(.missing([path])))))
        }
        return nil
    }

    /// The list a `list.field` path reads across, and the field; nil when the path names no list read.
    private func listAndField(of path: String) -> (list: FactRecords, field: String)? {
        // The search for the last dot goes character by character and costs more than the rest: skipped when no
        // list was read or the path holds no dot (no other text is equivalent to ".").
        guard !recordLists.isEmpty, path.utf8.contains(UInt8(ascii: ".")), let dot = path.lastIndex(of: "."),
              let list = recordLists[String(path[..<dot])] else { return nil }
        return (list, String(path[path.index(after: dot)...]))
    }

    /// False when none of the facts declared at `positions` of the rubric's `facts` was read, so that
    /// ``value(of:)`` and ``range(of:)`` of a path read only from them are nil.
    func holdsAny(of positions: [Int]) -> Bool {
        positions.contains { $0 >= holds.count || holds[$0] }
    }

    /// ``value(of:)`` of the path of the declarations at `positions` (all at that one path, in rubric order),
    /// when one of them read a figure or a list of plain values; nil otherwise (the path may still name a list).
    func value(declaredAt positions: [Int]) -> Value? {
        reading(declaredAt: positions).map { readings[$0].value }
    }

    /// ``range(of:)`` of the path of the declarations at `positions`, as ``value(declaredAt:)`` reads it.
    func range(declaredAt positions: [Int]) -> RangeResult? {
        reading(declaredAt: positions).map { readings[$0].range }
    }

    /// Where the reading kept at `path` is in ``readings``.
    private func readingPosition(of path: String) -> Int? {
        factPositions[path].flatMap(reading(declaredAt:))
    }

    /// The reading of the last of the declarations at `positions` that has one: the one kept at their path.
    private func reading(declaredAt positions: [Int]) -> Int? {
        for position in positions.reversed() where position < readingOfDeclaration.count {
            if let reading = readingOfDeclaration[position] { return reading }
        }
        return nil
    }

    /// The records of the list at `listPath`, each field by name (empty when no such list was read).
    func records(of listPath: String) -> [[String: Value]] { recordLists[listPath]?.valuesByName() ?? [] }

    /// The ranges of ``records(of:)``'s fields, record by record.
    func recordRanges(of listPath: String) -> [[String: RangeResult]] { recordLists[listPath]?.rangesByName() ?? [] }

    /// The records of the list at `listPath`, their fields by position; nil when no such list was read.
    func recordList(at listPath: String) -> FactRecords? { recordLists[listPath] }

    /// Where the figure (or list of plain values) read at `path` is written, the `section:` that applies there (as
    /// the submission's tree places it) and half a unit of its last printed digit (nil for a list of plain
    /// values); nil when no fact was read at `path`.
    func placeAndPrintedHalfUnit(of path: String) -> (location: SourceLocation, section: String?, printedHalfUnit: Rational?)? {
        readingPosition(of: path).map { (readings[$0].location, readings[$0].section, readings[$0].printedHalfUnit) }
    }

    /// ``placeAndPrintedHalfUnit(of:)`` of the path of the declarations at `positions` (all at that one path, in
    /// rubric order), found by position: the path is not hashed.
    func placeAndPrintedHalfUnit(declaredAt positions: [Int]) -> (location: SourceLocation, section: String?,
                                                                  printedHalfUnit: Rational?)? {
        reading(declaredAt: positions).map { (readings[$0].location, readings[$0].section, readings[$0].printedHalfUnit) }
    }

    /// Half a unit of the last printed digit of `field` in record `index` of the list at `listPath`; nil when
    /// that field is no amount or rate, or the record does not print it.
    func printedHalfUnit(ofField field: String, record index: Int, in listPath: String) -> Rational? {
        recordLists[listPath]?.printedHalfUnit(ofField: field, record: index)
    }

    /// The range of a fact, or of a field across a list's records; nil when there is no such fact.
    func range(of path: String) -> RangeResult? {
        if let position = readingPosition(of: path) { return readings[position].range }
        if let list = recordLists[path] { return .list(Array(repeating: .other(.bool(true)), count: list.count)) }
        if let (list, field) = listAndField(of: path) { return .list(list.ranges(of: field, missing: .other(.missing([path])))) }
        return nil
    }
}
