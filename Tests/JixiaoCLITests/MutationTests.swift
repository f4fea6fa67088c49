import Foundation
import JixiaoEngine
import JixiaoExpression
import JixiaoYAML
import Testing

/// Changes each amount of the seed submission by 1.00, one at a time, and checks that the arithmetic
/// checks notice: an amount that no identity or stated figure touches is the only kind allowed to slip.
@Suite("核对的变异测试")
struct MutationTests {
    struct Amount {
        var path: String
        var node: Node
    }

    static let rubricId = "changsha-xinfang-overall-100"

    @Test func changingAnyCheckedAmountByOneTurnsACheckToMismatch() throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: RepositoryFiles.seedSubmission)))
        let catalog = RubricCatalog(searchDirectories: [RepositoryFiles.rubricsDirectory])
        let rubric = try catalog.rubric(Self.rubricId)
        let scorer = Scorer(rubric: rubric)
        let submission = try SubmissionLoader().load(bytes: bytes, file: "seed.yaml")
        let baseline = try scorer.score(submission)
        let baselineMismatches = Dictionary(uniqueKeysWithValues: baseline.checks
            .filter { $0.verdict == .mismatch }.map { ($0.id, $0.difference) })

        // The amounts the rubric reads, then the statements' amounts; a figure written once and read through an
        // alias is one node (the alias keeps the anchor's place) and is changed once.
        var seen = Set<String>()
        let amounts = (try Self.amounts(in: bytes, rubric: rubric) + Self.statementAmounts(submission))
            .filter { seen.insert("\($0.location.line):\($0.location.column)").inserted }
        #expect(amounts.count > 100, "种子文件中应有上百个金额")
        #expect(amounts.contains { $0.path.hasPrefix("statements") }, "文字陈述的金额也应参与变异")
        // An inequality (06表 item ≤ 09表) cannot notice a changed amount that still satisfies it.
        let touched = Self.pathsTouchedByChecks(rubric, relations: [.equal])
        // A statement's figure that some relation judges as an equality must be noticed too.
        let touchedFigures = Set(baseline.checks.filter { $0.checkSet == "statements" && $0.relation == .equal }
            .flatMap(\.coveredPaths))

        var caught: [String] = []
        var slipped: [String] = []
        for amount in amounts {
            let mutated = try Self.mutate(bytes, at: amount.location, printed: amount.printed)
            let result = try scorer.score(SubmissionLoader().load(bytes: mutated, file: "seed.yaml"))
            // Caught: a check turns to mismatch, or a check that already failed now fails by another amount.
            let noticed = result.checks.contains { check in
                check.verdict == .mismatch
                    && (baselineMismatches[check.id] == nil || baselineMismatches[check.id]! != check.difference)
            }
            if noticed { caught.append(amount.path) } else { slipped.append(amount.path) }
        }
        let share = Double(caught.count) / Double(amounts.count) * 100
        print("变异测试：\(amounts.count) 个金额各加 1.00，\(caught.count) 个被核对发现（\(String(format: "%.1f", share))%），\(slipped.count) 个未被发现：")
        for path in slipped { print("  未被发现：\(path)") }

        // Only amounts that no equality check (and no equality relation of a statement) reads may slip.
        let slippedButTouched = slipped.filter { touched.contains(Self.declaredPath($0)) || touchedFigures.contains($0) }
        #expect(slippedButTouched.isEmpty, "这些金额有核对引用，改动后却没有核对报不一致：\(slippedButTouched)")
    }

    struct Figure {
        var path: String
        var location: JixiaoYAML.SourceLocation
        var printed: String
    }

    /// Every amount figure of the statements (amount, budget, prior, change, vs_budget), with its printed text.
    static func statementAmounts(_ submission: Submission) -> [Figure] {
        submission.statements.flatMap { statement in
            [statement.amount, statement.budget, statement.prior, statement.change, statement.vsBudget]
                .compactMap { $0 }
                .filter { figure in figure.printed.contains { $0.isNumber } }
                .map { Figure(path: $0.path, location: $0.location, printed: $0.printed) }
        }
    }

    /// Every scalar the rubric reads as an amount: plain facts and fields of record lists.
    static func amounts(in bytes: [UInt8], rubric: Rubric) throws -> [Figure] {
        let root = try YAMLLoader().load(bytes: bytes, file: "seed.yaml")
        var found: [Figure] = []
        func add(_ path: String, _ node: Node) {
            if let text = node.scalar?.text { found.append(Figure(path: path, location: node.location, printed: text)) }
        }
        for fact in rubric.facts {
            guard let node = node(at: fact.path, in: root) else { continue }
            if fact.kind == .amount, node.scalar != nil {
                add(fact.path, node)
            } else if fact.kind == .list, let records = node.sequence {
                for field in fact.fields where field.kind == .amount {
                    for (index, record) in records.enumerated() {
                        if let value = record[field.name], value.scalar != nil {
                            add("\(fact.path).\(index).\(field.name)", value)
                        }
                    }
                }
            } else if fact.kind == .list, fact.elementKind == .amount, let items = node.sequence {
                for (index, item) in items.enumerated() {
                    add("\(fact.path).\(index)", item)
                }
            }
        }
        return found
    }

    static func node(at path: String, in root: Node) -> Node? {
        var segments = path.split(separator: ".").map(String.init)
        var current: Node? = root["facts"]
        if segments.first == "stated" {
            segments.removeFirst()
            current = root["stated"]
        }
        for segment in segments {
            guard let node = current else { return nil }
            if let index = Int(segment), let items = node.sequence {
                current = items.indices.contains(index) ? items[index] : nil
            } else {
                current = node[segment]
            }
        }
        return current
    }

    /// The path as the rubric declares it: a record field `t03.rows.2.total` is declared as the list `t03.rows`.
    static func declaredPath(_ path: String) -> String {
        let segments = path.split(separator: ".")
        if let index = segments.firstIndex(where: { Int($0) != nil }) {
            return segments[..<index].joined(separator: ".")
        }
        return path
    }

    /// Paths (declared facts and lists) that some check reads, directly or through metrics.
    static func pathsTouchedByChecks(_ rubric: Rubric, relations: Set<Check.Relation>) -> Set<String> {
        var touched = Set<String>()
        var pending = rubric.checks.filter { relations.contains($0.relation) }.flatMap { check -> [String] in
            var paths = (check.stated.expression.references + check.computed.expression.references).map(\.path)
            if let each = check.each { paths.append(each.list) }
            return paths
        }
        while let path = pending.popLast() {
            guard touched.insert(path).inserted else { continue }
            if let metric = rubric.metric(withId: path) {
                pending += metric.value.expression.references.map(\.path)
                if let each = metric.each { pending.append(each.list) }
            }
            if let dot = path.lastIndex(of: "."), rubric.fact(at: String(path[..<dot]))?.kind == .list {
                touched.insert(String(path[..<dot]))
            }
        }
        return touched
    }

    /// The bytes with the figure printed at `location` increased by 1.00 万元 (in size, keeping its direction word and
    /// unit), written the way the file writes amounts. The figure is searched from its node's column on, so an
    /// anchor (`&name 1717.31`) or a quote before it is skipped.
    static func mutate(_ bytes: [UInt8], at location: JixiaoYAML.SourceLocation, printed: String) throws -> [UInt8] {
        var lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let lineIndex = location.line - 1
        let line = lines[lineIndex]
        let from = line.index(line.startIndex, offsetBy: location.column - 1)
        let range = try #require(line.range(of: printed, range: from..<line.endIndex),
                                 "第 \(location.line) 行第 \(location.column) 列之后没有“\(printed)”")
        let words = ["增加", "减少", "增长", "下降", "上升", "上涨"]
        let word = words.first { printed.hasPrefix($0) } ?? ""
        let (number, suffix) = splitUnit(String(printed.dropFirst(word.count)))
        let value = try #require(Rational(decimalText: number), "“\(printed)”不是金额")
        let increment = suffix == "元" ? Rational(10_000) : .one   // 1.00 万元
        let changed = value.isNegative ? value - increment : value + increment
        var replaced = line
        replaced.replaceSubrange(range, with: word + changed.decimalText(places: 2) + suffix)
        lines[lineIndex] = replaced
        return Array(lines.joined(separator: "\n").utf8)
    }

    static func splitUnit(_ text: String) -> (String, String) {
        for unit in ["万元", "元"] where text.hasSuffix(unit) {
            return (String(text.dropLast(unit.count)).replacingOccurrences(of: ",", with: ""), unit)
        }
        return (text.replacingOccurrences(of: ",", with: ""), "")
    }
}
