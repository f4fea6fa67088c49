import JixiaoExpression

/// The figures a rubric's checks read on one submission, each looked up at most once: a figure such as a
/// table's total is read by several checks, and each check reads it for its value, its range and its inputs.
///
/// Slots are the plan's (``RubricCheckPlan/Made/inputSlots``). Values and ranges are kept apart because a
/// check whose stated figure is absent needs no range at all.
struct CheckFigures {
    private let environment: ScoringEnvironment
    private let plan: RubricCheckPlan.Made
    private var values: SlotCache<Value>
    private var ranges: SlotCache<RangeResult>
    /// Each slot's figure as last shown among a check's inputs, and how (unit and decimals).
    private var shown: SlotCache<(unit: DisplayUnit, places: Int, text: String)>

    /// Figures of the submission behind `environment`, which must have no current record and whose facts are
    /// read for the rubric `plan` was made of.
    init(plan: RubricCheckPlan.Made, environment: ScoringEnvironment) {
        self.environment = environment
        self.plan = plan
        values = SlotCache(count: plan.slotIsMetric.count)
        ranges = SlotCache(count: plan.slotIsMetric.count)
        shown = SlotCache(count: plan.slotIsMetric.count)
    }

    /// Whether the submission lacks every fact `slot` can be read from: most figures of a big rubric are
    /// absent from a partial document, and are told so without their paths being looked up (its value is then
    /// `.missing`).
    func lacks(_ slot: Int) -> Bool {
        !plan.slotIsMetric[slot] && !environment.facts.holdsAny(of: plan.slotDeclarations[slot])
    }

    /// The value of the figure in `slot`, at `path`.
    mutating func value(at slot: Int, path: String) -> Value {
        if let known = values[slot] { return known }
        let value: Value
        if plan.slotIsMetric[slot] {
            value = environment.value(of: path)
        } else if lacks(slot) {
            value = plan.slotMissing[slot]
        } else if let declared = environment.facts.value(declaredAt: plan.slotFactsAtPath[slot]) {
            // A path that is no metric goes straight to the facts, skipping the record and metric tests; a
            // figure declared at the path is read by its declaration's position.
            value = declared
        } else {
            // Any other path (a list's field across its records, say) is looked up for its value and range at
            // once, as ``range(at:path:)`` would look it up again: the range is kept for the checks that read it.
            let read = environment.facts.valueAndRange(of: path)
            value = read?.value ?? plan.slotMissing[slot]
            ranges[slot] = read?.range ?? .other(plan.slotMissing[slot])
        }
        values[slot] = value
        return value
    }

    /// The record a per-record check is run on, which its inputs without a slot (the record's fields) are read
    /// from by position: no table of the record's fields by name is made for it.
    struct Record {
        let records: FactRecords
        var index: Int
        /// For each of the check's inputs, the position among the list's fields of the field it names; nil for an
        /// input with a slot, or a field the list does not declare.
        let fieldPositions: [Int?]

        /// The value of the field the check's input at `position` names; nil when the record lacks it.
        func value(ofInput position: Int) -> Value? {
            records.value(at: fieldPositions[position], record: index)
        }

        /// The range of the field the check's input at `position` names; nil when the record lacks it.
        func range(ofInput position: Int) -> RangeResult? {
            records.range(at: fieldPositions[position], record: index)
        }
    }

    /// The positions in the rubric's `facts` of the declarations at the path of `slot`; nil for a metric's slot,
    /// whose figure is no fact.
    func declarations(atPathOf slot: Int) -> [Int]? {
        plan.slotIsMetric[slot] ? nil : plan.slotFactsAtPath[slot]
    }

    /// Appends the values of `paths[positions]` to `list`; a path without a slot is a field of `record`, read
    /// each time.
    // Positions rather than zipped slices: zipping them made the runtime look up the iterator's type on every call.
    mutating func appendValues(of paths: [String], slots: [Int?], at positions: Range<Int>, record: Record?,
                               to list: inout [Value]) {
        for position in positions {
            if let slot = slots[position] {
                list.append(value(at: slot, path: paths[position]))
            } else {
                list.append(record?.value(ofInput: position) ?? .missing([paths[position]]))
            }
        }
    }

    /// Buffers for the values and ranges of the check being judged, kept from check to check so that their
    /// storage is allocated once per submission, not twice per check.
    struct Buffers {
        var values: [Value] = []
        var ranges: [RangeResult] = []
    }

    /// Replaces the contents of `list` with the ranges of `paths`; a path without a slot is a field of `record`,
    /// read each time.
    mutating func ranges(of paths: [String], slots: [Int?], record: Record?, into list: inout [RangeResult]) {
        list.removeAll(keepingCapacity: true)
        for position in paths.indices {
            if let slot = slots[position] {
                list.append(range(at: slot, path: paths[position]))
            } else {
                list.append(record?.range(ofInput: position) ?? .other(.missing([paths[position]])))
            }
        }
    }

    /// The range of the figure in `slot`, at `path`.
    private mutating func range(at slot: Int, path: String) -> RangeResult {
        if let known = ranges[slot] { return known }
        let range: RangeResult
        if plan.slotIsMetric[slot] {
            range = environment.range(of: path)
        } else if lacks(slot) {
            range = .other(plan.slotMissing[slot])
        } else {
            range = environment.facts.range(declaredAt: plan.slotFactsAtPath[slot])
                ?? environment.facts.range(of: path) ?? .other(plan.slotMissing[slot])
        }
        ranges[slot] = range
        return range
    }

    /// `value`, the figure in `slot` (nil for a record's field), as a check's inputs show it: written once per
    /// slot while the checks that read it show it the same way, which they nearly always do.
    mutating func shown(_ value: Value, slot: Int?, as display: (unit: DisplayUnit, places: Int)) -> String {
        guard let slot else { return NumberFormat.show(value, as: display.unit, places: display.places) }
        if let known = shown[slot], known.unit == display.unit, known.places == display.places { return known.text }
        let text = NumberFormat.show(value, as: display.unit, places: display.places)
        shown[slot] = (display.unit, display.places, text)
        return text
    }
}

/// One entry for each slot read, found by the slot's number: a submission reads a fraction of a rubric's figures,
/// and a table of optionals for every slot was made and then destroyed element by element for each submission.
private struct SlotCache<Element> {
    /// Where each slot's entry is in `entries`; -1 for a slot not read.
    private var positions: [Int32]
    private var entries: [Element] = []

    init(count: Int) {
        positions = Array(repeating: -1, count: count)
    }

    /// The entry of `slot`, nil until one is set.
    subscript(slot: Int) -> Element? {
        get {
            let position = positions[slot]
            return position < 0 ? nil : entries[Int(position)]
        }
        set {
            guard let newValue else { preconditionFailure("an entry is replaced, never removed") }
            let position = positions[slot]
            if position < 0 {
                positions[slot] = Int32(entries.count)
                entries.append(newValue)
            } else {
                entries[Int(position)] = newValue
            }
        }
    }
}
