import JixiaoCompare
import JixiaoYAML

/// Shares the texts that report.html's row summaries repeat, so that a long batch holds one copy of each: a rubric's
/// id, hash, title and version and its grade names from one row of the rubric to the next, and a department's name
/// across its rubrics (a submission's rows come one after another).
///
/// A text is shared when its bytes are those of a text kept, compared in place: hashing Chinese text to look it up
/// in a table of all texts cost more than the comparisons with the few a row can repeat.
struct SummaryTextSharing {
    /// Per rubric id: its last summary kept, and the distinct grades its summaries have had.
    private var rubrics: [(id: String, last: ComparisonRow, grades: [String])] = []
    private var lastDepartment: String?

    /// `summary` with its repeated texts replaced by the copies kept.
    mutating func share(_ summary: ComparisonRow) -> ComparisonRow {
        var row = summary
        if let department = lastDepartment { Self.share(&row.department, department) }
        lastDepartment = row.department
        guard let index = rubrics.firstIndex(where: { $0.id.hasSameBytes(as: row.rubricId) }) else {
            rubrics.append((row.rubricId, row, row.grade.map { [$0] } ?? []))
            return row
        }
        let last = rubrics[index].last
        row.rubricId = last.rubricId
        if let hash = row.rubricSha256, let kept = last.rubricSha256, hash.hasSameBytes(as: kept) { row.rubricSha256 = kept }
        Self.share(&row.rubricTitle, last.rubricTitle)
        Self.share(&row.rubricVersion, last.rubricVersion)
        if let grade = row.grade {
            if let known = rubrics[index].grades.first(where: { $0.hasSameBytes(as: grade) }) {
                row.grade = known
            } else {
                rubrics[index].grades.append(grade)
            }
        }
        rubrics[index].last = row
        return row
    }

    private static func share(_ text: inout String, _ kept: String) {
        if text.hasSameBytes(as: kept) { text = kept }
    }
}
