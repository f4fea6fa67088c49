import Foundation
import JixiaoEngine
import JixiaoRender

/// The column names of each rubric's summary file, made by the first worker that needs them and reused by the
/// others for every later submission of the batch: building them costs string interpolation and hashing of Chinese
/// text per column, as much again as the row's values.
///
/// Keyed by rubric id and sha256, so one rubric file's names never stand for another's.
final class RubricSummaryColumnCache: @unchecked Sendable {
    private let lock = NSLock()
    private var names: [[String]: RubricSummaryCSV.ColumnNames] = [:]

    /// The names for `result`, made from it the first time its rubric is seen. They may not fit a result whose
    /// metric changed kind (``RubricSummaryCSV/ColumnNames/fits(_:indicatorCount:)``): the caller checks.
    func names(for result: RubricResult) -> RubricSummaryCSV.ColumnNames {
        let key = [result.rubric.id, result.rubric.sha256]
        lock.lock()
        if let known = names[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        // Made outside the lock; two workers that race here make the same names, and the first one kept wins.
        let made = RubricSummaryCSV.ColumnNames(of: result)
        lock.lock()
        defer { lock.unlock() }
        if let known = names[key] { return known }
        names[key] = made
        return made
    }
}
