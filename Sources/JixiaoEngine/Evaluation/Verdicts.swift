import JixiaoExpression

/// How a stated figure is judged against its recomputation: exactly, then within the rounding envelope.
enum Verdicts {
    /// Gives `result` (whose stated and computed values are set) its verdict and explanation.
    /// - Parameter statedText: the stated figure as ``NumberFormat/show(_:as:places:)-swift.type.method`` writes it
    ///   in the result's unit, when the caller has it written already.
    /// - Parameter statedPrinted: the stated figure as the document prints it (“43%”), which an explanation between
    ///   two numbers quotes instead of the figure shown in the result's unit (“43.00%”).
    static func judge(_ result: inout CheckResult, statedRange: RangeResult, computedRange: RangeResult,
                      statedPrintedHalfUnit: Rational? = nil, statedText: String? = nil, statedPrinted: String? = nil) {
        let unit = result.unit
        let show = { (value: Rational) in NumberFormat.show(value, as: unit) }
        switch (result.stated, result.computed) {
        case (.missing(let a), .missing(let b)):
            insufficient(&result, paths: a.union(b))
        case (.missing(let paths), _), (_, .missing(let paths)):
            insufficient(&result, paths: paths)
        case (.number(let stated), .notComputable(let reason)):
            result.verdict = .mismatch
            result.explanation = "文档写作 \(show(stated))，但按其口径无法计算（\(reason)）"
        case (.notComputable(let reason), _), (_, .notComputable(let reason)):
            result.verdict = .insufficientData
            result.explanation = "无法计算：\(reason)"
        case (.number(let stated), .number(let computed)):
            judgeNumbers(&result, stated: stated, computed: computed,
                         statedRange: statedRange.range ?? RationalRange(stated),
                         computedRange: computedRange.range ?? RationalRange(computed),
                         printedHalfUnit: statedPrintedHalfUnit, statedText: statedText, statedPrinted: statedPrinted)
        case (.text(let stated), .text(let computed)):
            judgeEquality(&result, equal: stated == computed, stated: "“\(stated)”", computed: "“\(computed)”")
        case (.bool(let stated), .bool(let computed)):
            judgeEquality(&result, equal: stated == computed, stated: stated ? "是" : "否", computed: computed ? "是" : "否")
        default:
            result.verdict = .mismatch
            result.explanation = "类型不符：文档 \(NumberFormat.show(result.stated, as: result.unit))，计算 \(NumberFormat.show(result.computed, as: result.unit))"
        }
    }

    private static func insufficient(_ result: inout CheckResult, paths: Set<String>) {
        result.verdict = .insufficientData
        result.explanation = "缺少数据（\(NumberFormat.listed(paths))），无法核对"
    }

    private static func judgeEquality(_ result: inout CheckResult, equal: Bool, stated: String, computed: String) {
        guard result.relation == .equal else {
            result.verdict = .mismatch
            result.explanation = "文本只能比较是否相同"
            return
        }
        result.verdict = equal ? .ok : .mismatch
        result.explanation = equal ? "文档 \(stated)，与应有的 \(computed) 相同" : "文档 \(stated)，应为 \(computed)"
    }

