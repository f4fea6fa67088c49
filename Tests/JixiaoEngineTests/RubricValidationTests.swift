import Testing
import JixiaoExpression
@testable import JixiaoEngine

/// Every rubric error names its line:column and path. Line 1 is the first line of each inline document;
/// columns count Unicode scalars from 1, so a CJK character is one column.
@Suite("Rubric validation")
struct RubricValidationTests {
    /// The one diagnostic whose path is `path`; records an issue when there is not exactly one.
    private func only(_ diagnostics: [Diagnostic], path: String,
                      sourceLocation: SourceLocation = #_sourceLocation) -> Diagnostic? {
        let matching = diagnostics.filter { $0.path == path }
        if matching.count != 1 {
            Issue.record("路径 \(path) 应恰有一条错误，实际：\n\(DiagnosticError(diagnostics))", sourceLocation: sourceLocation)
        }
        return matching.first
    }

    @Test("a group's indicators that do not add up to its declared points")
    func groupPoints() throws {
        let diagnostics = rubricDiagnostics("""
            id: t
            title: 测试
            total: 10
            groups:
              - id: g
                name: 分组
                points: 10
                indicators:
                  - {id: I1, name: 甲, points: 6, method: manual}
                  - {id: I2, name: 乙, points: 3, method: manual}
            """)
        #expect(diagnostics.count == 1)
        let diagnostic = try #require(only(diagnostics, path: "groups[0].points"))
        // line 7 "    points: 10": the value starts after 4 spaces + "points: " → column 13
        #expect(diagnostic.location == at(7, 13))
        // 6 + 3 = 9 ≠ 10
        #expect(diagnostic.message.contains("分组分值 10 与其下指标分值之和 9 不符"))
    }

    @Test("groups that do not add up to `total`")
    func total() throws {
        let diagnostics = rubricDiagnostics("""
            id: t
            title: 测试
            total: 100
            groups:
              - id: g1
                name: 甲组
                indicators:
                  - {id: I1, name: 甲, points: 60, method: manual}
              - id: g2
                name: 乙组
                indicators:
                  - {id: I2, name: 乙, points: 30, method: manual}
            """)
        #expect(diagnostics.count == 1)
        let diagnostic = try #require(only(diagnostics, path: "total"))
        // line 3 "total: 100": value at column 8
        #expect(diagnostic.location == at(3, 8))
        // 60 + 30 = 90 ≠ 100
        #expect(diagnostic.message.contains("总分 100 与各分组分值之和 90 不符"))
    }

    @Test("a duplicate indicator id points at the second indicator and names the first one's line")
    func duplicateIndicatorId() throws {
        let diagnostics = rubricDiagnostics("""
            id: t
            title: 测试
            total: 10
            groups:
              - id: g
                name: 分组
                indicators:
                  - {id: I1, name: 甲, points: 5, method: manual}
                  - {id: I1, name: 乙, points: 5, method: manual}
            """)
        #expect(diagnostics.count == 1)
        let diagnostic = try #require(diagnostics.first)
        // line 9 "      - {id: I1, …": the flow mapping opens at column 9
        #expect(diagnostic.location == at(9, 9))
        #expect(diagnostic.message.contains("指标标识“I1”重复：第 8 行已使用"))
        // The path says where in the document, like every other error.
        #expect(diagnostic.path == "groups[0].indicators[1].id")
    }

    @Test("a duplicate group id points at the second group")
    func duplicateGroupId() throws {
        let diagnostics = rubricDiagnostics("""
            id: t
            title: 测试
            total: 10
            groups:
              - {id: g, name: 甲, indicators: [{id: I1, name: 甲, points: 5, method: manual}]}
              - {id: g, name: 乙, indicators: [{id: I2, name: 乙, points: 5, method: manual}]}
            """)
        #expect(diagnostics.count == 1)
        let diagnostic = try #require(only(diagnostics, path: "groups[1].id"))
        // line 6 "  - {id: g, …": the flow mapping opens at column 5
        #expect(diagnostic.location == at(6, 5))
        #expect(diagnostic.message.contains("分组标识“g”重复：第 5 行已使用"))
    }

