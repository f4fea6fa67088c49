/// Orders metrics so each comes after the metrics it uses, and reports circular definitions.
///
/// Depth-first, with an explicit stack rather than recursion: a rubric may chain tens of thousands of
/// metrics, each using the one before, and that must not exhaust the call stack.
struct MetricOrder {
    let sink: DiagnosticSink
    let rubric: Rubric

    /// A cycle longer than this is shown by its first and last ids.
    static let shownCycleLength = 12

    func sorted() -> [Metric] {
        var state: [String: Bool] = [:]   // false: being visited (on the stack), true: done
        var order: [Metric] = []
        var reported = Set<String>()

        for root in rubric.metrics where state[root.id] == nil {
            // Each frame: a metric being visited and the index of the next reference to follow.
            var stack: [(metric: Metric, next: Int)] = [(root, 0)]
            state[root.id] = false
            while let (metric, next) = stack.last {
                let references = metric.value.expression.references
                guard next < references.count else {
                    stack.removeLast()
                    state[metric.id] = true
                    order.append(metric)
                    continue
                }
                stack[stack.count - 1].next += 1
                guard let used = rubric.metric(withId: references[next].path) else { continue }
                switch state[used.id] {
                case true?:
                    continue
                case false?:
                    if reported.insert(used.id).inserted {
                        let chain = stack.map(\.metric.id)
                        let cycle = Array(chain[(chain.firstIndex(of: used.id) ?? 0)...]) + [used.id]
                        sink.report(Diagnostic(location: used.value.location, path: "metrics.\(used.id)",
                                               message: "计算项循环引用：\(Self.describe(cycle))"))
                    }
                case nil:
                    state[used.id] = false
                    stack.append((used, 0))
                }
            }
        }
        return order
    }

    /// `a → b → a`; a long cycle keeps its first and last ids around "…（共 N 个计算项）".
    static func describe(_ cycle: [String]) -> String {
        guard cycle.count > shownCycleLength else { return cycle.joined(separator: " → ") }
        let head = cycle.prefix(shownCycleLength / 2), tail = cycle.suffix(shownCycleLength / 2)
        return (head + ["…（共 \(cycle.count - 1) 个计算项）"] + tail).joined(separator: " → ")
    }
}
