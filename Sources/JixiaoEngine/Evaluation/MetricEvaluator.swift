import JixiaoExpression

/// Computes a rubric's metrics in dependency order; `each` metrics once per record.
struct MetricEvaluator {
    let rubric: Rubric

    func evaluate(into environment: inout ScoringEnvironment) -> [MetricResult] {
        var results: [MetricResult] = []
        results.reserveCapacity(rubric.metrics.count)
        // Room for every metric from the start: the table grew, rehashing what it held, several times a submission.
        environment.metrics.reserveCapacity(environment.metrics.count + rubric.metrics.count)
        // Each metric is read through its plan, part by part: a metric copied out of the rubric's list retained
        // every one of its strings.
        for plan in rubric.scoringPlan.plan(of: rubric).metrics {
            if let each = plan.metric.each {
                evaluate(plan, each: each, into: &environment, results: &results)
            } else {
                evaluate(plan, into: &environment, results: &results)
            }
        }
        return results
    }

    /// A metric computed once for the whole submission.
    private func evaluate(_ plan: RubricScoringPlan.MetricPlan, into environment: inout ScoringEnvironment,
                          results: inout [MetricResult]) {
        let metric = plan.metric
        let value: Value
        // Only a metric whose range a check may read has it worked out; any other is its value alone.
        if plan.needsRange {
            let resolved = environment.resolve(plan.value.expression.paths)
            value = plan.value.expression.evaluate(in: resolved)
            environment.metricRanges[metric.id] = plan.value.expression.evaluateRange(in: resolved)
        } else {
            value = plan.value.value(in: environment)
        }
        environment.metrics[metric.id] = value
        results.append(MetricResult(id: metric.id, name: metric.name, value: value,
                                    unit: metric.unit, places: metric.places, better: metric.better))
    }

    /// A metric computed once per record of its `each` list, one result per record.
    private func evaluate(_ plan: RubricScoringPlan.MetricPlan, each: Metric.Each,
                          into environment: inout ScoringEnvironment, results: inout [MetricResult]) {
        let metric = plan.metric
        var values: [Value] = []
        var ranges: [RangeResult] = []
        let recordRanges = plan.needsRange ? environment.facts.recordRanges(of: each.list) : []
        for (index, record) in environment.facts.records(of: each.list).enumerated() {
            var scoped = environment
            scoped.record = (each.variable, record)
            let value: Value
            if plan.needsRange {
                scoped.recordRanges = recordRanges[index]
                let resolved = scoped.resolve(plan.value.expression.paths)
                value = plan.value.expression.evaluate(in: resolved)
                ranges.append(plan.value.expression.evaluateRange(in: resolved))
            } else {
                value = plan.value.value(in: scoped)
            }
            values.append(value)
            let key = each.key.flatMap { record[$0] }.map { NumberFormat.show($0, as: .plain) } ?? String(index + 1)
            let label = each.label.flatMap { record[$0] }.map { NumberFormat.show($0, as: .plain) } ?? key
            results.append(MetricResult(id: "\(metric.id)[\(key)]", name: "\(metric.name)（\(label)）",
                                        value: value, unit: metric.unit, places: metric.places, better: metric.better))
        }
        environment.metrics[metric.id] = .list(values)
        if plan.needsRange { environment.metricRanges[metric.id] = .list(ranges) }
    }
}
