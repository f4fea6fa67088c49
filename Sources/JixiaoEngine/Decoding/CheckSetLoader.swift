import Foundation
import JixiaoYAML

/// A reusable set of checks with the facts and metrics they read, included by rubrics through `check_sets:`.
struct CheckSet: Sendable {
    var id: String
    var location: SourceLocation
    var title: String
    /// The set applies only when this holds (e.g. the submission has the disclosure tables at all).
    var appliesWhen: SourcedExpression?
    var facts: [FactDeclaration]
    var metrics: [Metric]
    var checks: [Check]
    /// SHA-256 (hex) of the set's file, part of the including rubric's own.
    var sha256 = ""
}

/// Loads the check sets a rubric names, relative to the rubric's own folder.
struct CheckSetLoader {
    let sink: DiagnosticSink
    let limits: YAMLLimits
    let amountUnit: String

    /// The sets in the order named. They are read on several threads, each with its own diagnostics, which are
    /// reported here in the same order, so the messages do not depend on which thread finished first.
    func load(_ references: [(path: String, node: Node)], relativeTo rubricFile: String) -> [CheckSet] {
        let (limits, amountUnit) = (limits, amountUnit)
        let loaded = ConcurrentMap.map(references.count) { index in
            let sink = DiagnosticSink()
            let set = CheckSetLoader(sink: sink, limits: limits, amountUnit: amountUnit)
                .loadOne(references[index], relativeTo: rubricFile)
            return (set: set, diagnostics: sink.diagnostics)
        }
        for (_, diagnostics) in loaded { diagnostics.forEach(sink.report) }
        return loaded.compactMap(\.set)
    }

    private func loadOne(_ reference: (path: String, node: Node), relativeTo rubricFile: String) -> CheckSet? {
        let folder = URL(fileURLWithPath: rubricFile).deletingLastPathComponent()
        let path = reference.path.hasPrefix("/") ? reference.path
            : folder.appendingPathComponent(reference.path).path
        let display = reference.path.hasPrefix("/") ? reference.path
            : (rubricFile.contains("/") ? folder.relativePath + "/" + reference.path : reference.path)
        let bytes: [UInt8]
        switch FileReader.readAll(path: path, maxBytes: limits.maxBytes) {
        case .success(let read):
            bytes = read
        case .failure(.unreadable):
            sink.report(Diagnostic(location: reference.node.location, path: "check_sets",
                                   message: "找不到核对规则集“\(reference.path)”（按规则文件所在目录查找：\(path)）"))
            return nil
        case .failure(let failure):
            sink.report(Diagnostic(location: SourceLocation(file: display, line: 1, column: 1), path: "",
                                   message: failure.message(maxBytes: limits.maxBytes)))
            return nil
        }
        let document: YAMLDocument
        do throws(YAMLError) {
            document = try YAMLLoader(limits: limits).loadDocument(bytes: bytes, file: display)
        } catch {
            sink.report(Diagnostic(location: error.location, path: "", message: error.message))
            return nil
        }
        MergeKeys.report(in: document, sink: sink)
        var set = decode(document.root)
        set?.sha256 = SHA256.hex(of: bytes)
        return set
    }

    func decode(_ root: Node) -> CheckSet? {
        guard let top = MappingReader(root, path: "", sink: sink, what: "核对规则集") else { return nil }
        top.rejectUnknownKeys(allowed: ["id", "title", "description", "applies_when", "facts", "metrics", "checks"])
        let id = top.text("id", required: true, what: "规则集标识")
        let title = top.text("title") ?? id ?? ""
        let facts = FactDeclarationDecoder(sink: sink).decode(top.node("facts"), path: "facts")
        let metrics = MetricDecoder(sink: sink, amountUnit: amountUnit).decode(top.node("metrics"), path: "metrics")
        guard let id else { return nil }
        let appliesWhen = top.expression("applies_when")
        var checks = CheckDecoder(sink: sink, amountUnit: amountUnit, checkSet: id).decode(top.node("checks"), path: "checks")
        for index in checks.indices { checks[index].appliesWhen = appliesWhen }
        return CheckSet(id: id, location: root.location, title: title, appliesWhen: appliesWhen,
                        facts: facts, metrics: metrics, checks: checks)
    }
}
