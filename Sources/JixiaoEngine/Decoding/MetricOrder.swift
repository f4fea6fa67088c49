/// Orders metrics so each comes after the metrics it uses, and reports circular definitions.
struct MetricOrder {
    let sink: DiagnosticSink
    let rubric: Rubric

    func sorted() -> [Metric] {
        var state: [String: Bool] = [:]   // false: being visited, true: done
        var order: [Metric] = []
        var reported = Set<String>()

        func visit(_ metric: Metric, chain: [String]) {
            if state[metric.id] == true { return }
            if state[metric.id] == false {
                let cycle = chain[(chain.firstIndex(of: metric.id) ?? 0)...] + [metric.id]
                if reported.insert(metric.id).inserted {
                    sink.report(Diagnostic(location: metric.value.location, path: "metrics.\(metric.id)",
                                           message: "计算项循环引用：\(cycle.joined(separator: " → "))"))
                }
                return
            }
            state[metric.id] = false
            for reference in metric.value.expression.references {
                if let used = rubric.metric(withId: reference.path) { visit(used, chain: chain + [metric.id]) }
            }
            state[metric.id] = true
            order.append(metric)
        }

        rubric.metrics.forEach { visit($0, chain: []) }
        return order
    }
}
