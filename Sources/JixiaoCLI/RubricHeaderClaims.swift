import Foundation

/// Which workers render a rubric's `jixiao.rubric/2` header line of results.jsonl. The header stands once, before
/// the first result line of the rubric in input order, so only the first submission with the rubric needs it;
/// rendering it for every submission would cost as much as a result line. A worker renders it unless a
/// submission earlier in the input has claimed it: the first one in input order always finds no earlier claim,
/// whichever worker gets there first, and at most a few later ones render it in vain.
final class RubricHeaderClaims: @unchecked Sendable {
    private let lock = NSLock()
    /// The lowest index that claimed each rubric (id and sha256).
    private var lowest: [[String]: Int] = [:]

    /// Whether the submission at `index` should render the header of `rubric`.
    func claim(_ rubric: [String], index: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if let claimed = lowest[rubric], claimed <= index { return false }
        lowest[rubric] = index
        return true
    }
}