    @Test("a duplicate mapping key is rejected by the YAML layer with both lines")
    func duplicateKey() throws {
        let diagnostics = rubricDiagnostics("""
            id: t
            title: 测试
            id: u
            """)
        #expect(diagnostics.count == 1)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.location == at(3, 1))
        #expect(diagnostic.path == "")
        #expect(diagnostic.message.contains("映射中的键“id”重复：第 1 行已出现"))
    }

    @Test("an unknown fact path inside an expression, with a did-you-mean hint")
    func unknownFactPath() throws {
        let diagnostics = rubricDiagnostics("""
            id: t
            title: 测试
            total: 10
            facts:
              budget.initial: amount
              budget.final: amount
            groups:
              - id: g
                name: 分组
                indicators:
                  - id: I1
                    name: 执行率
                    points: 10
                    method: {rate_times_points: {rate: "ratio(budget.finall, budget.initial)"}}
            """)
        #expect(diagnostics.count == 1)
        let diagnostic = try #require(only(diagnostics, path: "groups[0].indicators[0].method.rate_times_points.rate"))
        // line 14: 8 spaces, `method: {rate_times_points: {rate: ` is 35 characters → the quote is at column 44;
        // "budget.finall" starts 6 characters into the expression, after the quote: 44 + 1 + 6 = 51
        #expect(diagnostic.location == at(14, 51))
        #expect(diagnostic.message.contains("“budget.finall”"))
        #expect(diagnostic.hint == "是否想用“budget.final”？")
    }

    @Test("an unknown method, with a did-you-mean hint")
    func unknownMethod() throws {
        let diagnostics = rubricDiagnostics(Self.unknownMethodRubric)
        let diagnostic = try #require(only(diagnostics, path: "groups[0].indicators[0].method"))
        // line 15 "        method: {proportinal: …": the flow mapping opens at column 17
        #expect(diagnostic.location == at(15, 17))
        #expect(diagnostic.message.contains("未知的计分方法“proportinal”"))
        #expect(diagnostic.hint == "是否想用“proportional”？")
    }

    static let unknownMethodRubric = """
        id: t
        title: 测试
        total: 10
        facts:
          a: amount
          b: amount
        groups:
          - id: g
            name: 分组
            points: 10
            indicators:
              - id: I1
                name: 甲
                points: 10
                method: {proportinal: {actual: a, target: b}}
        """

    @Test("an indicator that fails to decode causes no follow-on errors about sums")
    func noCascadeFromBrokenIndicator() {
        // One mistake (the method name) must give one error; the group's points 10 and total 10 are right as written,
        // so "分组分值 10 与其下指标分值之和 0 不符" would send the author after a problem that does not exist.
        let diagnostics = rubricDiagnostics(Self.unknownMethodRubric)
        #expect(diagnostics.count == 1, "\(DiagnosticError(diagnostics))")
    }

    @Test("an indicator whose method parameters are rejected is never dropped silently")
    func rejectedParametersAreReported() {
        // `tiers: {}` makes TiersMethod.init return nil; the rubric must not load with the indicator missing.
        let diagnostics = rubricDiagnostics("""
            id: t
            title: 测试
            total: 5
            facts: {level: text}
            groups:
              - id: g
                name: 分组
                points: 5
                indicators:
                  - {id: I1, name: 甲, points: 5, method: {tiers: {value: level, tiers: {}}}}
            """)
        #expect(!diagnostics.isEmpty, "规则不应在指标 I1 悄悄消失的情况下加载成功")
        #expect(diagnostics.first?.path.hasPrefix("groups[0].indicators[0].method") == true)
    }

