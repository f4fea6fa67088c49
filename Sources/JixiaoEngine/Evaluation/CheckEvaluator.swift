import JixiaoExpression

/// Runs a rubric's arithmetic checks on one submission and gives each a verdict.
struct CheckEvaluator {
    let rubric: Rubric
    let tree: SubmissionTree

    /// A check runs for each figure the file prints: one whose stated figure is absent is not run (a partial
    /// document is checked on what it has, and one missing table never hides a set's other checks). A printed
    /// figure whose recomputation lacks an input is 数据不足 — never a pass.
    ///
    /// Returns the results and the headings of all the rubric's checks, in rubric order.
    func evaluate(in environment: ScoringEnvironment) -> (results: [CheckResult], headings: [CheckHeading]) {
        let plan = rubric.checkPlan.plan(of: rubric)
        var figures = CheckFigures(plan: plan, environment: environment)
        var applies = [Bool?](repeating: nil, count: plan.conditions.count)
        var results: [CheckResult] = []
        for checkIndex in rubric.checks.indices {
            // Told before the check is even read: most checks of a big rubric find no stated figure in a
            // partial document.
            if let slot = plan.statedSlots[checkIndex],
               case .missing = figures.value(at: slot, path: plan.headings[checkIndex].inputPaths[0]) {
                continue
            }
            if let condition = plan.conditionOfCheck[checkIndex] {
                if applies[condition] == nil { applies[condition] = holds(plan.conditions[condition], in: environment) }
                guard applies[condition]! else { continue }
            }
            let check = rubric.checks[checkIndex]
            let heading = plan.headings[checkIndex]
            let (slots, referencedPaths) = (plan.inputSlots[checkIndex], plan.referencedPaths[checkIndex])
            guard let each = check.each else {
                if let result = judge(check, heading, slots: slots, referencedPaths: referencedPaths, statedField: nil,
                                      at: checkIndex, facts: environment.facts, record: nil, figures: &figures,
                                      suffix: nil) {
                    results.append(result)
                }
                continue
            }
            guard let records = environment.facts.recordList(at: each.list) else { continue }
            // The record's fields the check reads are found among the list's once, then read by position.
            var record = CheckFigures.Record(records: records, index: 0, fieldPositions: heading.inputPaths.indices.map { input in
                guard slots[input] == nil,
                      let field = ScoringEnvironment.field(of: heading.inputPaths[input], inRecordNamed: each.variable)
                else { return nil }
                return records.position(of: field)
            })
            let (keyPosition, labelPosition) = (each.key.flatMap(records.position(of:)), each.label.flatMap(records.position(of:)))
            for index in 0..<records.count {
                record.index = index
                let key = records.value(at: keyPosition, record: index).map { NumberFormat.show($0, as: .plain) } ?? String(index + 1)
                let label = records.value(at: labelPosition, record: index).map { NumberFormat.show($0, as: .plain) } ?? key
                if let result = judge(check, heading, slots: slots, referencedPaths: referencedPaths,
                                      statedField: plan.statedRecordFields[checkIndex], at: checkIndex,
                                      facts: environment.facts, record: record, figures: &figures,
                                      suffix: (each, key, label, index)) {
                    results.append(result)
                }
            }
        }
        return (results, plan.headings)
    }

    /// A check set's `applies_when` holds only when it is true: one that is false or has no data skips the set.
    private func holds(_ condition: Expression, in environment: ScoringEnvironment) -> Bool {
        environment.evaluate(condition) == .bool(true)
    }

    /// Ids of the check sets skipped for this submission; each set's condition is evaluated once.
    func skippedSets(in environment: ScoringEnvironment) -> [String] {
        let plan = rubric.checkPlan.plan(of: rubric)
        let holding = plan.conditions.map { holds($0, in: environment) }
        var seen = Set<String>()
        return rubric.checks.indices.filter { index in plan.conditionOfCheck[index].map { !holding[$0] } ?? false }
            .compactMap { rubric.checks[$0].checkSet }
            .filter { seen.insert($0).inserted }
    }

