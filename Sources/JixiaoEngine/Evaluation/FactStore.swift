import JixiaoExpression
import JixiaoYAML

/// The facts a rubric declares, read from one submission and checked against their kinds.
struct FactStore: Sendable {
    private(set) var values: [String: Value] = [:]
    /// Records of list facts, field name → value.
    private(set) var records: [String: [[String: Value]]] = [:]
    /// What each printed number may stand for, given its printed precision.
    private(set) var ranges: [String: RangeResult] = [:]
    private(set) var recordRangeTable: [String: [[String: RangeResult]]] = [:]
    /// Half a unit of each number's last printed digit, by path (`list.index.field` inside record lists).
    private(set) var printedHalfUnits: [String: Rational] = [:]

    /// Facts marked `required` that the submission does not hold, with a similar path it does hold (a likely
    /// typo): reported beside the result, never a gate.
    private(set) var missingRequired: [(fact: FactDeclaration, nearMiss: String?)] = []

    /// Reads every declared fact; wrong kinds are input errors. A missing fact (even a required one) only
    /// leaves the indicators that need it without data: a partial document is scored on what it has.
    init(rubric: Rubric, submission: Submission) throws(DiagnosticError) {
        let sink = DiagnosticSink()
        let reader = FactValueReader(sink: sink, targetUnit: rubric.unit, submissionUnit: submission.unit)
        let tree = SubmissionTree(submission: submission)
        for fact in rubric.facts {
            let documentPath = tree.documentPath(of: fact.path)
            guard let node = tree.node(at: fact.path), !node.isNull else {
                if fact.required {
                    missingRequired.append((fact, Suggestion.closest(to: fact.path, among: tree.allPaths)))
                }
                continue
            }
            if fact.kind == .list, let elementKind = fact.elementKind {
                if let list = readValues(node, kind: elementKind, path: documentPath, reader: reader) {
                    values[fact.path] = .list(list.map(\.value))
                    ranges[fact.path] = .list(list.map(\.range))
                }
            } else if fact.kind == .list {
                if let list = readList(node, fact: fact, path: documentPath, reader: reader) {
                    records[fact.path] = list.map { $0.mapValues(\.value) }
                    recordRangeTable[fact.path] = list.map { $0.mapValues(\.range) }
                }
            } else if let read = reader.readFigure(node, kind: fact.kind, path: documentPath, options: fact.options) {
                values[fact.path] = read.value
                ranges[fact.path] = read.range
                printedHalfUnits[fact.path] = read.printedHalfUnit
            }
            if fact.kind == .list, let items = node.sequence {
                for (index, item) in items.enumerated() {
                    for field in fact.fields where field.kind == .amount || field.kind == .percent {
                        if let fieldNode = item[field.name] {
                            printedHalfUnits["\(fact.path).\(index).\(field.name)"] = reader.printedHalfUnit(of: fieldNode, kind: field.kind)
                        }
                    }
                }
            }
        }
        try sink.throwIfAny()
    }

    /// A list of plain values, e.g. the names of honours.
    private func readValues(_ node: Node, kind: FactKind, path: String,
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

    private func readList(_ node: Node, fact: FactDeclaration, path: String,
                          reader: FactValueReader) -> [[String: (value: Value, range: RangeResult)]]? {
        guard let items = node.sequence else {
            reader.sink.report(Diagnostic(location: node.location, path: path,
                                          message: "应为列表（每条一个映射），实际是\(node.kindName)"))
            return nil
        }
        return items.enumerated().compactMap { index, item in
            guard item.pairs != nil else {
                reader.sink.report(Diagnostic(location: item.location, path: "\(path)[\(index)]",
                                              message: "列表的每一条应为映射，实际是\(item.kindName)"))
                return nil
            }
            var record: [String: (value: Value, range: RangeResult)] = [:]
            for field in fact.fields {
                if let fieldNode = item[field.name],
                   let read = reader.readWithRange(fieldNode, kind: field.kind, path: "\(path)[\(index)].\(field.name)") {
                    record[field.name] = read
                }
            }
            return record
        }
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

/// Finds nodes in a submission by dotted path; `stated.…` paths look in the `stated:` tree.
struct SubmissionTree {
    let submission: Submission

    var rootLocation: SourceLocation {
        submission.facts?.location ?? SourceLocation(file: submission.file, line: 1, column: 1)
    }

    func documentPath(of factPath: String) -> String {
        factPath.hasPrefix("stated.") ? factPath : "facts.\(factPath)"
    }

    func node(at path: String) -> Node? {
        place(of: path).node
    }

    /// The `section:` that applies at `path`: the nearest one on the way down from the root.
    func section(of path: String) -> String? {
        place(of: path).section
    }

    /// The node at `path` (nil when the path does not exist) and the `section:` that applies there, from one
    /// walk down the tree.
    func place(of path: String) -> (node: Node?, section: String?) {
        let segments = Self.segments(of: path)
        let chain = nodes(along: segments, root: path)
        let section = chain.reversed().lazy.compactMap { Self.section(in: $0) }.first
        return (chain.count == segments.count + 1 ? chain.last : nil, section)
    }

    /// The nodes from the tree's root down the path, as far as the path exists.
    private func nodes(along segments: [String], root path: String) -> [Node] {
        let root = path.hasBytePrefix("stated.") || path == "stated" ? submission.stated : submission.facts
        guard var current = root else { return [] }
        var chain = [current]
        for segment in segments {
            let next: Node?
            if let index = Int(segment), let items = current.sequence {
                next = items.indices.contains(index) ? items[index] : nil
            } else {
                next = current[segment]
            }
            guard let next else { break }
            chain.append(next)
            current = next
        }
        return chain
    }

    /// The `section:` of a mapping. Looked for among scalar values only, which rules out most pairs of a big
    /// table without comparing keys.
    private static func section(in node: Node) -> String? {
        guard let pairs = node.pairs else { return nil }
        for pair in pairs {
            guard let text = pair.value.scalar?.text, pair.key.scalar?.text.hasSameBytes(as: "section") == true else { continue }
            return text
        }
        return nil
    }

    /// Path segments below the tree's root (`stated.` selects the tree and is not a segment).
    private static func segments(of path: String) -> [String] {
        // Split on the UTF-8 bytes: a path is split for every fact and check of every submission.
        var segments = path.utf8.split(separator: UInt8(ascii: ".")).map { String(decoding: $0, as: UTF8.self) }
        if segments.first == "stated" { segments.removeFirst() }
        return segments
    }

    /// Every leaf and branch path, for "did you mean" hints.
    var allPaths: [String] {
        var paths: [String] = []
        func walk(_ node: Node, prefix: String) {
            guard let pairs = node.pairs else { return }
            for pair in pairs {
                guard let key = pair.key.scalar?.text else { continue }
                let path = prefix.isEmpty ? key : "\(prefix).\(key)"
                paths.append(path)
                walk(pair.value, prefix: path)
            }
        }
        submission.facts.map { walk($0, prefix: "") }
        submission.stated.map { walk($0, prefix: "stated") }
        return paths
    }
}