    @Test("an unknown top-level key, with a did-you-mean hint")
    func unknownTopLevelKey() throws {
        let diagnostics = rubricDiagnostics("""
            id: t
            title: 测试
            metircs: {}
            total: 5
            groups:
              - {id: g, name: 分组, indicators: [{id: I1, name: 甲, points: 5, method: manual}]}
            """)
        #expect(diagnostics.count == 1)
        let diagnostic = try #require(only(diagnostics, path: "metircs"))
        #expect(diagnostic.location == at(3, 1))
        #expect(diagnostic.message.contains("未知的字段“metircs”"))
        #expect(diagnostic.hint == "是否想用“metrics”？")
    }

    @Test("a word where a number is expected")
    func pointsNotANumber() throws {
        let diagnostics = rubricDiagnostics("""
            id: t
            title: 测试
            total: 5
            groups:
              - id: g
                name: 分组
                indicators:
                  - id: I1
                    name: 甲
                    points: abc
                    method: manual
            """)
        let diagnostic = try #require(only(diagnostics, path: "groups[0].indicators[0].points"))
        // line 10 "        points: abc": value at column 17
        #expect(diagnostic.location == at(10, 17))
        #expect(diagnostic.message.contains("应为数值"))
        #expect(diagnostic.message.contains("“abc”"))
    }

    @Test("circular metrics a → b → a are reported once, at the first metric")
    func circularMetrics() throws {
        let diagnostics = rubricDiagnostics("""
            id: t
            title: 测试
            total: 5
            metrics:
              a: "b + 1"
              b: "a * 2"
            groups:
              - {id: g, name: 分组, indicators: [{id: I1, name: 甲, points: 5, method: {formula: a}}]}
            """)
        #expect(diagnostics.count == 1)
        let diagnostic = try #require(only(diagnostics, path: "metrics.a"))
        // line 5 `  a: "b + 1"`: the quoted scalar starts at column 6
        #expect(diagnostic.location == at(5, 6))
        #expect(diagnostic.message.contains("计算项循环引用：a → b → a"))
    }

