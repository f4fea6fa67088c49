import Foundation
import JixiaoYAML

/// `extends: base.yaml`: a rubric written as another rubric with some parts replaced or added.
///
/// A department adds its own output and outcome indicators to the generic budget rubric this way instead of
/// copying it. The merge works on the node trees, so every error still points at the file and line it comes
/// from: scalars (id, title, total, policy …) of the extension win; `facts` and `metrics` are merged key by key;
/// a group of the extension replaces the base's group with the same id, in place, and new groups are appended;
/// `checks` and `findings` with the same id are replaced, others appended; `check_sets` are concatenated.
struct RubricExtension {
    let sink: DiagnosticSink
    let limits: YAMLLimits

    /// Longest chain of `extends` followed: a loop or a runaway chain stops here with an error.
    static let maximumDepth = 8

    /// The rubric's own node with every base merged in, and a hash that changes when any file of the chain does.
    func resolve(_ root: Node, file: String, sha256: String, chain: [String] = []) -> (root: Node, sha256: String) {
        guard let reference = root["extends"], let basePath = reference.scalar?.text else {
            if let reference = root["extends"] {
                sink.report(Diagnostic(location: reference.location, path: "extends", message: "extends 应为规则文件路径（如 dept-overall-100.yaml）"))
            }
            return (root, sha256)
        }
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        let path = basePath.hasPrefix("/") ? basePath : folder.appendingPathComponent(basePath).standardized.path
        let display = basePath.hasPrefix("/") || !file.contains("/") ? basePath : folder.relativePath + "/" + basePath
        guard !chain.contains(path), chain.count < Self.maximumDepth else {
            sink.report(Diagnostic(location: reference.location, path: "extends",
                                   message: "规则的 extends 形成循环或层级过深（\((chain + [path]).joined(separator: " → "))）"))
            return (root, sha256)
        }
        // Read with the size limit, like every input: a huge base file is refused before it is read.
        let data: [UInt8]
        switch FileReader.readAll(path: path, maxBytes: limits.maxBytes) {
        case .success(let bytes):
            data = bytes
        case .failure(.unreadable):
            sink.report(Diagnostic(location: reference.location, path: "extends",
                                   message: "找不到被扩展的规则文件“\(basePath)”（按规则文件所在目录查找）"))
            return (root, sha256)
        case .failure(let failure):
            sink.report(Diagnostic(location: SourceLocation(file: display, line: 1, column: 1), path: "",
                                   message: failure.message(maxBytes: limits.maxBytes)))
            return (root, sha256)
        }
        let baseRoot: Node
        do throws(YAMLError) {
            let document = try YAMLLoader(limits: limits).loadDocument(bytes: data, file: display)
            MergeKeys.report(in: document, sink: sink)
            baseRoot = document.root
        } catch {
            sink.report(Diagnostic(location: error.location, path: "", message: error.message))
            return (root, sha256)
        }
        let base = resolve(baseRoot, file: path, sha256: SHA256.hex(of: data), chain: chain + [path])
        let merged = merge(base: rebasedCheckSets(base.root, baseFile: path, into: file), extension: root)
        return (merged, SHA256.hex(of: Array((base.sha256 + sha256).utf8)))
    }

    private func merge(base: Node, extension overlay: Node) -> Node {
        guard var pairs = base.pairs, let overlayPairs = overlay.pairs else { return overlay }
        for pair in overlayPairs {
            guard let key = pair.key.scalar?.text, key != "extends" else { continue }
            guard let index = pairs.firstIndex(where: { $0.key.scalar?.text == key }) else {
                pairs.append(pair)
                continue
            }
            let old = pairs[index].value
            switch key {
            case "facts", "metrics": pairs[index].value = mergedMapping(old, pair.value)
            case "groups", "checks", "findings": pairs[index].value = mergedById(old, pair.value)
            case "check_sets": pairs[index].value = concatenated(old, pair.value)
            default: pairs[index] = pair
            }
        }
        return Node(content: .mapping(pairs), location: overlay.location, tag: overlay.tag)
    }

    private func mergedMapping(_ base: Node, _ overlay: Node) -> Node {
        guard var pairs = base.pairs, let added = overlay.pairs else { return overlay }
        for pair in added {
            if let index = pairs.firstIndex(where: { $0.key.scalar?.text == pair.key.scalar?.text }) {
                pairs[index] = pair
            } else {
                pairs.append(pair)
            }
        }
        return Node(content: .mapping(pairs), location: overlay.location)
    }

    private func mergedById(_ base: Node, _ overlay: Node) -> Node {
        guard var items = base.sequence, let added = overlay.sequence else { return overlay }
        for item in added {
            if let id = item["id"]?.scalar?.text, let index = items.firstIndex(where: { $0["id"]?.scalar?.text == id }) {
                items[index] = item
            } else {
                items.append(item)
            }
        }
        return Node(content: .sequence(items), location: overlay.location)
    }

    private func concatenated(_ base: Node, _ overlay: Node) -> Node {
        guard let items = base.sequence, let added = overlay.sequence else { return overlay }
        return Node(content: .sequence(items + added), location: overlay.location)
    }

    /// Check-set paths are relative to the file that names them: a base in another folder keeps its own.
    private func rebasedCheckSets(_ base: Node, baseFile: String, into file: String) -> Node {
        let baseFolder = URL(fileURLWithPath: baseFile).deletingLastPathComponent().standardized.path
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent().standardized.path
        guard baseFolder != folder, var pairs = base.pairs,
              let index = pairs.firstIndex(where: { $0.key.scalar?.text == "check_sets" }),
              let items = pairs[index].value.sequence else { return base }
        let rebased = items.map { item -> Node in
            guard let text = item.scalar?.text, !text.hasPrefix("/") else { return item }
            return Node(content: .scalar(Scalar(text: baseFolder + "/" + text, style: .plain)), location: item.location)
        }
        pairs[index].value = Node(content: .sequence(rebased), location: pairs[index].value.location)
        return Node(content: .mapping(pairs), location: base.location, tag: base.tag)
    }
}
