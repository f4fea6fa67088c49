import JixiaoYAML

/// Finds nodes in a submission by dotted path; `stated.…` paths look in the `stated:` tree.
///
/// Every reachable mapping and list is indexed by its path once, when the tree is made: a submission is read at
/// the paths of every fact and check of every rubric, and walking down from the root for each read cost more than
/// the reading itself. A figure is then found in its parent. One tree serves all the rubrics a submission is
/// scored with.
final class SubmissionTree: Sendable {
    let submission: Submission
    /// Each mapping and list reachable by a canonical path, with the `section:` that applies there.
    private let containers: ContainerIndex

    init(submission: Submission) {
        self.submission = submission
        var containers = ContainerIndex()
        var prefix: [UInt8] = []
        if let facts = submission.facts {
            Self.index(facts, prefix: &prefix, inherited: nil, skippingStated: true, into: &containers)
        }
        if let stated = submission.stated {
            prefix = Array("stated".utf8)
            Self.index(stated, prefix: &prefix, inherited: nil, skippingStated: false, into: &containers)
        }
        self.containers = containers
    }

    var rootLocation: SourceLocation {
        submission.facts?.location ?? SourceLocation(file: submission.file, line: 1, column: 1)
    }

    func documentPath(of factPath: String) -> String {
        factPath.hasPrefix("stated.") ? factPath : "facts.\(factPath)"
    }

    func node(at path: String) -> Node? {
        place(of: path).node
    }

    /// The `section:` that applies at `path`: the nearest one on the way down from the root.
    func section(of path: String) -> String? {
        place(of: path).section
    }

    /// The node at `path` (nil when the path does not exist) and the `section:` that applies there; for a
    /// path that does not exist, the section of the deepest part of it that does.
    func place(of path: String) -> TreePlace {
        // Read once from the left, trying each prefix that ends at a dot: the deepest container on the way gives
        // the section, and when it is the path's parent, the figure is looked for in it.
        func indexed(_ bytes: UnsafeBufferPointer<UInt8>) -> TreePlace? {
            guard Self.isCanonical(bytes) else { return nil }
            return place(of: bytes, inStated: Self.namesStated(bytes))
        }
        let found = path.utf8.withContiguousStorageIfAvailable(indexed)
            ?? Array(path.utf8).withUnsafeBufferPointer(indexed)
        return found ?? placeByWalking(to: path)
    }

    /// What the submission holds at each of `table`'s containers: each is looked up once, and one below a
    /// container that holds nothing beneath it is not looked up at all.
    func places(of table: FactPathParents) -> [ContainerPlace] {
        var places: [ContainerPlace] = []
        places.reserveCapacity(table.paths.count)
        for (position, parent) in table.parents.enumerated() {
            // Found by the hash the table keeps: the path's bytes are only compared.
            func indexedPosition() -> Int? {
                table.paths[position].utf8.withContiguousStorageIfAvailable {
                    containers.position(of: $0[...], hash: table.hashes[position])
                } ?? containers.position(of: table.paths[position])
            }
            switch parent.map({ places[$0] }) {
            case .empty(let section):
                places.append(.empty(section: section))
            case .indexed(let parent):
                // Absent below an indexed parent: the parent is the deepest container on the way.
                places.append(indexedPosition().map(ContainerPlace.indexed) ?? .empty(section: containers.section(at: parent)))
            case nil:
                // A tree's root, indexed whenever the submission has that tree.
                places.append(indexedPosition().map(ContainerPlace.indexed) ?? .empty(section: nil))
            }
        }
        return places
    }

    /// ``place(of:)`` of the canonical path of the entry `name` in the container at `position` of the index (a
    /// ``ContainerPlace/indexed(_:)``); nil when that entry is itself a mapping or list, whose own `section:` may
    /// apply: its path is then looked up.
    func place(of name: String, inContainerAt position: Int) -> TreePlace? {
        var name = name
        // The container is read where the index keeps it: a copy of it, made and destroyed for every fact looked
        // for, cost more than the search.
        let node = name.withUTF8 { name in containers.withNode(at: position) { Self.child(of: $0, named: name[...]) } }
        // Keys are unique (the loader rejects duplicates), so an entry that is no mapping or list has no
        // container at its path in the index, and the container's section applies to it.
        if let node {
            guard case .scalar = node.content else { return nil }
        }
        return TreePlace(node: node, section: containers.section(at: position))
    }

