import JixiaoEngine
import JixiaoExpression

/// Reads `jixiao.result/1` and `jixiao.result/2` objects (docs/json-output.md) into ``ComparisonRow``s.
///
/// Only the keys a comparison needs are read; every one of them is checked for presence and type, and an
/// error names the key and the line and column of the offending value. A /2 line names its rubric checks by
/// id; their text is read from the `jixiao.rubric/2` header before it in the same file.
public struct ComparisonRowDecoder: Sendable {
    public static let schema = "jixiao.result/1"
    public static let schemaVersion2 = "jixiao.result/2"
    public static let rubricSchema = "jixiao.rubric/2"

    public init() {}

    /// Rows from the text of a `.json` file (one object) or a `.jsonl` file (one object per line).
    /// Each object that cannot be read gives one error; the others still give their rows.
    public func rows(fromText text: String) -> (rows: [ComparisonRow], errors: [ComparisonInputError]) {
        let trimmed = text.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\u{FEFF}" }
        // A pretty-printed object spans many lines; JSON Lines puts each whole object on its own line.
        let documents: [Result<ExactJSON, ComparisonInputError>]
        if trimmed.hasPrefix("{"), !Self.looksLikeJSONLines(String(trimmed)) {
            do throws(ComparisonInputError) {
                documents = [.success(try ExactJSONReader().read(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text))]
            } catch {
                documents = [.failure(error)]
            }
        } else {
            documents = ExactJSONReader().readLines(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        }
        var rows: [ComparisonRow] = []
        var errors: [ComparisonInputError] = []
        var reader = ResultLinesReader()
        for document in documents {
            do throws(ComparisonInputError) {
                rows += try reader.rows(of: try document.get())
            } catch {
                errors.append(error)
            }
        }
        return (rows, errors)
    }

    /// True when the first line holds a complete value, i.e. the text is JSON Lines, not one pretty object.
    static func looksLikeJSONLines(_ text: String) -> Bool {
        guard let firstLine = text.split(separator: "\n", maxSplits: 1).first else { return false }
        return (try? ExactJSONReader().read(String(firstLine))) != nil
    }

    /// The rows of one `jixiao.result/1` or `/2` object: one per entry of `results`. `headers`: the
    /// `jixiao.rubric/2` lines read before it, which a /2 object's checks refer to.
    public func rows(from document: ExactJSON, headers: RubricHeaders = RubricHeaders()) throws(ComparisonInputError) -> [ComparisonRow] {
        guard document.members != nil else { throw Self.error(document, "应为一个 jixiao.result/1 或 /2 对象，实际为\(document.kindName)") }
        let schema = try string(document, "schema")
        guard schema == Self.schema || schema == Self.schemaVersion2 else {
            throw Self.error(document["schema"]!,
                             "不支持的 schema“\(schema)”，应为“\(Self.schema)”“\(Self.schemaVersion2)”或“\(Self.rubricSchema)”")
        }
        let version2 = schema == Self.schemaVersion2
        let submission = try object(document, "submission")
        let department = try string(submission, "department")
        let path = try string(submission, "path")
        let yearValue = try member(submission, "year")
        guard let yearNumber = yearValue.rational, yearNumber.isInteger, let year = Int(yearNumber.description) else {
            throw Self.error(yearValue, "submission.year 应为整数年份")
        }
        return try array(document, "results").map { (result) throws(ComparisonInputError) -> ComparisonRow in
            let checkHeadings = version2 ? try headers.checks(of: try object(result, "rubric"), decoder: self) : nil
            return try row(result, department: department, year: year, path: path, checkHeadings: checkHeadings)
        }
    }

    /// `checkHeadings`: for a /2 result, its rubric's header entries by check id.
    private func row(_ result: ExactJSON, department: String, year: Int, path: String,
                     checkHeadings: [String: ExactJSON]?) throws(ComparisonInputError) -> ComparisonRow {
        let rubric = try object(result, "rubric")
        let vetoedValue = try member(result, "vetoed")
        guard let vetoed = vetoedValue.bool else { throw Self.error(vetoedValue, "vetoed 应为 true 或 false") }
        var groups: [ComparisonRow.GroupScore] = []
        var indicators: [ComparisonRow.IndicatorScore] = []
        func visit(_ group: ExactJSON, level: Int) throws(ComparisonInputError) {
            let id = try string(group, "id")
            let groupVetoedValue = try member(group, "vetoed")
            guard let groupVetoed = groupVetoedValue.bool else { throw Self.error(groupVetoedValue, "vetoed 应为 true 或 false") }
            groups.append(.init(id: id, name: try string(group, "name"), level: level, points: try number(group, "points"),
                                score: try number(group, "score"), maxApplicable: try number(group, "max_applicable"),
                                vetoed: groupVetoed))
            for indicator in try array(group, "indicators") {
                let stateValue = try member(indicator, "state")
                guard let state = stateValue.string.flatMap(IndicatorState.init(rawValue:)) else {
                    throw Self.error(stateValue, "state 应为 scored、not_applicable、missing_data、manual_pending 或 error 之一")
                }
                let roleValue = try member(indicator, "role")
                guard let role = roleValue.string.flatMap(IndicatorRole.init(rawValue:)) else {
                    throw Self.error(roleValue, "role 应为 regular、bonus 或 veto 之一")
                }
                // jixiao.result/1 has no per-indicator veto flag: a veto indicator of a vetoed group (or of a vetoed
                // total) was triggered unless its reason says it was not (a group may hold several vetoes).
                var triggered = false
                if role == .veto, state == .scored, groupVetoed || vetoed {
                    triggered = !(try string(indicator, "reason")).hasPrefix("未触发")
                }
                indicators.append(.init(id: try string(indicator, "id"), name: try string(indicator, "name"), groupId: id,
                                        points: try number(indicator, "points"), score: try optionalNumber(indicator, "score"),
                                        state: state, role: role, pointsLost: try optionalNumber(indicator, "points_lost"),
                                        vetoTriggered: triggered))
            }
            // `groups` is present only when the group has subgroups.
            if group["groups"] != nil {
                for subgroup in try array(group, "groups") { try visit(subgroup, level: level + 1) }
            }
        }
        for group in try array(result, "groups") { try visit(group, level: 0) }

        let metrics = try array(result, "metrics").map { (metric) throws(ComparisonInputError) in try self.metric(metric) }
        var mismatches: [ComparisonRow.Mismatch] = []
        for check in try array(result, "checks") where try string(check, "verdict") == "mismatch" {
            mismatches.append(try mismatch(check, checkHeadings: checkHeadings))
        }
        let findings = try array(result, "findings").map { (finding) throws(ComparisonInputError) in
            ComparisonRow.Finding(id: try string(finding, "id"), problem: try string(finding, "problem"),
                                  pointsAtStake: try number(finding, "points_at_stake"))
        }
        let gradeValue = try member(result, "grade")
        guard gradeValue.isNull || gradeValue.string != nil else { throw Self.error(gradeValue, "grade 应为字符串或 null") }
        let subject = result["subject"]?.string
        var row = ComparisonRow(
            department: subject.map { "\(department) · \($0)" } ?? department, year: year, path: path,
            rubricId: try string(rubric, "id"), rubricTitle: try string(rubric, "title"),
            // `version` is always written; tolerated when absent so hand-made results still read.
            rubricVersion: rubric["version"] == nil ? "" : try string(rubric, "version"),
            totalPoints: try number(rubric, "total_points"),
            score: try number(result, "score"), maxApplicable: try number(result, "max_applicable"),
            // The engine gives a grade exactly when enough was scored for one (policy.grade_requires).
            grade: gradeValue.string, vetoed: vetoed, scoredEnough: !gradeValue.isNull,
            groups: groups, indicators: indicators, metrics: metrics,
            mismatches: mismatches, findings: findings)
        row.rubricSha256 = rubric["sha256"]?.string
        // Written since 2026-12 (0.6 for 60%); a result without it leaves the share out of the reason.
        if rubric["grade_requires"] != nil { row.gradeRequires = try number(rubric, "grade_requires") }
        return row
    }

    /// A mismatched check. A /2 entry with `check` takes its severity and unit from its rubric's header entry,
    /// and its id and name too, with the record's `[key]` and `（label）` added for a per-record check.
    private func mismatch(_ check: ExactJSON, checkHeadings: [String: ExactJSON]?) throws(ComparisonInputError) -> ComparisonRow.Mismatch {
        var id: String, name: String, constant = check
        if let checkHeadings, let reference = check["check"] {
            id = try string(check, "check")
            guard let heading = checkHeadings[id] else {
                throw Self.error(reference, "规则的核对说明行（\(Self.rubricSchema)）中没有核对“\(id)”")
            }
            constant = heading
            name = try string(heading, "name")
            if check["record"] != nil {
                id += "[\(try string(check, "record"))]"
                name += "（\(try string(check, "label"))）"
            }
        } else {
            id = try string(check, "id")
            name = try string(check, "name")
        }
        // severity, difference and unit order the mismatches; results without them still read.
        let severity = constant["severity"]?.string.flatMap(Check.Severity.init(rawValue:)) ?? .error
        return .init(id: id, name: name, explanation: try string(check, "explanation"), severity: severity,
                     size: check["difference"]?.rational?.magnitude, unit: constant["unit"]?.string ?? "")
    }

    /// A metric; `exact` (when the written value was rounded) gives the unrounded figure.
    private func metric(_ metric: ExactJSON) throws(ComparisonInputError) -> ComparisonRow.MetricValue {
        let value = try member(metric, "value")
        let quantity: ComparisonRow.MetricValue.Quantity
        switch value.kind {
        case .number:
            if let exact = metric["exact"], let text = exact.string {
                guard let exactValue = Self.exactRational(text) else {
                    throw Self.error(exact, "exact“\(text)”应为小数或“分子/分母”")
                }
                quantity = .number(exactValue)
            } else {
                quantity = .number(try number(metric, "value"))
            }
        case .string(let text): quantity = .text(text)
        case .bool(let flag): quantity = .bool(flag)
        case .array: quantity = .text(try string(metric, "shown"))
        case .null, .object: quantity = .unavailable
        }
        // Results written before metrics declared a direction have no `better`: no judgement then.
        let better: YearOverYearChange.Better = switch metric["better"]?.string {
        case "higher": .higher
        case "lower": .lower
        default: .neither
        }
        return .init(id: try string(metric, "id"), name: try string(metric, "name"), quantity: quantity,
                     unit: try string(metric, "unit"), shown: try string(metric, "shown"), better: better)
    }

    /// "2.752578" or "1000/19".
    static func exactRational(_ text: String) -> Rational? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        let digits = ExactJSON.maximumDigits
        if parts.count == 1 { return Rational(decimalText: text, maximumDigits: digits) }
        guard parts.count == 2, let numerator = Rational(decimalText: String(parts[0]), maximumDigits: digits),
              let denominator = Rational(decimalText: String(parts[1]), maximumDigits: digits),
              numerator.isInteger, denominator.isInteger
        else { return nil }
        return numerator.divided(by: denominator)
    }

