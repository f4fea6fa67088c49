import JixiaoExpression
import JixiaoYAML

/// How a rubric scores self-assessment forms (its `form:` block): the rules of 财预〔2020〕10号 as data.
public struct FormRules: Sendable {
    /// 分值 of the execution block when a form prints none.
    public var fundingWeight: Rational
    /// The execution rate counts up to this share (100%: spending more than the budget earns nothing extra).
    public var executionCap: Rational
    /// Words in a qualitative actual that mean the target was met (达到, 完成 …).
    public var metWords: [String]
    /// Words that give a share of the points (基本达到 80%, 部分达到 60%, 未达到 0% …), longest first.
    public var partialWords: [(word: String, share: Rational)]
    /// 改进措施 for a shortfall, by 一级指标 (产出指标 …); `预算执行` for the execution rate.
    public var measures: [String: [String]]

    static let keys: Set<String> = ["funding_weight", "execution_cap", "met_words", "partial_words", "measures"]
}

/// Reads a rubric's `form:` block.
struct FormRulesDecoder {
    let sink: DiagnosticSink

    func decode(_ node: Node) -> FormRules? {
        guard let reader = MappingReader(node, path: "form", sink: sink, what: "自评表计分规则") else { return nil }
        reader.rejectUnknownKeys(allowed: FormRules.keys)
        var partial: [(String, Rational)] = []
        if let words = reader.node("partial_words"), !words.isNull,
           let wordsReader = MappingReader(words, path: "form.partial_words", sink: sink, what: "部分达成词") {
            for entry in wordsReader.entries {
                guard let share = NodeValues.number(entry.value, path: wordsReader.childPath(entry.key), sink: sink) else { continue }
                partial.append((entry.key, share))
            }
        }
        var measures: [String: [String]] = [:]
        if let node = reader.node("measures"), !node.isNull,
           let measuresReader = MappingReader(node, path: "form.measures", sink: sink, what: "改进措施") {
            for entry in measuresReader.entries { measures[entry.key] = measuresReader.texts(entry.key) ?? [] }
        }
        return FormRules(
            fundingWeight: reader.number("funding_weight") ?? Rational(10),
            executionCap: reader.number("execution_cap") ?? .one,
            metWords: reader.texts("met_words") ?? [],
            partialWords: partial.sorted { $0.0.count > $1.0.count }, measures: measures)
    }
}
