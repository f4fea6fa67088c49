import JixiaoExpression

/// The shared part of 扣分制 and 按档扣分: how far a value has gone past a threshold, in units.
struct ThresholdRule: Sendable {
    enum Direction: String, Sendable {
        /// Points are lost for every unit above the threshold (三公经费变动率 > 0).
        case above
        /// Points are lost for every unit below the threshold (预算完成率 < 100%).
        case below
    }

    let value: SourcedExpression
    let threshold: Rational
    let direction: Direction
    /// Size of one unit, e.g. 1% (one percentage point) or 5%.
    let per: Rational
    /// Points lost per unit.
    let deduct: Rational
    /// The score never falls below this.
    let floor: Rational

    static let parameterKeys: Set<String> = ["value", "threshold", "direction", "per", "deduct", "floor"]

    init?(parameters: MethodParameters) {
        let value = parameters.expression("value", what: "被考核的值")
        let threshold = parameters.number("threshold", what: "阈值")
        let deduct = parameters.number("deduct", what: "每单位扣分")
        let directionText = parameters.text("direction") ?? "above"
        let direction = Direction(rawValue: directionText)
        if direction == nil {
            parameters.report("direction 应为 above（超过阈值扣分）或 below（低于阈值扣分），实际是“\(directionText)”",
                              at: "direction", hint: Suggestion.didYouMean(directionText, among: ["above", "below"]))
        }
        let per = parameters.optionalNumber("per") ?? .one
        if per <= .zero { parameters.report("per（每单位大小）必须大于 0", at: "per") }
        if let deduct, deduct < .zero { parameters.report("deduct（每单位扣分）不能为负", at: "deduct") }
        guard let value, let threshold, let deduct, let direction, per > .zero else { return nil }
        self.value = value
        self.threshold = threshold
        self.direction = direction
        self.per = per
        self.deduct = deduct
        self.floor = parameters.optionalNumber("floor") ?? .zero
    }

    /// How far past the threshold the value is (zero when within it), in units of `per`.
    func excessUnits(of actual: Rational) -> Rational {
        let excess = direction == .above ? actual - threshold : threshold - actual
        guard excess > .zero else { return .zero }
        return excess.divided(by: per)!  // per > 0 was checked when the rubric loaded
    }

    func describeThreshold(_ context: ScoringContext) -> String {
        var text = ""
        describeThreshold(context, into: &text)
        return text
    }

    /// ``describeThreshold(_:)`` appended to `text`, for a reason written into one buffer.
    func describeThreshold(_ context: ScoringContext, into text: inout String) {
        text += direction == .above ? "超过阈值 " : "低于阈值 "
        text += context.show(threshold, like: value)
    }
}