    // MARK: - Typed access with positioned errors

    static func error(_ value: ExactJSON, _ message: String) -> ComparisonInputError {
        ComparisonInputError(line: value.line, column: value.column, message: message)
    }

    func member(_ object: ExactJSON, _ key: String) throws(ComparisonInputError) -> ExactJSON {
        guard let value = object[key] else { throw Self.error(object, "缺少键“\(key)”") }
        return value
    }

    func string(_ object: ExactJSON, _ key: String) throws(ComparisonInputError) -> String {
        let value = try member(object, key)
        guard let text = value.string else { throw Self.error(value, "“\(key)”应为字符串，实际为\(value.kindName)") }
        return text
    }

    func number(_ object: ExactJSON, _ key: String) throws(ComparisonInputError) -> Rational {
        let value = try member(object, key)
        guard let number = value.rational else { throw Self.error(value, Self.notANumber(value, key: key, expected: "数值")) }
        return number
    }

    func optionalNumber(_ object: ExactJSON, _ key: String) throws(ComparisonInputError) -> Rational? {
        let value = try member(object, key)
        if value.isNull { return nil }
        guard let number = value.rational else { throw Self.error(value, Self.notANumber(value, key: key, expected: "数值或 null")) }
        return number
    }

    /// "应为数值，实际为字符串"; for a number that could not be read exactly, why, instead of "应为数值，实际为数值".
    private static func notANumber(_ value: ExactJSON, key: String, expected: String) -> String {
        if let text = value.numberText {
            let reason = Rational.sizeProblem(ofDecimalText: text, maximumDigits: ExactJSON.maximumDigits) ?? "无法精确读取"
            return "“\(key)”的数值超出可计算范围：\(reason)"
        }
        return "“\(key)”应为\(expected)，实际为\(value.kindName)"
    }

    func object(_ object: ExactJSON, _ key: String) throws(ComparisonInputError) -> ExactJSON {
        let value = try member(object, key)
        guard value.members != nil else { throw Self.error(value, "“\(key)”应为对象，实际为\(value.kindName)") }
        return value
    }

    func array(_ object: ExactJSON, _ key: String) throws(ComparisonInputError) -> [ExactJSON] {
        let value = try member(object, key)
        guard let items = value.array else { throw Self.error(value, "“\(key)”应为数组，实际为\(value.kindName)") }
        return items
    }
}
