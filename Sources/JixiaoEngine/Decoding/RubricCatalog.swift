import Foundation
import JixiaoYAML

/// Finds rubrics by id or path and loads each one once, however many submissions use it.
public final class RubricCatalog: @unchecked Sendable {
    /// Folders searched for `<id>.yaml`, in order.
    public let searchDirectories: [String]
    private let loader: RubricLoader
    private let lock = NSLock()
    private var loaded: [String: Result<Rubric, DiagnosticError>] = [:]
    /// The file each id was found in: a batch names the same ids in every submission, and looking in the folders
    /// again would cost file-system calls per submission for the answer the first one got.
    private var pathOfId: [String: String] = [:]

    public init(searchDirectories: [String], loader: RubricLoader = RubricLoader()) {
        self.searchDirectories = searchDirectories
        self.loader = loader
    }

    /// `reference` is a path (contains "/" or ends in .yaml/.yml) or an id looked up as `<dir>/<id>.yaml`.
    public func rubric(_ reference: String, requestedAt location: SourceLocation? = nil) throws(DiagnosticError) -> Rubric {
        let path: String
        do {
            path = try resolve(reference, requestedAt: location)
        } catch {
            if reference == Rubric.checksOnlyId { return Rubric.builtInChecksOnly }
            throw error
        }
        lock.lock()
        defer { lock.unlock() }
        if let cached = loaded[path] { return try cached.get() }
        let result: Result<Rubric, DiagnosticError>
        do {
            let rubric = try loader.load(contentsOf: path)
            if !Self.isPath(reference), rubric.id != reference {
                result = .failure(DiagnosticError(Diagnostic(
                    location: SourceLocation(file: path, line: 1, column: 1), path: "id",
                    message: "文件中的规则标识是“\(rubric.id)”，与引用的“\(reference)”不一致")))
            } else {
                result = .success(rubric)
            }
        } catch {
            result = .failure(error)
        }
        loaded[path] = result
        return try result.get()
    }

    /// Whether a rubric reference is a file path rather than an id (ids never hold a path separator).
    public static func isPath(_ reference: String) -> Bool {
        // Byte searches: Foundation's `contains(_: String)` costs tens of thousands of instructions a call, and
        // this is asked for every rubric of every submission of a batch.
        reference.utf8.contains(UInt8(ascii: "/")) || reference.utf8.contains(UInt8(ascii: "\\"))
            || reference.hasSuffix(".yaml") || reference.hasSuffix(".yml") || reference == "." || reference == ".."
    }

    private func resolve(_ reference: String, requestedAt location: SourceLocation?) throws(DiagnosticError) -> String {
        if Self.isPath(reference) { return reference }
        if let known = lock.withLock({ pathOfId[reference] }) { return known }
        for directory in searchDirectories {
            for fileExtension in ["yaml", "yml"] {
                let candidate = "\(directory)/\(reference).\(fileExtension)"
                if FileManager.default.fileExists(atPath: candidate) {
                    lock.withLock { pathOfId[reference] = candidate }
                    return candidate
                }
            }
        }
        let known = searchDirectories.flatMap { directory in
            ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
                .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }
        }
        throw DiagnosticError(Diagnostic(
            location: location ?? SourceLocation(file: "<命令行>", line: 1, column: 1), path: "rubrics",
            message: "找不到规则“\(reference)”（已查找：\(searchDirectories.joined(separator: "、"))）",
            hint: Suggestion.didYouMean(reference, among: known)))
    }
}
