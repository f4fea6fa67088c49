import Testing
import JixiaoExpression
import JixiaoYAML
@testable import JixiaoEngine

/// 要素计分, 加分项 and 定性分档: methods driven by named items or levels.
@Suite("Checklist, bonus and tiers")
struct ItemMethodTests {
    @Test("checklist items that do not add up to the indicator's points are rejected")
    func checklistTotal() {
        // 1 + 0.5 = 1.5 ≠ 2
        let diagnostics = parameterDiagnostics(
            ChecklistMethod.self, "{items: [{name: 甲, points: 1, when: a}, {name: 乙, points: 0.5, when: b}]}", points: "2")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.path == "checklist.items")
        #expect(diagnostics.first?.message.contains("各要素分值之和为 1.5，与指标分值 2 不符") == true)
    }

    @Test("a checklist item without a name or with negative points is rejected")
    func checklistItemErrors() {
        let unnamed = parameterDiagnostics(ChecklistMethod.self, "{items: [{points: 1, when: a}]}", points: "1")
        #expect(unnamed.contains { $0.path == "checklist.items[0]" && $0.message.contains("name") })
        let negative = parameterDiagnostics(ChecklistMethod.self, "{items: [{name: 甲, points: -1, when: a}]}", points: "-1")
        #expect(negative.contains { $0.path == "checklist.items[0].points" && $0.message.contains("不能为负") })
    }

    @Test("a checklist condition that is not true/false cannot be scored")
    func checklistNonBoolean() throws {
        let result = try outcome(ChecklistMethod.self, "{items: [{name: 甲, points: 1, when: a}]}", points: "1", inputs: ["a": "3"])
        #expect(result.kind == .notComputable)
    }

    @Test("a checklist names the items not met, in written order, and a bonus those met")
    func itemsNamedInReasons() throws {
        let items = "{items: [{name: 甲, points: 1, when: a}, {name: 乙, points: 0.5, when: b}, {name: 丙, points: 0.5, when: c}]}"
        // 甲 and 丙 are not met: 0.5 earned of 2.
        let checklist = try outcome(ChecklistMethod.self, items, points: "2", inputs: ["a": "false", "b": "true", "c": "false"])
        #expect(checklist.score == r("0.5"))
        #expect(checklist.reason == "未达成：甲（1分）、丙（0.5分），得 0.5 分")
        // Only 乙 not met: 1 + 0.5 = 1.5 earned.
        let one = try outcome(ChecklistMethod.self, items, points: "2", inputs: ["a": "true", "b": "false", "c": "true"])
        #expect(one.reason == "未达成：乙（0.5分），得 1.5 分")
        // All three met: full points, and the count of items.
        let all = try outcome(ChecklistMethod.self, items, points: "2", inputs: ["a": "true", "b": "true", "c": "true"])
        #expect(all.score == r("2"))
        #expect(all.reason == "3 项要素全部达成，得满分")
        // 甲 and 丙 are met: 1 + 0.5 = 1.5, under the cap of 2.
        let bonus = try outcome(BonusMethod.self, items, points: "2", inputs: ["a": "true", "b": "false", "c": "true"])
        #expect(bonus.score == r("1.5"))
        #expect(bonus.reason == "加分：甲（+1）、丙（+0.5）")
    }

    @Test("no checklist item met scores zero")
    func checklistNothingMet() throws {
        let result = try outcome(ChecklistMethod.self, "{items: [{name: 甲, points: 1, when: a}, {name: 乙, points: 1, when: b}]}",
                                 points: "2", inputs: ["a": "false", "b": "false"])
        #expect(result.score == r("0"))
        #expect(result.reason.contains("甲") && result.reason.contains("乙"))
    }

    @Test("bonus exactly at its cap is not reduced")
    func bonusAtCap() throws {
        // 2 + 3 = 5 = cap 5
        let result = try outcome(BonusMethod.self, BonusMethod.yaml, points: "5", inputs: ["a": "true", "b": "false", "c": "true"])
        #expect(result.score == r("5"))
        #expect(!result.reason.contains("上限"))
    }

    @Test("a bonus indicator does not count towards its group's points")
    func bonusRole() throws {
        let method = try #require(MethodRegistry.method(forKey: "bonus"))
        let instance = try #require(try decode(method, BonusMethod.yaml))
        #expect(instance.role == .bonus)
    }

    @Test("a level not among the tiers cannot be scored, and the reason names it")
    func tiersUnknownLevel() throws {
        let result = try outcome(TiersMethod.self, TiersMethod.yaml, points: "10", inputs: ["level": "\"较差\""])
        #expect(result.kind == .notComputable)
        #expect(result.reason.contains("较差"))
        #expect(result.reason.contains("优/良/中/差"))
    }

    @Test("tiers: 中 gives 60%")
    func tiersMiddle() throws {
        // 5 × 60% = 3
        #expect(try outcome(TiersMethod.self, TiersMethod.yaml, points: "5", inputs: ["level": "\"中\""]).score == r("3"))
    }

    @Test("a number where a level is expected cannot be scored")
    func tiersNumber() throws {
        #expect(try outcome(TiersMethod.self, TiersMethod.yaml, points: "5", inputs: ["level": "1"]).kind == .notComputable)
    }

    @Test("a tier share above 100% is rejected")
    func tiersShareRange() {
        let diagnostics = parameterDiagnostics(TiersMethod.self, "{value: level, tiers: {优: 120%, 良: 80%}}", points: "5")
        #expect(diagnostics.map(\.path) == ["tiers.tiers"])
        #expect(diagnostics.first?.message.contains("优") == true)
    }

    @Test("an empty tier table is reported, not silently dropped")
    func tiersEmpty() {
        let diagnostics = parameterDiagnostics(TiersMethod.self, "{value: level, tiers: {}}", points: "5")
        #expect(!diagnostics.isEmpty, "空的 tiers 应报错，而不是让指标悄悄消失")
        #expect(diagnostics.first?.path.hasPrefix("tiers.tiers") == true)
    }

    /// Builds a method from flow-YAML parameters, without scoring it.
    private func decode(_ method: any ScoringMethod.Type, _ parameters: String) throws -> (any ScoringMethod)? {
        let node = try YAMLLoader().load(bytes: Array(parameters.utf8), file: "<test>")
        let sink = DiagnosticSink()
        guard let reader = MappingReader(node, path: method.key, sink: sink, what: "参数") else { return nil }
        return method.init(parameters: MethodParameters(reader: reader))
    }
}
