import Foundation
import Testing
import JixiaoExpression
import JixiaoYAML
@testable import JixiaoEngine

/// `check_sets:` — reusable files of facts, metrics and checks merged into a rubric.
@Suite("Check sets")
struct CheckSetTests {
    /// A fresh folder holding `rubric.yaml` and `sets/x.yaml`; removed by the caller through `cleanUp`.
    struct Folder {
        let root: URL
        var rubricPath: String { root.appendingPathComponent("rubric.yaml").path }
        var setPath: String { root.appendingPathComponent("sets/x.yaml").path }

        init(rubric: String, set: String?) throws {
            root = FileManager.default.temporaryDirectory
                .appendingPathComponent("checktests-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root.appendingPathComponent("sets"),
                                                    withIntermediateDirectories: true)
            try Data(rubric.utf8).write(to: URL(fileURLWithPath: rubricPath))
            if let set { try Data(set.utf8).write(to: URL(fileURLWithPath: setPath)) }
        }

        func load() throws(DiagnosticError) -> Rubric { try RubricLoader().load(contentsOf: rubricPath) }

        func diagnostics() -> [Diagnostic] {
            do {
                _ = try load()
                return []
            } catch {
                return error.diagnostics
            }
        }

        func cleanUp() { try? FileManager.default.removeItem(at: root) }

        /// `line:column` inside the set file.
        func inSet(_ line: Int, _ column: Int) -> JixiaoYAML.SourceLocation {
            JixiaoYAML.SourceLocation(file: setPath, line: line, column: column)
        }

        /// `line:column` inside the rubric file.
        func inRubric(_ line: Int, _ column: Int) -> JixiaoYAML.SourceLocation {
            JixiaoYAML.SourceLocation(file: rubricPath, line: line, column: column)
        }
    }

    /// The including rubric; `s.total` is declared both here and in the set.
    static func rubric(checkSets: String = "[sets/x.yaml]", ownCheckId: String = "own") -> String {
        """
        id: t
        title: 核对测试
        total: 10
        check_sets: \(checkSets)
        facts:
          s.total: amount
        checks:
          - {id: \(ownCheckId), name: 合计非负, stated: s.total, computed: "0", relation: ">="}
        groups:
          - {id: g, name: 分组, indicators: [{id: Q, name: 数据质量, points: 10, method: {data_quality: {deduct: 1}}}]}
        """
    }

    static let set = """
        id: x
        title: 公开01表
        facts:
          s.total: amount
          s.a: amount
          s.b: amount
        metrics:
          parts: {value: "s.a + s.b", unit: amount}
        checks:
          - {id: c1, name: 合计等于分项之和, stated: s.total, computed: parts}
        """

    @Test("the set's facts, metrics and checks are merged into the rubric")
    func merges() throws {
        let folder = try Folder(rubric: Self.rubric(), set: Self.set)
        defer { folder.cleanUp() }
        let rubric = try folder.load()
        #expect(rubric.checkSets == ["x"])
        #expect(rubric.facts.map(\.path).sorted() == ["s.a", "s.b", "s.total"])
        #expect(rubric.metrics.map(\.id) == ["parts"])
        #expect(rubric.checks.map(\.id) == ["own", "c1"])
        #expect(rubric.checks.map(\.checkSet) == [nil, "x"])

        let submission = try loadSubmission("""
            department: 测试局
            year: 2023
            facts:
              s: {total: 10.01, a: 4.00, b: 6.00}
            """)
        let checks = try Scorer(rubric: rubric).score(submission).checks
        // 10.01 ≥ 0 → ok; 4.00 + 6.00 = 10.00 vs 10.01: [10.005, 10.015] meets [9.99, 10.01] → rounding
        #expect(checks.map(\.verdict) == [.ok, .rounding])
        #expect(checks.last?.checkSet == "x")
    }

    @Test("the rubric's sha256 covers its check sets: the same rubric text with another set has another hash")
    func hashCoversSets() throws {
        let first = try Folder(rubric: Self.rubric(), set: Self.set)
        defer { first.cleanUp() }
        let second = try Folder(rubric: Self.rubric(), set: Self.set.replacingOccurrences(of: "s.a + s.b", with: "s.a - s.b"))
        defer { second.cleanUp() }
        let one = try first.load(), other = try second.load()
        #expect(one.sha256 != other.sha256)
        // The rubric's own hash, then the set's, both as hex text, hashed together.
        let rubricHash = SHA256.hex(of: Array(Self.rubric().utf8)), setHash = SHA256.hex(of: Array(Self.set.utf8))
        #expect(one.sha256 == SHA256.hex(of: Array((rubricHash + setHash).utf8)))
        // Without check sets the hash stays that of the file's bytes.
        let alone = try Folder(rubric: Self.rubric(checkSets: "[]"), set: nil)
        defer { alone.cleanUp() }
        #expect(try alone.load().sha256 == SHA256.hex(of: Array(Self.rubric(checkSets: "[]").utf8)))
    }

    @Test("a missing set file is an error at its check_sets entry")
    func missingFile() throws {
        let folder = try Folder(rubric: Self.rubric(checkSets: "[sets/x.yaml, sets/nope.yaml]"), set: Self.set)
        defer { folder.cleanUp() }
        let diagnostics = folder.diagnostics()
        #expect(diagnostics.count == 1, "\(DiagnosticError(diagnostics))")
        // "check_sets: [sets/x.yaml, sets/nope.yaml]": "check_sets: [" is 13 scalars, "sets/x.yaml, " 13 more
        // → "sets/nope.yaml" starts at column 27
        #expect(diagnostics.first?.location == folder.inRubric(4, 27))
        #expect(diagnostics.first?.message.contains("sets/nope.yaml") == true)
    }