    /// Judges `check` on the submission's `facts` (and `record`, for a per-record check); `slots` are the figure
    /// slots of the heading's input paths, `referencedPaths` the check's and `statedField` the record's field it
    /// states, from the plan.
    private func judge(_ check: Check, _ heading: CheckHeading, slots: [Int?], referencedPaths: [String],
                       statedField: String?, at headingIndex: Int,
                       facts: FactStore, record: CheckFigures.Record?, figures: inout CheckFigures,
                       suffix: (each: Metric.Each, key: String, label: String, index: Int)?) -> CheckResult? {
        // The input paths start with the stated side's, which is evaluated first on values alone:
        // most checks of a big rubric find no stated figure in a partial document.
        let statedCount = check.stated.expression.paths.count
        var values: [Value] = []
        values.reserveCapacity(slots.count)
        figures.appendValues(of: heading.inputPaths, slots: slots, at: 0..<statedCount, record: record, to: &values)
        let stated = check.stated.expression.evaluate(in: ResolvedPaths(paths: check.stated.expression.paths, values: values))
        if case .missing = stated { return nil }
        figures.appendValues(of: heading.inputPaths, slots: slots, at: statedCount..<slots.count, record: record,
                             to: &values)
        // Only a verdict between two numbers reads the ranges. Beside a stated number they are looked up, and the
        // computed side is evaluated for its value and range at once; any other verdict takes the exact values'
        // (unread) point ranges.
        let computed: Value
        let ranges: (stated: RangeResult, computed: RangeResult)
        if case .number = stated {
            let resolved = ResolvedPaths(paths: heading.inputPaths, values: values,
                                         ranges: figures.ranges(of: heading.inputPaths, slots: slots, record: record))
            let computedWithRange = check.computed.expression.evaluateWithRange(in: resolved)
            computed = computedWithRange.value
            ranges = if let computedRange = computedWithRange.range {
                (check.stated.expression.evaluateRange(in: resolved), computedRange)
            } else {
                (RangeResult(stated), RangeResult(computed))
            }
        } else {
            computed = check.computed.expression.evaluate(in: ResolvedPaths(paths: heading.inputPaths, values: values))
            ranges = (RangeResult(stated), RangeResult(computed))
        }
        var result = CheckResult(
            id: suffix.map { "\(heading.id)[\($0.key)]" } ?? heading.id,
            name: suffix.map { "\(heading.name)（\($0.label)）" } ?? heading.name,
            verdict: .insufficientData, severity: heading.severity, relation: heading.relation,
            stated: stated, computed: computed, statedRange: nil, computedRange: nil, difference: nil,
            tolerance: heading.tolerance, unit: heading.unit, whereInDocument: nil, location: nil,
            statedExpression: heading.statedExpression, computedExpression: heading.computedExpression,
            inputs: heading.inputPaths.indices.map { index in
                (heading.inputPaths[index], figures.shown(values[index], slot: slots[index], as: heading.inputDisplays[index]))
            },
            explanation: "", checkSet: heading.checkSet)
        result.headingIndex = headingIndex
        result.record = suffix.map { ($0.key, $0.label) }
        // A per-record check's paths are put in its record once (its `each` comes with the suffix: reading
        // `check.each` copied it each time); a stated figure that is one reference is the first of them.
        let coveredPaths = suffix.map { suffix in referencedPaths.map { suffix.each.recordPath(of: $0, index: suffix.index) } }
            ?? referencedPaths
        result.coveredPaths = coveredPaths
        let statedIsOneReference = check.stated.expression.references.count == 1
        // That of a check run once has its path's slot, input 0.
        let declarations = suffix == nil && statedIsOneReference ? slots[0].flatMap(figures.declarations(atPathOf:)) : nil
        let locatedHalfUnit = locate(statedIsOneReference ? coveredPaths[0] : nil, declarations: declarations,
                                     whereInDocument: check.whereInDocument, facts: facts, in: &result)
        let statedHalfUnit = if let statedField, let record {
            record.records.printedHalfUnit(ofField: statedField, record: record.index)
        } else {
            locatedHalfUnit
        }
        // A stated figure that is one reference shown as the report shows the check's unit is already written
        // among the inputs (once per submission for a slot's figure): the explanation takes that text.
        let statedText = check.stated.expression.soleReferencePath != nil
            && heading.inputDisplays[0].unit == heading.unit && heading.inputDisplays[0].places == 2
            ? result.inputs[0].shown : nil
        Verdicts.judge(&result, statedRange: ranges.stated, computedRange: ranges.computed,
                       statedPrintedHalfUnit: statedHalfUnit, statedText: statedText)
        return result
    }

    /// The section and line of the stated figure at `path` (nil when it is no single reference into the
    /// submission); returns half a unit of its last printed digit when it was read as a fact, which `facts` placed
    /// as it read it.
    /// - Parameter declarations: the positions of the facts declared at `path`, when the plan knows them: its
    ///   reading is then found by position, the path not hashed.
    /// - Parameter whereInDocument: the check's own section, which wins over the figure's.
    private func locate(_ path: String?, declarations: [Int]?, whereInDocument: String?, facts: FactStore,
                        in result: inout CheckResult) -> Rational? {
        guard let path else {
            result.whereInDocument = whereInDocument
            return nil
        }
        if let read = declarations.map({ facts.placeAndPrintedHalfUnit(declaredAt: $0) }) ?? facts.placeAndPrintedHalfUnit(of: path) {
            result.location = read.location
            result.whereInDocument = whereInDocument ?? read.section
            return read.printedHalfUnit
        }
        let place = tree.place(of: path)
        result.location = place.node?.location
        result.whereInDocument = whereInDocument ?? place.section
        return nil
    }
}
