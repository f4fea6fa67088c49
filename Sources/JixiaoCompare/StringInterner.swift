/// Shares one copy of each repeated text (rubric ids, titles, hashes and versions, grades; indicator and
/// metric names, ids, units) among many rows.
///
/// A batch keeps a summary row per (submission, rubric) until its report is written; without sharing, every
/// row would hold its own copy of the same texts, and memory would grow with each file.
public final class StringInterner {
    private var table: [String: String] = [:]

    public init() {}

    public func intern(_ text: String) -> String {
        if let shared = table[text] { return shared }
        table[text] = text
        return text
    }

    /// The row with its repeated texts replaced by shared copies.
    public func intern(_ row: ComparisonRow) -> ComparisonRow {
        var row = row
        row.department = intern(row.department)
        row.rubricId = intern(row.rubricId)
        row.rubricSha256 = row.rubricSha256.map(intern)
        row.rubricTitle = intern(row.rubricTitle)
        row.rubricVersion = intern(row.rubricVersion)
        row.grade = row.grade.map(intern)
        for index in row.groups.indices {
            row.groups[index].id = intern(row.groups[index].id)
            row.groups[index].name = intern(row.groups[index].name)
        }
        for index in row.indicators.indices {
            row.indicators[index].id = intern(row.indicators[index].id)
            row.indicators[index].name = intern(row.indicators[index].name)
            row.indicators[index].groupId = intern(row.indicators[index].groupId)
        }
        for index in row.metrics.indices {
            row.metrics[index].id = intern(row.metrics[index].id)
            row.metrics[index].name = intern(row.metrics[index].name)
            row.metrics[index].unit = intern(row.metrics[index].unit)
        }
        return row
    }
}
