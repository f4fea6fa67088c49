import Foundation

/// The containers a rubric's declared facts lie in, each with its own container: a submission looks each one
/// up once, and a fact (or container) below one the submission lacks is known to be absent without its own path
/// being hashed — most of the facts a big rubric declares are missing from a partial document, many of them
/// below the same missing table.
struct FactPathParents: Sendable {
    /// The dotted paths of the containers, each after its own parent: `t01.income` and `t01` for
    /// `t01.income.total`, the empty path (the facts' root) for a top-level fact, `stated` for `stated.rate`.
    let paths: [String]
    /// For each of ``paths``, the ``ContainerIndex`` hash of its bytes, worked out once per rubric rather than
    /// once per submission.
    let hashes: [UInt64]
    /// For each of ``paths``, the position of its parent in ``paths``; nil for the roots of the two trees (the
    /// empty path and `stated`), which are looked up.
    let parents: [Int?]
    /// For each declared fact, by its position in the rubric's `facts`, the position of its parent in ``paths``;
    /// nil for a path the tree does not read by its index (not canonical), the empty path and `stated`, which
    /// are placed as written.
    let parentOfFact: [Int?]
    /// For each declared fact, its last segment, which names it in its parent (empty where it has none).
    let nameOfFact: [String]

    init(factPaths: [String]) {
        var paths: [String] = []
        var parents: [Int?] = []
        var positionOfPath: [String: Int] = [:]
        // A container's position, its parents put in first.
        func position(of path: String) -> Int {
            if let position = positionOfPath[path] { return position }
            let parent = Self.parent(of: path).map(position(of:))
            positionOfPath[path] = paths.count
            paths.append(path)
            parents.append(parent)
            return paths.count - 1
        }
        parentOfFact = factPaths.map { path in
            guard SubmissionTree.isCanonical(path) else { return nil }
            return Self.parent(of: path).map(position(of:))
        }
        nameOfFact = zip(factPaths, parentOfFact).map { path, parent in
            guard parent != nil else { return "" }
            guard let dot = path.utf8.lastIndex(of: UInt8(ascii: ".")) else { return path }
            return String(path[path.utf8.index(after: dot)...])
        }
        self.paths = paths
        hashes = paths.map { ContainerIndex.hash(of: $0.utf8) }
        self.parents = parents
    }

    /// The container `path` lies in, as the tree reads it; nil for the roots of the two trees.
    private static func parent(of path: String) -> String? {
        guard !path.isEmpty, path != "stated" else { return nil }
        guard let dot = path.utf8.lastIndex(of: UInt8(ascii: ".")) else { return "" }
        return String(path[..<dot])
    }
}

/// What a submission holds at one of the containers of ``FactPathParents``.
enum ContainerPlace: Sendable {
    /// Nothing beneath it (it is absent, or a figure): every path below it is absent, and this section, that of
    /// the deepest container on the way, applies there.
    case empty(section: String?)
    /// A mapping or list, at this position of the submission tree's index.
    case indexed(Int)
}

/// A rubric's ``FactPathParents``, made the first time a submission is scored and kept for the rest of the batch.
///
/// A rubric is shared by the threads of a batch, so the first of them to need the table makes it under a lock.
/// The rubric replaces it whenever its facts change.
final class RubricFactPathParents: Sendable {
    private let made = MadeOnce<FactPathParents>()

    func table(of rubric: Rubric) -> FactPathParents {
        made.value { FactPathParents(factPaths: rubric.facts.map(\.path)) }
    }
}
