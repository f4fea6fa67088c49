import JixiaoYAML

/// One problem found in a rubric or a submission, pointing at the exact place.
///
/// Every error a user can cause carries the file, line and column, the path inside the
/// document (`groups[0].indicators[2].points`), what was expected, and where it helps a hint.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public var location: SourceLocation
    /// Path inside the document, e.g. `facts.t01.income.total` or `groups[1].indicators[0].method`.
    public var path: String
    /// What is wrong, in Chinese.
    public var message: String
    /// A suggestion, e.g. "是否想用“adjusted”？".
    public var hint: String?

    public init(location: SourceLocation, path: String, message: String, hint: String? = nil) {
        self.location = location
        self.path = path
        self.message = message
        self.hint = hint
    }

    public var description: String {
        var text = "\(location): 错误："
        if !path.isEmpty { text += "\(path)：" }
        text += message
        if let hint { text += "（提示：\(hint)）" }
        return text
    }
}

/// A failure made of one or more diagnostics; thrown when a rubric or submission cannot be used.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public init(_ diagnostic: Diagnostic) {
        self.diagnostics = [diagnostic]
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

extension DiagnosticError {
    /// Wraps a YAML-layer error so callers see one error type.
    init(_ error: YAMLError) {
        self.init(Diagnostic(location: error.location, path: "", message: error.message))
    }
}
