/// Finds rubric ids scored with more than one rubric file: the same id with different sha256 means two
/// different sets of rules (a changed or forged rubric), and their scores must not be ranked together.
public struct RubricConflict: Sendable, Equatable {
    public var rubricId: String
    /// Each distinct sha256 with the first file whose row used it, in the order first seen.
    public var versions: [(sha256: String, path: String)]

    public static func == (left: RubricConflict, right: RubricConflict) -> Bool {
        left.rubricId == right.rubricId && left.versions.map(\.sha256) == right.versions.map(\.sha256)
            && left.versions.map(\.path) == right.versions.map(\.path)
    }

    /// The message, in Chinese, naming the id and a file for each version.
    public var message: String {
        let listed = versions.map { "\($0.path)（sha256 \($0.sha256.prefix(12))…）" }.joined(separator: "、")
        return "错误：规则“\(rubricId)”有 \(versions.count) 个不同版本的评分结果：\(listed)。标识相同但规则文件内容不同，不能放在一起排名；请用同一份规则重新评分"
    }
}

/// Tracks the rubric versions of rows as they come, so a batch need not keep them all.
public struct RubricConsistency: Sendable {
    private var versions: [String: [(sha256: String, path: String)]] = [:]
    private var order: [String] = []

    public init() {}

    /// Rows without a known sha256 (older results) are not checked.
    public mutating func include(_ row: ComparisonRow) {
        guard let sha256 = row.rubricSha256 else { return }
        include(rubricId: row.rubricId, sha256: sha256, path: row.path)
    }

    public mutating func include(rubricId: String, sha256: String, path: String) {
        if versions[rubricId] == nil { order.append(rubricId) }
        if versions[rubricId, default: []].contains(where: { $0.sha256 == sha256 }) { return }
        versions[rubricId, default: []].append((sha256, path))
    }

    public var conflicts: [RubricConflict] {
        order.compactMap { id in
            guard let found = versions[id], found.count > 1 else { return nil }
            return RubricConflict(rubricId: id, versions: found)
        }
    }

    public static func conflicts(in rows: [ComparisonRow]) -> [RubricConflict] {
        var consistency = RubricConsistency()
        rows.forEach { consistency.include($0) }
        return consistency.conflicts
    }
}