    @Test("a metric that uses itself is circular")
    func selfReference() throws {
        let diagnostics = rubricDiagnostics("""
            id: t
            title: 测试
            total: 5
            metrics:
              a: "a + 1"
            groups:
              - {id: g, name: 分组, indicators: [{id: I1, name: 甲, points: 5, method: {formula: a}}]}
            """)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("计算项循环引用：a → a") == true)
    }

    @Test("an expression syntax error points at the column inside the expression", arguments: [
        // line 5 `  x: "a + * b"`: quote at column 6, the `*` is 4 characters in → 6 + 1 + 4 = 11
        ("\"a + * b\"", 11),
        // plain scalar `  x: a + * b`: starts at column 6, no quote → 6 + 4 = 10
        ("a + * b", 10),
        // single-quoted `  x: 'a + * b'`: same as double quotes → 11
        ("'a + * b'", 11),
    ])
    func syntaxErrorColumn(written: String, column: Int) throws {
        let diagnostics = rubricDiagnostics("""
            id: t
            title: 测试
            total: 5
            metrics:
              x: \(written)
            groups:
              - {id: g, name: 分组, indicators: [{id: I1, name: 甲, points: 5, method: manual}]}
            """)
        #expect(diagnostics.count == 1)
        let diagnostic = try #require(only(diagnostics, path: "metrics.x"))
        #expect(diagnostic.location == at(5, column))
        #expect(diagnostic.message.contains("表达式“a + * b”有误"))
    }

    @Test("an unknown fact kind, with a did-you-mean hint")
    func unknownFactKind() throws {
        let diagnostics = rubricDiagnostics("""
            id: t
            title: 测试
            total: 5
            facts:
              a: amont
            groups:
              - {id: g, name: 分组, indicators: [{id: I1, name: 甲, points: 5, method: manual}]}
            """)
        #expect(diagnostics.count == 1)
        let diagnostic = try #require(only(diagnostics, path: "facts.a"))
        #expect(diagnostic.location == at(5, 6))
        #expect(diagnostic.message.contains("未知的事实类型“amont”"))
        #expect(diagnostic.hint == "是否想用“amount”？")
    }

    @Test("`each` over a fact that is not a list points at the `each` value")
    func eachOverNonList() throws {
        let diagnostics = rubricDiagnostics("""
            id: t
            title: 测试
            total: 5
            facts:
              items: amount
            metrics:
              m: {name: 甲, value: "item.x", each: items}
            groups:
              - {id: g, name: 分组, indicators: [{id: I1, name: 甲, points: 5, method: manual}]}
            """)
        #expect(diagnostics.count == 1)
        let diagnostic = try #require(only(diagnostics, path: "metrics.m.each"))
        #expect(diagnostic.message.contains("“items”不是已声明的列表"))
        // line 7 `  m: {name: 甲, value: "item.x", each: items}`: 2 + `m: {name: 甲, value: "item.x", each: ` (36) → column 39.
        // The path says `.each`, so the location must be the `each` value, not the `value` expression (column 23).
        #expect(diagnostic.location == at(7, 39))
    }

    @Test("a policy value that is not allowed, with a hint")
    func badPolicy() throws {
        let diagnostics = rubricDiagnostics("""
            id: t
            title: 测试
            total: 5
            policy:
              not_applicable: exlude
              missing_data: full
            groups:
              - {id: g, name: 分组, indicators: [{id: I1, name: 甲, points: 5, method: manual}]}
            """)
        #expect(diagnostics.count == 2)
        let misspelt = try #require(only(diagnostics, path: "policy.not_applicable"))
        #expect(misspelt.location == at(5, 19))
        #expect(misspelt.message.contains("“exlude”"))
        #expect(misspelt.hint == "是否想用“exclude”？")
        // Missing data may never be given full marks silently: `full` is not offered for it.
        let full = try #require(only(diagnostics, path: "policy.missing_data"))
        #expect(full.location == at(6, 17))
        #expect(full.message.contains("应为 exclude / zero，实际是“full”"))
    }

    @Test("every independent error of a file is reported in one go")
    func allErrorsAtOnce() {
        let diagnostics = rubricDiagnostics("""
            id: t
            title: 测试
            total: 5
            colour: red
            policy: {missing_data: ignore}
            facts:
              a: amont
            groups:
              - {id: g, name: 分组, indicators: [{id: I1, name: 甲, points: 5, method: manual}]}
            """)
        #expect(diagnostics.count == 3)
        #expect(Set(diagnostics.map(\.path)) == ["colour", "policy.missing_data", "facts.a"])
        #expect(Set(diagnostics.map(\.location.line)) == [4, 5, 7])
        #expect(diagnostics.allSatisfy { $0.location.file == rubricFile })
    }

    @Test("a reference to nothing in `applicable` is reported too")
    func unknownReferenceInApplicable() throws {
        let diagnostics = rubricDiagnostics("""
            id: t
            title: 测试
            total: 5
            facts:
              has_vehicles: boolean
            groups:
              - id: g
                name: 分组
                indicators:
                  - {id: I1, name: 甲, points: 5, method: manual, applicable: has_vehicle}
            """)
        let diagnostic = try #require(only(diagnostics, path: "groups[0].indicators[0].applicable"))
        // line 10: 6 spaces + `- {id: I1, name: 甲, points: 5, method: manual, applicable: ` (59) → column 66
        #expect(diagnostic.location == at(10, 66))
        #expect(diagnostic.hint == "是否想用“has_vehicles”？")
    }

    @Test("a rubric without the required frame names each missing field")
    func missingRequiredFields() {
        let diagnostics = rubricDiagnostics("""
            version: "1"
            """)
        let paths = Set(diagnostics.map(\.path))
        // Without groups and total it is a checks-only rubric: only its names are missing.
        #expect(paths == ["id", "title"])
        // With groups, the total is required; with a total, the groups.
        let noTotal = rubricDiagnostics("""
            id: t
            title: 测试
            groups: [{id: g, name: 组, indicators: [{id: I, name: 甲, points: 5, method: manual}]}]
            """)
        #expect(noTotal.map(\.path).contains("total"))
        let noGroups = rubricDiagnostics("""
            id: t
            title: 测试
            total: 5
            """)
        #expect(noGroups.map(\.path).contains("groups"))
    }
}
