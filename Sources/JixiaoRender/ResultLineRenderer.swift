import JixiaoEngine
import JixiaoExpression

/// The lines of results.jsonl (docs/json-output.md, `jixiao.result/2`): per submission a `jixiao.result/2` object, and
/// per rubric, before the first result that uses it, a `jixiao.rubric/2` header holding what the results of each
/// of the rubric's checks share (name, expressions, relation, severity, tolerance, unit …).
///
/// `jixiao.result/1` restated that text on every check of every line, where it was most of the line. A result
/// line is /1 but for its `checks`: an entry of a rubric check names its header entry (`check`) and carries only
/// what depends on the submission. Statement and form checks are made per submission and stay whole.
/// Written straight into bytes: see ``JSONLineWriter``.
public struct ResultLineRenderer: Sendable {
    public static let schema = "jixiao.result/2"
    public static let rubricSchema = "jixiao.rubric/2"
    /// The parts /2 writes as /1 does.
    private let common: JSONRenderer

    public init(engineVersion: String) {
        common = JSONRenderer(engineVersion: engineVersion)
    }

    /// One submission's line, without its newline.
    public func line(_ result: SubmissionResult) -> RenderedBytes {
        var writer = JSONLineWriter(capacity: 64 * 1024)
        writer.object { writer in
            writer.member("schema", Self.schema)
            writer.member("engine", .object([("version", .string(common.engineVersion))]))
            writer.member("submission", .object([
                ("path", .string(result.path)), ("sha256", .string(result.sha256)),
                ("department", .string(result.department)), ("year", .number(String(result.year))),
            ]))
            writer.key("results")
            writer.array { writer in
                for rubricResult in result.results { write(rubricResult, to: &writer) }
            }
        }
        return writer.take()
    }

    /// The header of the rubric `result` was scored with, without its newline: every check of the rubric, run or
    /// not, by id.
    public func header(_ result: RubricResult) -> [UInt8] {
        var writer = JSONLineWriter()
        writer.object { writer in
            writer.member("schema", Self.rubricSchema)
            writer.member("engine", .object([("version", .string(common.engineVersion))]))
            writer.member("rubric", .object([
                ("id", .string(result.rubric.id)), ("version", .string(result.rubric.version)),
                ("sha256", .string(result.rubric.sha256)),
            ]))
            writer.key("checks")
            writer.object { writer in
                for heading in result.checkHeadings {
                    writer.key(escaping: heading.id)
                    write(heading, to: &writer)
                }
            }
        }
        return writer.bytes
    }

    private func write(_ result: RubricResult, to writer: inout JSONLineWriter) {
        writer.object { writer in
            RubricResultMembers.writeBeforeChecks(result, to: &writer)
            writer.key("checks")
            writer.array { writer in
                // The heading read in place, by its index: a copy of it cost a retain and a release per text.
                let headings = result.checkHeadings
                for check in result.checks { write(check, headingIndex: check.headingIndex, of: headings, to: &writer) }
            }
            RubricResultMembers.writeAfterChecks(result, to: &writer)
        }
    }

    /// A header entry: the /1 keys of a check that do not depend on the submission, in /1 order.
    private func write(_ heading: CheckHeading, to writer: inout JSONLineWriter) {
        let places = JSONRenderer.checkPlaces(heading.unit)
        writer.object { writer in
            writer.member("name", heading.name)
            writer.member("severity", heading.severity.rawValue)
            writer.member("relation", heading.relation.rawValue)
            writer.key("tolerance")
            if let tolerance = heading.tolerance {
                writer.number(JSONRenderer.numberText(tolerance, unit: heading.unit, places: places))
            } else {
                writer.null()
            }
            writer.member("unit", heading.unit.symbol)
            // Absent when the rubric names no section: each result then gives the submission's.
            if let place = heading.whereInDocument { writer.member("where", place) }
            writer.key("expressions")
            writer.object { writer in
                writer.member("stated", heading.statedExpression)
                writer.member("computed", heading.computedExpression)
            }
            writer.key("inputs")
            writer.array { writer in
                for path in heading.inputPaths { writer.string(path) }
            }
            writer.member("check_set", heading.checkSet)
        }
    }

    /// A check's entry, in /1 order: for a rubric check (its heading at `headingIndex` of `headings`) what depends
    /// on the submission, with `check` naming its header entry; for a statement or form check (no heading) the /1
    /// keys. `location` is `line:column` of the submission file in either.
    private func write(_ check: CheckResult, headingIndex: Int?, of headings: [CheckHeading], to writer: inout JSONLineWriter) {
        let unit = check.unit
        let places = JSONRenderer.checkPlaces(unit)
        let inline = headingIndex == nil
        func number(_ value: Rational?, _ writer: inout JSONLineWriter) {
            guard let value else { writer.null(); return }
            writer.number(value, unit: unit, places: places)
        }
        writer.object { writer in
            if let headingIndex {
                writer.member("check", headings[headingIndex].id)
                if let record = check.record {
                    writer.member("record", record.key)
                    writer.member("label", record.label)
                }
            } else {
                writer.member("id", check.id)
                writer.member("name", check.name)
            }
            writer.member("verdict", check.verdict.rawValue)
            if inline {
                writer.member("severity", check.severity.rawValue)
                writer.member("relation", check.relation.rawValue)
            }
            // Most checks agree: a computed figure equal to the stated one has the same text, so its bytes are
            // copied rather than formatted again, and a zero difference is written as it is.
            let stated = check.stated, computed = check.computed
            writer.key("stated")
            let statedStart = writer.count
            RubricResultMembers.write(stated, unit: unit, places: places, to: &writer)
            let statedText = statedStart..<writer.count
            writer.key("computed")
            if computed == stated {
                writer.repeatValue(statedText)
            } else {
                RubricResultMembers.write(computed, unit: unit, places: places, to: &writer)
            }
            writer.key("difference")
            let difference = check.difference
            if let difference, difference.isZero {
                writer.number(digits: 0, places: 0)
            } else {
                number(difference, &writer)
            }
            if inline {
                writer.key("tolerance")
                number(check.tolerance, &writer)
            }
            func range(_ range: RationalRange?, _ writer: inout JSONLineWriter) {
                guard let range else { writer.null(); return }
                writer.array { writer in
                    number(range.lower, &writer)
                    number(range.upper, &writer)
                }
            }
            writer.key("stated_range")
            range(check.statedRange, &writer)
            writer.key("computed_range")
            range(check.computedRange, &writer)
            if inline { writer.member("unit", unit.symbol) }
            if headingIndex.map({ headings[$0].whereInDocument == nil }) ?? true { writer.member("where", check.whereInDocument) }
            writer.key("location")
            if let location = check.location { writer.location(line: location.line, column: location.column) } else { writer.null() }
            if inline {
                writer.key("expressions")
                writer.object { writer in
                    writer.member("stated", check.statedExpression)
                    writer.member("computed", check.computedExpression)
                }
            }
            writer.key("inputs")
            if inline {
                writer.object { writer in
                    for input in check.inputs {
                        writer.key(escaping: input.path)
                        writer.string(input.shown)
                    }
                }
            } else {
                writer.array { writer in
                    for input in check.inputs { writer.string(input.shown) }
                }
            }
            writer.member("explanation", check.explanation)
            if inline { writer.member("check_set", check.checkSet) }
        }
    }
}