    /// `stated` or `stated.…`: the path is in the `stated:` tree.
    private static func namesStated(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= statedWord.count, bytes.prefix(statedWord.count).elementsEqual(statedWord) else {
            return false
        }
        return bytes.count == statedWord.count || bytes[statedWord.count] == UInt8(ascii: ".")
    }

    private static let statedWord = Array("stated".utf8)

    private func place(of bytes: UnsafeBufferPointer<UInt8>, inStated: Bool) -> TreePlace {
        var deepest = inStated ? nil : containers.position(of: bytes[0..<0], hash: ContainerIndex.emptyHash)
        var deepestEnd = 0
        var hash = ContainerIndex.emptyHash
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") {
                guard let position = containers.position(of: bytes[..<index], hash: hash) else { break }
                deepest = position
                deepestEnd = index + 1
            }
            hash = ContainerIndex.hash(hash, adding: byte)
            index += 1
        }
        if index == bytes.count, let position = containers.position(of: bytes[...], hash: hash) {
            return TreePlace(node: containers.node(at: position), section: containers.section(at: position))
        }
        guard let deepest else { return TreePlace(node: nil, section: nil) }
        // The rest after the deepest container: one segment names a figure in it, more cannot exist.
        let rest = bytes[deepestEnd...]
        guard !rest.contains(UInt8(ascii: ".")) else { return TreePlace(node: nil, section: containers.section(at: deepest)) }
        return TreePlace(node: containers.withNode(at: deepest) { Self.child(of: $0, named: rest) },
                         section: containers.section(at: deepest))
    }

    /// The value of a mapping's key or a list's position (in plain decimal) named by one path segment, the
    /// container read where it lies.
    private static func child(of node: UnsafePointer<Node>, named name: UnsafeBufferPointer<UInt8>.SubSequence) -> Node? {
        switch node.pointee.content {
        case .mapping(let pairs):
            // Keys compared with the segment's bytes where they lie, pairs read through the array's storage: only
            // the value found is copied.
            let name = UnsafeBufferPointer(rebasing: name)
            return pairs.withUnsafeBufferPointer { pairs in
                for index in pairs.indices {
                    guard case .scalar(let key) = pairs[index].key.content, key.text.hasSameBytes(as: name) else {
                        continue
                    }
                    return pairs[index].value
                }
                return nil
            }
        case .sequence(let items):
            guard let position = Int(String(decoding: name, as: UTF8.self)) else { return nil }
            return items.indices.contains(position) ? items[position] : nil
        case .scalar:
            return nil
        }
    }

    /// Indexes `node` at `prefix` and everything below it. Keys holding a dot, empty keys and keys that are not
    /// scalars cannot be named by a dotted path, so nothing below them is indexed (nor found by the walk).
    private static func index(_ node: Node, prefix: inout [UInt8], inherited: String?, skippingStated: Bool,
                              into containers: inout ContainerIndex) {
        if case .scalar = node.content { return }
        let section = Self.section(in: node) ?? inherited
        containers.insert(path: prefix, node: node, section: section)
        let length = prefix.count
        defer { prefix.removeSubrange(length...) }
        switch node.content {
        case .mapping(let pairs):
            // Read in place: taking each pair out of the array copied both its nodes.
            for position in pairs.indices {
                // Figures are found in their parents: most pairs are passed over here.
                if case .scalar = pairs[position].value.content { continue }
                guard case .scalar(let key) = pairs[position].key.content, !key.text.utf8.isEmpty,
                      !key.text.utf8.contains(UInt8(ascii: ".")) else { continue }
                // `stated.…` paths are routed to the stated tree, so a `stated` key under facts is unreachable.
                if skippingStated && length == 0 && key.text.hasSameBytes(as: "stated") { continue }
                extend(&prefix, at: length, with: key.text.utf8)
                index(pairs[position].value, prefix: &prefix, inherited: section, skippingStated: false,
                      into: &containers)
            }
        case .sequence(let items):
            for position in items.indices {
                if case .scalar = items[position].content { continue }
                extend(&prefix, at: length, with: String(position).utf8)
                index(items[position], prefix: &prefix, inherited: section, skippingStated: false, into: &containers)
            }
        case .scalar:
            break
        }
    }

    private static func extend(_ prefix: inout [UInt8], at length: Int, with segment: String.UTF8View) {
        prefix.removeSubrange(length...)
        if length > 0 { prefix.append(UInt8(ascii: ".")) }
        prefix += segment
    }

    /// A path the index names as the walk would: no empty segment, and no list position written otherwise than
    /// in plain decimal (the walk also takes `01`, `+1` and `-0` for a position).
    static func isCanonical(_ path: String) -> Bool {
        var path = path
        return path.withUTF8(isCanonical)
    }

    static func isCanonical(_ path: UnsafeBufferPointer<UInt8>) -> Bool {
        // This runs for every fact and check of every submission: each segment is found by its dot, and only one
        // that starts with `+`, `0` or `-` is read further.
        guard !path.isEmpty else { return true }
        var start = 0
        while true {
            var end = start
            while end < path.count, path[end] != UInt8(ascii: ".") { end += 1 }
            guard end > start else { return false }
            if end - start > 1 {
                let rest = path[(start + 1)..<end]
                switch path[start] {
                case UInt8(ascii: "+"), UInt8(ascii: "0"):
                    if rest.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) { return false }
                case UInt8(ascii: "-"):
                    if rest.allSatisfy({ $0 == UInt8(ascii: "0") }) { return false }
                default:
                    break
                }
            }
            guard end < path.count else { return true }
            start = end + 1
        }
    }

    /// Walks down from the root segment by segment: the reading of paths the index does not name as written.
    func placeByWalking(to path: String) -> TreePlace {
        let segments = Self.segments(of: path)
        let chain = nodes(along: segments, root: path)
        let section = chain.reversed().lazy.compactMap { Self.section(in: $0) }.first
        return TreePlace(node: chain.count == segments.count + 1 ? chain.last : nil, section: section)
    }

    /// The nodes from the tree's root down the path, as far as the path exists.
    private func nodes(along segments: [String], root path: String) -> [Node] {
        let root = path.hasBytePrefix("stated.") || path == "stated" ? submission.stated : submission.facts
        guard var current = root else { return [] }
        var chain = [current]
        for segment in segments {
            let next: Node?
            if let index = Int(segment), let items = current.sequence {
                next = items.indices.contains(index) ? items[index] : nil
            } else {
                next = current[segment]
            }
            guard let next else { break }
            chain.append(next)
            current = next
        }
        return chain
    }

    /// The `section:` of a mapping. Looked for among scalar values only, which rules out most pairs of a big
    /// table without comparing keys.
    private static func section(in node: Node) -> String? {
        guard case .mapping(let pairs) = node.content else { return nil }
        // Read in place, as above.
        for position in pairs.indices {
            guard case .scalar(let value) = pairs[position].value.content,
                  case .scalar(let key) = pairs[position].key.content, key.text.hasSameBytes(as: "section")
            else { continue }
            return value.text
        }
        return nil
    }

    /// Path segments below the tree's root (`stated.` selects the tree and is not a segment).
    private static func segments(of path: String) -> [String] {
        var segments = path.utf8.split(separator: UInt8(ascii: ".")).map { String(decoding: $0, as: UTF8.self) }
        if segments.first == "stated" { segments.removeFirst() }
        return segments
    }

    /// Every leaf and branch path, for "did you mean" hints.
    var allPaths: [String] {
        var paths: [String] = []
        func walk(_ node: Node, prefix: String) {
            guard let pairs = node.pairs else { return }
            for pair in pairs {
                guard let key = pair.key.scalar?.text else { continue }
                let path = prefix.isEmpty ? key : "\(prefix).\(key)"
                paths.append(path)
                walk(pair.value, prefix: path)
            }
        }
        submission.facts.map { walk($0, prefix: "") }
        submission.stated.map { walk($0, prefix: "stated") }
        return paths
    }
}

/// A node found in a submission's tree by path (nil when the path does not exist), and the `section:` that applies
/// there.
// A struct, not a tuple: a tuple holding a node was destroyed through its run-time type metadata, which cost
// several times the release of its two fields, for every fact of every rubric looked up.
struct TreePlace {
    let node: Node?
    let section: String?
}
