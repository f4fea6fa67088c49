import FuzzSupport
import JixiaoEngine

/// A small rubric with one fact of each common kind, a metric, a check and a finding, so a decoded
/// submission is also scored.
private let rubric: Rubric? = try? RubricLoader().load(bytes: Array("""
    id: mini
    title: 小规则
    total: 2
    facts: {rate: percent, budget: amount, spent: amount, staff: count, ok: boolean, items: {kind: list, fields: {name: text, amount: amount}}}
    metrics:
      exec: {name: 执行率, value: "ratio(spent, budget)", unit: "%"}
    checks:
      - {id: c, name: 合计, stated: budget, computed: "spent + sum(items.amount)"}
    findings:
      - {id: low, when: "rate < 60%", problem: 控制率偏低, evidence: "控制率 {{rate}}", measures: [加强控制]}
    groups: [{id: g, name: 组, indicators: [{id: A, name: 控制率, points: 1, method: {rate_times_points: {rate: rate}}}, {id: M, name: 人工, points: 1, method: manual}]}]
    """.utf8), file: "mini.yaml")

/// One fuzzing input: submission decoding, then scoring against the rubric above.
func fuzzSubmission(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzDriver.bytes(data, size)
    guard let submission = try? SubmissionLoader().load(bytes: bytes, file: "fuzz.yaml"), let rubric else { return 0 }
    _ = try? Scorer(rubric: rubric).score(submission)
    return 0
}

@main
enum Harness {
    static func main() { FuzzDriver.run { data, size in fuzzSubmission(data, size) } }
}
