import JixiaoEngine
import JixiaoExpression

/// `indicators.csv` of `jixiao batch`: the long format, one record per (submission, rubric, indicator), so a
/// pivot table can ask any question of every rubric at once. Its columns never change with the rubrics.
public enum IndicatorsCSV {
    public static let columns = ["文件", "部门", "年度", "规则", "规则版本", "分组", "指标", "指标名称", "类型",
                                 "分值（分）", "得分（分）", "失分（分）", "状态"]

    /// The header record (without the byte order mark).
    public static var header: String { CSVWriter.record(columns) }

    /// The records of one scored submission, rubric by rubric, indicators in rubric order.
    public static func records(_ submission: SubmissionResult) -> [String] {
        var records: [String] = []
        forEachRecord(of: submission) { prefix, indicator in
            var record = ByteBuffer(capacity: 256)
            prefix.withUnsafeBufferPointer { record.append($0) }
            appendFields(of: indicator, to: &record)
            records.append(record.text)
        }
        return records
    }

    /// The same records as one block of UTF-8, for a batch that only writes them out: no String per record.
    public static func bytes(_ submission: SubmissionResult) -> RenderedBytes {
        var bytes = ByteBuffer(capacity: 16 * 1024)
        forEachRecord(of: submission) { prefix, indicator in
            prefix.withUnsafeBufferPointer { bytes.append($0) }
            appendFields(of: indicator, to: &bytes)
        }
        return bytes.take()
    }

    /// Each indicator, depth first, rubric by rubric, with the fields its record begins with: its rubric's, then
    /// the group it sits in directly (written once per group, not per indicator).
    private static func forEachRecord(
        of submission: SubmissionResult, _ body: (_ prefix: [UInt8], IndicatorResult) -> Void
    ) {
        for result in submission.results {
            var prefix: [UInt8] = []
            for field in [submission.path, submission.department, String(submission.year), result.rubric.id,
                          result.rubric.version] {
                CSVWriter.append(field: field, to: &prefix)
                prefix.append(UInt8(ascii: ","))
            }
            forEachIndicator(in: result.groups, rubricPrefix: prefix, body)
        }
    }

    private static func forEachIndicator(
        in groups: [GroupResult], rubricPrefix: [UInt8], _ body: (_ prefix: [UInt8], IndicatorResult) -> Void
    ) {
        for group in groups {
            if !group.indicators.isEmpty {
                var prefix = rubricPrefix
                CSVWriter.append(field: group.name, to: &prefix)
                prefix.append(UInt8(ascii: ","))
                for indicator in group.indicators { body(prefix, indicator) }
            }
            forEachIndicator(in: group.groups, rubricPrefix: rubricPrefix, body)
        }
    }

    /// The record's own fields, after its prefix, with the line end. Written field by field, the numbers as their
    /// digits: an array of the fields' Strings, and a String per number, cost more than the record's bytes.
    private static func appendFields(of indicator: IndicatorResult, to record: inout ByteBuffer) {
        let kind = switch indicator.role {
        case .regular: "常规"
        case .bonus: "加分"
        case .veto: "否决"
        }
        let state = indicator.role == .veto && indicator.state == .scored
            ? (indicator.vetoTriggered || indicator.vetoesRubric ? "已触发否决" : "未触发否决")
            : indicator.state.chineseName
        CSVWriter.append(field: indicator.id, to: &record)
        record.append(UInt8(ascii: ","))
        CSVWriter.append(field: indicator.name, to: &record)
        record.append(UInt8(ascii: ","))
        CSVWriter.append(field: kind, to: &record)
        record.append(UInt8(ascii: ","))
        appendExact(indicator.points, to: &record)
        record.append(UInt8(ascii: ","))
        if indicator.role != .veto, let score = indicator.score { appendExact(score, to: &record) }
        record.append(UInt8(ascii: ","))
        if let lost = indicator.pointsLost { appendExact(lost, to: &record) }
        record.append(UInt8(ascii: ","))
        CSVWriter.append(field: state, to: &record)
        record.append("\r\n")
    }

    /// ``SummaryCSV/exact(_:)`` of `value` as a field. A number is never quoted nor taken for a formula ("-0.5" is
    /// a plain number), so its text is the field.
    private static func appendExact(_ value: Rational, to record: inout ByteBuffer) {
        if let exact = value.scaledDecimal(maxPlaces: 6) {
            record.appendDecimal(digits: exact.digits, places: exact.places)
        } else {
            record.append(SummaryCSV.exact(value))
        }
    }
}
