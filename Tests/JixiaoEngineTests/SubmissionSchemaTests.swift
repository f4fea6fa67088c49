import Foundation
import Testing
import JixiaoYAML
@testable import JixiaoEngine

/// Keeps `schemas/submission.schema.json` (what editors complete and validate with) honest against the decoder.
@Suite("提交文件 JSON Schema")
struct SubmissionSchemaTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let schemaFile = repository.appendingPathComponent("schemas/submission.schema.json")

    func schema() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Self.schemaFile)) as? [String: Any])
    }

    func statementSchema() throws -> [String: Any] {
        let definitions = try #require(try schema()["definitions"] as? [String: Any])
        return try #require(definitions["statement"] as? [String: Any])
    }

    func propertyNames(_ schema: [String: Any]) -> Set<String> {
        Set((schema["properties"] as? [String: Any] ?? [:]).keys)
    }

    /// The string values of a property's `enum` (the `null` that lets a key be left empty is not a value).
    func enumValues(_ schema: [String: Any], _ property: String) -> Set<String> {
        let properties = schema["properties"] as? [String: Any] ?? [:]
        let options = (properties[property] as? [String: Any])?["enum"] as? [Any] ?? []
        return Set(options.compactMap { $0 as? String })
    }

    @Test func topLevelKeysAreTheDecoders() throws {
        let schema = try schema()
        #expect(propertyNames(schema) == SubmissionDecoder.topLevelKeys)
        #expect(schema["additionalProperties"] as? Bool == false)
        #expect(Set(schema["required"] as? [String] ?? []) == ["department", "year"])
        #expect(enumValues(schema, "unit") == Set(FactValueReader.unitsInYuan.keys))
        #expect(enumValues(schema, "unit") == ["元", "千元", "万元", "亿元"])
    }

    @Test func statementKeysAndChoicesAreTheDecoders() throws {
        let statement = try statementSchema()
        #expect(propertyNames(statement) == StatementDecoder.keys)
        #expect(statement["additionalProperties"] as? Bool == false)
        #expect(statement["required"] as? [String] == ["subject"])
        #expect(enumValues(statement, "measure") == Set(StatementDecoder.measures))
        #expect(enumValues(statement, "budget_kind") == Set(StatementDecoder.budgetKinds))
        #expect(enumValues(statement, "prior_measure") == Set(StatementDecoder.priorMeasures))
        #expect(enumValues(statement, "unit") == Set(FactValueReader.unitsInYuan.keys))
        // By hand, from docs/statements.md, so a change to the decoder's lists is a visible decision.
        #expect(enumValues(statement, "budget_kind") == ["年初预算", "调整后预算", "全年预算", "预算数"])
        #expect(enumValues(statement, "measure") == ["决算", "预算", "执行数"])
    }

    @Test func formKeysAndChoicesAreTheDecoders() throws {
        let forms = (try schema()["properties"] as? [String: Any])?["forms"] as? [String: Any]
        let form = try #require(forms?["items"] as? [String: Any])
        #expect(propertyNames(form) == FormDecoder.keys)
        #expect(enumValues(form, "kind") == Set(FormDecoder.kinds))
        #expect(enumValues(form, "grade") == Set(FormDecoder.grades))
        let properties = form["properties"] as? [String: Any]
        let funding = try #require(properties?["funding"] as? [String: Any])
        #expect(propertyNames(funding) == FormDecoder.fundingKeys)
        let row = try #require((properties?["indicators"] as? [String: Any])?["items"] as? [String: Any])
        #expect(propertyNames(row) == FormDecoder.rowKeys)
        #expect(row["required"] as? [String] == ["name"])
    }

    /// Every property, top level and statement, explains itself in Chinese when an editor hovers over it.
    @Test func everyPropertyHasAChineseDescription() throws {
        for schema in [try schema(), try statementSchema()] {
            for (name, property) in schema["properties"] as? [String: Any] ?? [:] {
                let description = (property as? [String: Any])?["description"] as? String ?? ""
                #expect(description.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) },
                        "\(name) 没有中文说明")
                // Draft-07 ignores every keyword beside a $ref, description included, so none may stand there.
                #expect((property as? [String: Any])?["$ref"] == nil, "\(name) 的说明与 $ref 并列，会被忽略")
            }
        }
    }

    /// Rates must carry % (docs/statements.md, “Figures as printed”); the schema's patterns accept every printed
    /// form listed there and refuse a bare number, which the decoder refuses too.
    @Test func ratePatternsAcceptEveryPrintedForm() throws {
        let properties = try #require(try statementSchema()["properties"] as? [String: Any])
        func pattern(_ key: String) throws -> NSRegularExpression {
            let text = try #require((properties[key] as? [String: Any])?["pattern"] as? String)
            return try NSRegularExpression(pattern: text)
        }
        func matches(_ regex: NSRegularExpression, _ text: String) -> Bool {
            regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }
        let completion = try pattern("completion_rate"), growth = try pattern("growth")
        for printed in ["96.33%", "12.3 %", "12.3％", "0%", "３.４%"] {
            #expect(matches(completion, printed), "\(printed)")
        }
        for printed in ["下降42.13%", "增长0%", "减少-2.56%", "增长(下降)0.3%", "持平", "无增减", "-0.5%"] {
            #expect(matches(growth, printed), "\(printed)")
        }
        #expect(!matches(completion, "96.33"))
        #expect(!matches(growth, "下降42.13"))
    }

    @Test func everyShippedSubmissionUsesOnlyKeysTheSchemaAllows() throws {
        let folders = ["submissions", "Tests/Corpus"]
        var files: [URL] = []
        for folder in folders {
            let directory = Self.repository.appendingPathComponent(folder)
            files += try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "yaml" }
        }
        #expect(files.count >= 20)
        var walker = try SchemaKeyWalker(schemaFile: Self.schemaFile)
        for file in files.sorted(by: { $0.path < $1.path }) {
            let node = try YAMLLoader().load(bytes: [UInt8](try Data(contentsOf: file)), file: file.lastPathComponent)
            let problems = walker.problems(node)
            #expect(problems.isEmpty, "\(file.lastPathComponent)：\(problems.prefix(5))")
        }
        // The seed alone has far more than a thousand keys; an empty walk would check none.
        #expect(walker.keysChecked > 1000)
    }

    /// The walk says no where the decoder says no, so the test above is not passing by checking nothing.
    @Test func walkerRejectsWhatTheDecoderRejects() throws {
        var walker = try SchemaKeyWalker(schemaFile: Self.schemaFile)
        func problems(_ yaml: String) throws -> [String] {
            walker.problems(try YAMLLoader().load(bytes: Array(yaml.utf8), file: "x.yaml"))
        }
        #expect(try problems("department: 某局\nyear: 2023\nyaer: 2023\n") == ["yaer：模式中没有这个字段"])
        #expect(try problems("department: 某局\nyear: 2023\nunit: 百万元\n")
                == ["unit：“百万元”不在可选值 [\"元\", \"千元\", \"万元\", \"亿元\"] 中"])
        let statements = """
            department: 某局
            year: 2023
            statements:
              - subject: “三公”经费
                budget_kind: 年初预算数
                items:
                  - {subject: 公务接待费, amout: 3080}
                  - 公务用车运行维护费
            """
        #expect(try problems(statements) == [
            "statements[0].budget_kind：“年初预算数”不在可选值 [\"年初预算\", \"调整后预算\", \"全年预算\", \"预算数\"] 中",
            "statements[0].items[0].amout：模式中没有这个字段",
        ])
        // Free-form trees accept any key; score tables are rubric → indicator → number.
        #expect(try problems("department: 某局\nyear: 2023\nfacts: {t01: {anything: 1}}\nmanual_scores: {r: {A2: 2.5}}\n")
                .isEmpty)
        #expect(try problems("department: 某局\nyear: 2023\nmanual_scores: {r: [1]}\n") == ["manual_scores.r：模式不允许列表"])
    }
}
