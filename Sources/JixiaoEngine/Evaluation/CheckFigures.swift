import JixiaoExpression

/// The figures a rubric's checks read on one submission, each looked up at most once: a figure such as a
/// table's total is read by several checks, and each check reads it for its value, its range and its inputs.
///
/// Slots are the plan's (``RubricCheckPlan/Made/inputSlots``). Values and ranges are kept apart because a
/// check whose stated figure is absent needs no range at all.
struct CheckFigures {
    private let environment: ScoringEnvironment
    private let slotIsMetric: [Bool]
    private var values: [Value?]
    private var ranges: [RangeResult?]
    /// Each slot's figure as last shown among a check's inputs, and how (unit and decimals).
    private var shown: [(unit: DisplayUnit, places: Int, text: String)?]

    /// Figures of the submission behind `environment`, which must have no current record; `slotIsMetric` is
    /// the plan's, one entry per slot.
    init(slotIsMetric: [Bool], environment: ScoringEnvironment) {
        self.environment = environment
        self.slotIsMetric = slotIsMetric
        values = Array(repeating: nil, count: slotIsMetric.count)
        ranges = Array(repeating: nil, count: slotIsMetric.count)
        shown = Array(repeating: nil, count: slotIsMetric.count)
    }

    /// Appends the values of `paths` to `list`; a path without a slot (a record's field) is read from
    /// `scoped` each time.
    mutating func appendValues(of paths: ArraySlice<String>, slots: ArraySlice<Int?>, in scoped: ScoringEnvironment,
                               to list: inout [Value]) {
        for (path, slot) in zip(paths, slots) {
            guard let slot else {
                list.append(scoped.value(of: path))
                continue
            }
            if values[slot] == nil {
                // A path that is no metric goes straight to the facts, skipping the record and metric tests.
                values[slot] = slotIsMetric[slot] ? environment.value(of: path) : environment.facts.value(of: path) ?? .missing([path])
            }
            list.append(values[slot]!)
        }
    }

    /// The ranges of `paths`; a path without a slot (a record's field) is read from `scoped` each time.
    mutating func ranges(of paths: [String], slots: [Int?], in scoped: ScoringEnvironment) -> [RangeResult] {
        zip(paths, slots).map { path, slot in
            guard let slot else { return scoped.range(of: path) }
            if ranges[slot] == nil {
                ranges[slot] = slotIsMetric[slot] ? environment.range(of: path) : environment.facts.range(of: path) ?? .other(.missing([path]))
            }
            return ranges[slot]!
        }
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
