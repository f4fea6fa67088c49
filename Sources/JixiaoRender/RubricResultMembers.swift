import JixiaoEngine
import JixiaoExpression

/// The members of one rubric's result around its `checks`, which `jixiao.result/1` and `/2` write alike: the
/// rubric, scores, groups with their indicators, metrics, coverage and findings. Written once against
/// ``JSONOutput``: into the /1 tree by ``JSONRenderer``, straight into the results.jsonl line by
/// ``ResultLineRenderer``.
enum RubricResultMembers {
    static func writeBeforeChecks<Output: JSONOutput & ~Copyable>(_ result: RubricResult, to output: inout Output) {
        output.key("rubric")
        output.object { output in
            output.member("id", result.rubric.id)
            output.member("version", result.rubric.version)
            output.member("title", result.rubric.title)
            output.member("total_points", number: result.rubric.totalPoints)
            // So a comparison read back from the file can say what share a grade needed.
            output.member("grade_requires", number: result.rubric.gradeRequires)
            output.member("sha256", result.rubric.sha256)
            output.member("checks_only", result.rubric.checksOnly)
        }
        output.member("subject", result.subject)
        output.member("score", number: result.score)
        output.member("max_applicable", number: result.maxApplicable)
        output.member("grade", result.grade)
        output.member("vetoed", result.vetoed)
        output.member("claimed_total", number: result.claimedTotal)
        output.member("claimed_indicators_score", number: result.claimedIndicatorsScore)
        output.member("claimed_difference", number: result.claimedTotal.flatMap { claimed in
            result.claimedIndicatorsScore.map { claimed - $0 } })
        output.key("groups")
        output.array { output in
            for group in result.groups { write(group, to: &output) }
        }
        output.key("metrics")
        output.array { output in
            for metric in result.metrics { write(metric, to: &output) }
        }
    }

    static func writeAfterChecks<Output: JSONOutput & ~Copyable>(_ result: RubricResult, to output: inout Output) {
        output.member("skipped_check_sets", strings: result.skippedCheckSets)
        output.key("coverage")
        output.object { output in
            output.member("stated_figures", number: Rational(result.coverage.statedFigures))
            output.member("checked_figures", number: Rational(result.coverage.checkedFigures))
            output.member("checks_run", number: Rational(result.coverage.checksRun))
            output.member("nothing_verified", result.coverage.nothingVerified)
        }
        output.member("missing_required", strings: result.missingRequired)
        output.key("findings")
        output.array { output in
            for finding in result.findings { write(finding, to: &output) }
        }
    }

    private static func write<Output: JSONOutput & ~Copyable>(_ group: GroupResult, to output: inout Output) {
        output.object { output in
            output.member("id", group.id)
            output.member("name", group.name)
            output.member("points", number: group.points)
            output.member("score", number: group.score)
            output.member("max_applicable", number: group.maxApplicable)
            output.member("vetoed", group.vetoed)
            if !group.groups.isEmpty {
                output.key("groups")
                output.array { output in
                    for child in group.groups { write(child, to: &output) }
                }
            }
            output.key("indicators")
            output.array { output in
                for indicator in group.indicators { write(indicator, to: &output) }
            }
        }
    }

    private static func write<Output: JSONOutput & ~Copyable>(_ indicator: IndicatorResult, to output: inout Output) {
        output.object { output in
            output.member("id", indicator.id)
            output.member("name", indicator.name)
            output.member("points", number: indicator.points)
            output.member("score", number: indicator.score)
            output.member("state", indicator.state.rawValue)
            output.member("role", indicator.role.rawValue)
            output.member("method", indicator.method)
            output.member("reason", indicator.reason)
            output.key("inputs")
            output.object { output in
                for input in indicator.inputs {
                    output.key(escaping: input.name)
                    output.object { output in
                        output.member("expression", input.expression)
                        output.key("value")
                        write(input.value, unit: input.unit, places: 2, to: &output)
                        output.key("exact")
                        writeExact(input.value, unit: input.unit, places: 2, to: &output)
                        output.member("shown", input.shown)
                    }
                }
            }
            output.member("points_lost", number: indicator.pointsLost)
            output.member("claimed_score", number: indicator.claimedScore)
            output.member("claimed_difference", number: indicator.claimedScore.flatMap { claimed in
                indicator.score.map { claimed - $0 } })
        }
    }

    private static func write<Output: JSONOutput & ~Copyable>(_ metric: MetricResult, to output: inout Output) {
        output.object { output in
            output.member("id", metric.id)
            output.member("name", metric.name)
            output.key("value")
            write(metric.value, unit: metric.unit, places: metric.places, to: &output)
            output.member("unit", metric.unit.symbol)
            output.key("exact")
            writeExact(metric.value, unit: metric.unit, places: metric.places, to: &output)
            output.member("state", metric.value.stateName)
            output.member("shown", metric.shown)
            output.member("better", metric.better?.rawValue)
        }
    }

    private static func write<Output: JSONOutput & ~Copyable>(_ finding: FindingResult, to output: inout Output) {
        output.object { output in
            output.member("id", finding.id)
            output.member("problem", finding.problem)
            output.member("evidence", finding.evidence)
            output.member("cause", finding.cause ?? FindingResult.causeSlot)
            output.member("cause_supplied", finding.cause != nil)
            output.member("measures", strings: finding.measures)
            output.member("points_at_stake", number: finding.pointsAtStake)
            output.member("indicators", strings: finding.indicators)
        }
    }

    /// A value in its display unit (a rate as 88.61, not 0.8861), rounded half-up to `places` only if it does not
    /// terminate.
    static func write<Output: JSONOutput & ~Copyable>(_ value: Value, unit: DisplayUnit, places: Int, to output: inout Output) {
        switch value {
        case .number(let number): output.number(number, unit: unit, places: places)
        case .bool(let flag): output.bool(flag)
        case .text(let text): output.string(text)
        case .list(let items): output.array { output in
            for item in items { write(item, unit: unit, places: places, to: &output) }
        }
        case .missing, .notComputable: output.null()
        }
    }

    /// The exact value, in the same unit as `value`, whenever `value` had to be rounded: decimal text if it
    /// terminates ("2.752578"), else a fraction ("1000/19"); null when `value` is already exact.
    private static func writeExact<Output: JSONOutput & ~Copyable>(
        _ value: Value, unit: DisplayUnit, places: Int, to output: inout Output
    ) {
        guard case .number(let number) = value else { output.null(); return }
        // Most values terminate within `places`: known so from their digits, without scaling the value.
        guard number.scaledDecimal(shift: unit == .percent ? 2 : 0, maxPlaces: places) == nil else { output.null(); return }
        let scaled = unit == .percent ? number * .hundred : number
        guard scaled.exactDecimalText(maxPlaces: places) == nil else { output.null(); return }
        if let text = scaled.exactDecimalText() {
            output.string(text)
        } else if let parts = scaled.int64Parts {
            // A fraction from machine integers when it is kept in them: its BigInt parts and their text cost
            // thousands of instructions (a metric's rate is often such a fraction).
            output.string(numerator: parts.numerator, denominator: parts.denominator)
        } else {
            output.string("\(scaled.numerator)/\(scaled.denominator)")
        }
    }
}