    private static func judgeNumbers(_ result: inout CheckResult, stated: Rational, computed: Rational,
                                     statedRange: RationalRange, computedRange: RationalRange,
                                     printedHalfUnit: Rational?, statedText: String?, statedPrinted: String?) {
        let unit = result.unit
        let show = { (value: Rational) in NumberFormat.show(value, as: unit) }
        let difference = stated - computed
        result.difference = difference
        result.statedRange = statedRange
        result.computedRange = computedRange
        // The explanation is written into one buffer, starting with the two figures every verdict states; the
        // rest is appended to it (interpolating the comparison into each verdict's sentence copied it again).
        var explanation = "文档 "
        explanation.reserveCapacity(160)
        // The stated figure shown in the unit is written only when the explanation says it; a recomputation equal
        // to it (most sums that agree) reuses that text.
        let statedShown = statedPrinted == nil ? statedText ?? show(stated) : nil
        if let statedPrinted {
            explanation += "“"
            explanation += statedPrinted
            explanation += "”"
        } else if let statedShown {
            explanation += statedShown
        }
        explanation += "，重新计算 "
        explanation += (computed == stated ? statedShown : nil) ?? show(computed)
        // Written only for the verdicts that say them: most checks agree, and formatting is most of the cost.
        let appendDifference = { (text: inout String) in
            text += "，相差 "
            text += Self.differenceText(difference, unit: unit)
            text += "，"
        }

        if let tolerance = result.tolerance {
            let within: Bool
            switch result.relation {
            case .equal: within = difference.magnitude <= tolerance
            case .atMost: within = stated <= computed + tolerance
            case .atLeast: within = stated >= computed - tolerance
            }
            result.verdict = within ? .ok : .mismatch
            appendDifference(&explanation)
            explanation += within ? "在容差 " : "超出容差 "
            explanation += show(tolerance)
            if within { explanation += " 以内" }
            result.explanation = explanation
            return
        }

        let exact: Bool
        let explained: Bool
        switch result.relation {
        case .equal:
            // "Rounds to the printed figure" uses the figure's own last digit (3.0151 → ±0.00005),
            // never wider than its envelope (124.40 printed from 124.4 keeps ±0.005).
            // The envelope's half is worked out only for a figure whose printed precision is unknown.
            exact = roundsTo(computed, stated, halfUnit: printedHalfUnit
                             ?? min((statedRange.upper - statedRange.lower).divided(by: Rational(2))!, decimalHalfUnit(of: stated)))
            explained = statedRange.overlaps(computedRange)
        case .atMost:
            exact = stated <= computed
            explained = statedRange.lower <= computedRange.upper
        case .atLeast:
            exact = stated >= computed
            explained = statedRange.upper >= computedRange.lower
        }
        // Rates need more digits than the report shows, or the range looks like a point.
        let envelopePlaces = unit == .percent ? 4 : 3
        let appendEnvelope = { (text: inout String) in
            text += "["
            text += NumberFormat.show(computedRange.lower, as: unit, places: envelopePlaces)
            text += ", "
            text += NumberFormat.show(computedRange.upper, as: unit, places: envelopePlaces)
            text += "]"
        }
        if exact {
            result.verdict = .ok
            if result.relation == .equal {
                explanation += "，一致"
            } else {
                explanation += "，满足 文档 "
                explanation += result.relation.symbol
                explanation += " 计算"
            }
        } else if explained {
            result.verdict = .rounding
            appendDifference(&explanation)
            explanation += "在各数尾数误差可能造成的范围 "
            appendEnvelope(&explanation)
            explanation += " 内"
        } else {
            result.verdict = .mismatch
            if result.relation == .equal {
                appendDifference(&explanation)
                explanation += "超出尾数误差可能造成的范围 "
                appendEnvelope(&explanation)
            } else {
                explanation += "，不满足 文档 "
                explanation += result.relation.symbol
                explanation += " 计算，尾数误差也无法解释"
            }
        }
        result.explanation = explanation
    }

    /// Half a unit of the last decimal of `value` written exactly (0.8861 → 0.00005, 124.4 → 0.05).
    static func decimalHalfUnit(of value: Rational) -> Rational {
        guard let text = value.exactDecimalText(), let dot = text.firstIndex(of: ".") else { return Rational(1).divided(by: Rational(2))! }
        let places = text.distance(from: dot, to: text.endIndex) - 1
        var unit = Rational.one
        for _ in 0..<places { unit = unit.divided(by: Rational(10))! }
        return unit.divided(by: Rational(2))!
    }

    /// True when `computed`, rounded half-up to the printed precision of `stated`, gives `stated`.
    static func roundsTo(_ computed: Rational, _ stated: Rational, halfUnit: Rational) -> Bool {
        guard halfUnit > .zero else { return computed == stated }
        return computed.roundedHalfUp(toMultipleOf: halfUnit * Rational(2)) == stated
    }

    /// "0.59 个百分点" for rates, "0.08万元" for amounts.
    static func differenceText(_ difference: Rational, unit: DisplayUnit) -> String {
        if unit == .percent {
            return "\((difference * .hundred).decimalText(places: 2)) 个百分点"
        }
        return NumberFormat.show(difference, as: unit)
    }
}
