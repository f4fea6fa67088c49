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
        // The values and ranges of the check being judged, gathered in buffers reused from check to check: each
        // check allocated and freed its own two arrays.
        var buffers = CheckFigures.Buffers()
        for checkIndex in rubric.checks.indices {
            // Told before the check is even read: most checks of a big rubric find no stated figure in a
            // partial document, and most of those lack every fact the figure could be read from, which is told
            // without reading (or copying) its value.
            if let slot = plan.statedSlots[checkIndex] {
                if figures.lacks(slot) { continue }
                if case .missing = figures.value(at: slot, path: plan.headings[checkIndex].inputPaths[0]) { continue }
            }
            if let condition = plan.conditionOfCheck[checkIndex] {
                if applies[condition] == nil { applies[condition] = holds(plan.conditions[condition], in: environment) }
                guard applies[condition]! else { continue }
            }
            // The check and its heading are read in place, each part as needed: binding either copied it whole
            // (the check is several hundred bytes) for every check run.
            let (slots, referencedPaths) = (plan.inputSlots[checkIndex], plan.referencedPaths[checkIndex])
            guard let each = rubric.checks[checkIndex].each else {
                if let result = judge(checkIndex, of: plan.headings, slots: slots, referencedPaths: referencedPaths,
                                      statedField: nil, facts: environment.facts, record: nil, figures: &figures,
                                      buffers: &buffers, suffix: nil) {
                    results.append(result)
                }
                continue
            }
            guard let records = environment.facts.recordList(at: each.list) else { continue }
            // The record's fields the check reads are found among the list's once, then read by position.
            let inputPaths = plan.headings[checkIndex].inputPaths
            var record = CheckFigures.Record(records: records, index: 0, fieldPositions: inputPaths.indices.map { input in
                guard slots[input] == nil,
                      let field = ScoringEnvironment.field(of: inputPaths[input], inRecordNamed: each.variable)
                else { return nil }
                return records.position(of: field)
            })
            let (keyPosition, labelPosition) = (each.key.flatMap(records.position(of:)), each.label.flatMap(records.position(of:)))
            for index in 0..<records.count {
                record.index = index
                let key = records.value(at: keyPosition, record: index).map { NumberFormat.show($0, as: .plain) } ?? String(index + 1)
                let label = records.value(at: labelPosition, record: index).map { NumberFormat.show($0, as: .plain) } ?? key
                if let result = judge(checkIndex, of: plan.headings, slots: slots, referencedPaths: referencedPaths,
                                      statedField: plan.statedRecordFields[checkIndex],
                                      facts: environment.facts, record: record, figures: &figures,
                                      buffers: &buffers, suffix: (each, key, label, index)) {
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

    /// Judges the rubric's check at `checkIndex` (whose heading is at that index of `headings`) on the
    /// submission's `facts` (and `record`, for a per-record check); `slots` are the figure slots of the heading's
    /// input paths, `referencedPaths` the check's and `statedField` the record's field it states, from the plan;
    /// the check's values and ranges are gathered in `buffers`.
    private func judge(_ checkIndex: Int, of headings: [CheckHeading], slots: [Int?], referencedPaths: [String],
                       statedField: String?,
                       facts: FactStore, record: CheckFigures.Record?, figures: inout CheckFigures,
                       buffers: inout CheckFigures.Buffers,
                       suffix: (each: Metric.Each, key: String, label: String, index: Int)?) -> CheckResult? {
        let (statedExpression, computedExpression) = (rubric.checks[checkIndex].stated.expression,
                                                      rubric.checks[checkIndex].computed.expression)
        let inputPaths = headings[checkIndex].inputPaths
        // The input paths start with the stated side's, which is evaluated first on values alone:
        // most checks of a big rubric find no stated figure in a partial document.
        let statedCount = statedExpression.paths.count
        buffers.values.removeAll(keepingCapacity: true)
        figures.appendValues(of: inputPaths, slots: slots, at: 0..<statedCount, record: record, to: &buffers.values)
        let stated = statedExpression.evaluate(in: ResolvedPaths(paths: statedExpression.paths, values: buffers.values))
        if case .missing = stated { return nil }
        figures.appendValues(of: inputPaths, slots: slots, at: statedCount..<slots.count, record: record,
                             to: &buffers.values)
        let values = buffers.values
        // Only a verdict between two numbers reads the ranges. Beside a stated number they are looked up, and the
        // computed side is evaluated for its value and range at once; any other verdict takes the exact values'
        // (unread) point ranges. A computed side that reads a missing figure is seldom a number (数据不足 in a
        // partial document): it is evaluated on values alone first, and the ranges looked up only if it is one.
        let computed: Value
        let ranges: (stated: RangeResult, computed: RangeResult)
        let readsProblem = (statedCount..<values.count).contains { values[$0].isProblem }
        if case .number = stated, !readsProblem {
            figures.ranges(of: inputPaths, slots: slots, record: record, into: &buffers.ranges)
            let resolved = ResolvedPaths(paths: inputPaths, values: values, ranges: buffers.ranges)
            let computedWithRange = computedExpression.evaluateWithRange(in: resolved)
            computed = computedWithRange.value
            ranges = if let computedRange = computedWithRange.range {
                (statedExpression.evaluateRange(in: resolved), computedRange)
            } else {
                (RangeResult(stated), RangeResult(computed))
            }
        } else {
            computed = computedExpression.evaluate(in: ResolvedPaths(paths: inputPaths, values: values))
            if case .number = stated, case .number = computed {
                figures.ranges(of: inputPaths, slots: slots, record: record, into: &buffers.ranges)
                let resolved = ResolvedPaths(paths: inputPaths, values: values, ranges: buffers.ranges)
                ranges = (statedExpression.evaluateRange(in: resolved), computedExpression.evaluateRange(in: resolved))
            } else {
                ranges = (RangeResult(stated), RangeResult(computed))
            }
        }
        var result = CheckResult(
            id: suffix.map { Self.appending(headings[checkIndex].id, $0.key, between: "[", and: "]") }
                ?? headings[checkIndex].id,
            name: suffix.map { Self.appending(headings[checkIndex].name, $0.label, between: "（", and: "）") }
                ?? headings[checkIndex].name,
            verdict: .insufficientData, severity: headings[checkIndex].severity, relation: headings[checkIndex].relation,
            stated: stated, computed: computed, statedRange: nil, computedRange: nil, difference: nil,
            tolerance: headings[checkIndex].tolerance, unit: headings[checkIndex].unit, whereInDocument: nil, location: nil,
            statedExpression: headings[checkIndex].statedExpression, computedExpression: headings[checkIndex].computedExpression,
            inputs: inputPaths.indices.map { index in
                (inputPaths[index], figures.shown(values[index], slot: slots[index], as: headings[checkIndex].inputDisplays[index]))
            },
            explanation: "", checkSet: headings[checkIndex].checkSet)
        result.headingIndex = checkIndex
        result.record = suffix.map { ($0.key, $0.label) }
        // A per-record check's paths are put in its record once (its `each` comes with the suffix: reading
        // `check.each` copied it each time); a stated figure that is one reference is the first of them.
        let coveredPaths = suffix.map { suffix in referencedPaths.map { suffix.each.recordPath(of: $0, index: suffix.index) } }
            ?? referencedPaths
        result.coveredPaths = coveredPaths
        let statedIsOneReference = statedExpression.references.count == 1
        // That of a check run once has its path's slot, input 0.
        let declarations = suffix == nil && statedIsOneReference ? slots[0].flatMap(figures.declarations(atPathOf:)) : nil
        let locatedHalfUnit = locate(statedIsOneReference ? coveredPaths[0] : nil, declarations: declarations,
                                     whereInDocument: rubric.checks[checkIndex].whereInDocument, facts: facts, in: &result)
        let statedHalfUnit = if let statedField, let record {
            record.records.printedHalfUnit(ofField: statedField, record: record.index)
        } else {
            locatedHalfUnit
        }
        // A stated figure that is one reference shown as the report shows the check's unit is already written
        // among the inputs (once per submission for a slot's figure): the explanation takes that text.
        let statedDisplay = headings[checkIndex].inputDisplays[0]
        let statedText = statedExpression.soleReferencePath != nil
            && statedDisplay.unit == headings[checkIndex].unit && statedDisplay.places == 2 ? result.inputs[0].shown : nil
        Verdicts.judge(&result, statedRange: ranges.stated, computedRange: ranges.computed,
                       statedPrintedHalfUnit: statedHalfUnit, statedText: statedText)
        return result
    }

    /// `base` followed by `part` between `open` and `close` ("check[3]", "name（label）"), written into one new
    /// string of their length: interpolated, each of the four pieces was appended to a growing string.
    private static func appending(_ base: String, _ part: String, between open: String, and close: String) -> String {
        let count = base.utf8.count + open.utf8.count + part.utf8.count + close.utf8.count
        return String(unsafeUninitializedCapacity: count) { buffer in
            var end = buffer.startIndex
            func write(_ piece: String) {
                end = buffer[end...].initialize(fromContentsOf: piece.utf8)
            }
            write(base)
            write(open)
            write(part)
            write(close)
            return end
        }
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
