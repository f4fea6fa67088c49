import Testing
import JixiaoExpression
@testable import JixiaoEngine

/// One worked example of one scoring method, named so a failure says which.
struct MethodExampleCase: Sendable, CustomTestStringConvertible {
    let methodKey: String
    let index: Int
    let example: MethodExample

    var testDescription: String { "\(methodKey)[\(index)] \(example.title)" }

    static let all: [MethodExampleCase] = MethodRegistry.all.flatMap { method in
        method.examples.enumerated().map { MethodExampleCase(methodKey: method.key, index: $0.offset, example: $0.element) }
    }
}

@Suite("Scoring method examples")
struct MethodExampleTests {
    @Test("every worked example scores as written", arguments: MethodExampleCase.all)
    func exampleScoresAsWritten(_ testCase: MethodExampleCase) throws {
        let method = try #require(MethodRegistry.method(forKey: testCase.methodKey))
        let outcome = try testCase.example.run(method)
        switch testCase.example.expected {
        case .score(let text):
            // Compared exactly as rationals: "8.861" must be 8861/1000, not something that merely shows as it.
            let expected = try #require(Rational(decimalText: text), "示例的期望分值“\(text)”不是数")
            #expect(outcome.kind == .scored(expected), "\(outcome.reason)")
        case .notApplicable:
            #expect(outcome.kind == .notApplicable, "\(outcome.reason)")
        case .missingData:
            guard case .missingData(let paths) = outcome.kind else {
                Issue.record("应为缺少数据，实际是 \(outcome.kind)：\(outcome.reason)")
                return
            }
            #expect(!paths.isEmpty)
        case .notComputable:
            #expect(outcome.kind == .notComputable, "\(outcome.reason)")
        case .manualPending:
            #expect(outcome.kind == .manualPending, "\(outcome.reason)")
        case .veto(let triggered):
            #expect(outcome.kind == .veto(triggered: triggered), "\(outcome.reason)")
        }
        #expect(!outcome.reason.isEmpty)
    }

    @Test("the registry has the thirteen scoring methods plus data quality, each under a unique key")
    func keysAreUnique() {
        let keys = MethodRegistry.all.map { $0.key }
        #expect(Set(keys).count == keys.count)
        #expect(Set(keys) == ["proportional", "inverse", "deduction", "step_deduction", "bands", "checklist", "tiers",
                              "rate_times_points", "deviation", "bonus", "veto", "manual", "formula", "data_quality"])
        for key in keys {
            #expect(MethodRegistry.method(forKey: key)?.key == key)
        }
        #expect(MethodRegistry.method(forKey: "proportion") == nil)
    }

    @Test("every method has at least three examples", arguments: MethodRegistry.all.map { $0.key })
    func atLeastThreeExamples(_ key: String) throws {
        let method = try #require(MethodRegistry.method(forKey: key))
        #expect(method.examples.count >= 3)
    }

    @Test("every method has a Chinese title and summary", arguments: MethodRegistry.all.map { $0.key })
    func chineseTitleAndSummary(_ key: String) throws {
        let method = try #require(MethodRegistry.method(forKey: key))
        #expect(containsChinese(method.title), "标题：\(method.title)")
        #expect(containsChinese(method.summary), "说明：\(method.summary)")
        for example in method.examples {
            #expect(containsChinese(example.title), "示例标题：\(example.title)")
        }
    }

    @Test("titles are distinct, so `jixiao methods` never lists two methods under one name")
    func titlesAreDistinct() {
        let titles = MethodRegistry.all.map { $0.title }
        #expect(Set(titles).count == titles.count)
    }

    private func containsChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }
}