    @Test("sets read side by side come out in the order named, and every bad one is reported, each in its own file")
    func severalSetsInOrder() throws {
        let folder = try Folder(rubric: Self.rubric(checkSets: "[sets/x.yaml, sets/y.yaml, sets/gone.yaml, sets/z.yaml, sets/w.yaml]"),
                                set: Self.set)
        defer { folder.cleanUp() }
        func write(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: folder.root.appendingPathComponent("sets/\(name).yaml"))
        }
        try write("y", "id: y\nchecks:\n  - {id: c2, name: 分项非负, stated: s.a, computed: \"0\", relation: \">=\"}\n")
        try write("z", "id: z\nchecks:\n  - {id: c3, name: 坏关系, stated: s.b, computed: \"0\", relation: about}\n")
        try write("w", "id: w\nchecks:\n  - {id: c4, name: 分项非负, stated: s.b, computed: \"0\", relation: \">=\"}\n")
        let diagnostics = folder.diagnostics()
        // The missing file at its check_sets entry (line 4), and z's bad relation in z's own file, line 3.
        #expect(diagnostics.count == 2, "\(DiagnosticError(diagnostics))")
        #expect(diagnostics.contains { $0.location.file == folder.rubricPath && $0.location.line == 4 && $0.message.contains("sets/gone.yaml") })
        #expect(diagnostics.contains { $0.location.file.hasSuffix("sets/z.yaml") && $0.location.line == 3 })

        try FileManager.default.removeItem(at: folder.root.appendingPathComponent("sets/z.yaml"))
        try write("z", "id: z\nchecks:\n  - {id: c3, name: 分项非负, stated: s.b, computed: \"0\", relation: \">=\"}\n")
        try write("gone", "id: v\n")
        let rubric = try folder.load()
        #expect(rubric.checkSets == ["x", "y", "v", "z", "w"])
        #expect(rubric.checks.map(\.id) == ["own", "c1", "c2", "c3", "c4"])
    }

    @Test("a fact declared with another kind in the set is an error naming both kinds")
    func conflictingFactKind() throws {
        let folder = try Folder(rubric: Self.rubric(),
                                set: Self.set.replacingFirst("s.total: amount", with: "s.total: count"))
        defer { folder.cleanUp() }
        let diagnostics = folder.diagnostics()
        #expect(diagnostics.count == 1, "\(DiagnosticError(diagnostics))")
        let message = diagnostics.first?.message ?? ""
        #expect(message.contains("s.total") && message.contains("计数") && message.contains("金额"), "\(message)")
        #expect(diagnostics.first?.location.file == folder.setPath)
    }

    @Test("a check id used by both the rubric and the set is an error at the second")
    func duplicateCheckId() throws {
        let folder = try Folder(rubric: Self.rubric(ownCheckId: "c1"), set: Self.set)
        defer { folder.cleanUp() }
        let diagnostics = folder.diagnostics()
        #expect(diagnostics.count == 1, "\(DiagnosticError(diagnostics))")
        // the set's check is the second: line 10, the item's mapping at column 5
        #expect(diagnostics.first?.location == folder.inSet(10, 5))
        #expect(diagnostics.first?.message.contains("c1") == true)
    }

    @Test("an unknown reference in a set's check points into the set file")
    func unknownReference() throws {
        let set = Self.set.replacingFirst("computed: parts}", with: #"computed: "s.a + s.bb"}"#)
        let folder = try Folder(rubric: Self.rubric(), set: set)
        defer { folder.cleanUp() }
        let diagnostics = folder.diagnostics()
        #expect(diagnostics.count == 1, "\(DiagnosticError(diagnostics))")
        // line 10: `  - {id: c1, name: 合计等于分项之和, stated: s.total, computed: "s.a + s.bb"}`
        // "  - {" is 5 scalars, then "id: c1, " 8, "name: 合计等于分项之和, " 16, "stated: s.total, " 17,
        // "computed: " 10 → the quote is at column 5 + 8 + 16 + 17 + 10 + 1 = 57;
        // after it "s.a + " is 6 scalars, so s.bb starts at 57 + 1 + 6 = 64
        #expect(diagnostics.first?.location == folder.inSet(10, 64))
        #expect(diagnostics.first?.message.contains("s.bb") == true)
    }

    @Test("a bad relation and a bad severity are both reported, in the set file")
    func badRelationAndSeverity() throws {
        let set = Self.set.replacingFirst("computed: parts}", with: #"computed: parts, relation: "=", severity: fatal}"#)
        let folder = try Folder(rubric: Self.rubric(), set: set)
        defer { folder.cleanUp() }
        let diagnostics = folder.diagnostics()
        #expect(diagnostics.count == 2, "\(DiagnosticError(diagnostics))")
        #expect(diagnostics.allSatisfy { $0.location.file == folder.setPath })
        #expect(diagnostics.contains { $0.message.contains("relation") && $0.message.contains("“=”") })
        #expect(diagnostics.contains { $0.message.contains("severity") && $0.message.contains("fatal") })
    }

    @Test("a bad relation or severity in the rubric's own checks is reported too")
    func badRelationInRubric() {
        let diagnostics = rubricDiagnostics(CheckFixture.rubric(
            facts: "s.total: amount",
            checks: #"- {id: c1, name: 合计, stated: s.total, computed: s.total, relation: "<", severity: eror}"#))
        #expect(diagnostics.count == 2, "\(DiagnosticError(diagnostics))")
        #expect(diagnostics.contains { $0.path.hasSuffix("relation") })
        // a near miss gets a suggestion
        #expect(diagnostics.contains { $0.path.hasSuffix("severity") && ($0.hint ?? "").contains("error") })
    }
}
