import JixiaoYAML

/// Loads exactly one document from `text` as if it came from `test.yaml`.
func loadYAML(_ text: String, limits: YAMLLimits = .default) throws(YAMLError) -> Node {
    try YAMLLoader(limits: limits).load(bytes: Array(text.utf8), file: "test.yaml")
}

/// The error loading `bytes` produces, or `nil` if it loads.
func loadError(_ bytes: [UInt8], limits: YAMLLimits = .default) -> YAMLError? {
    do {
        _ = try YAMLLoader(limits: limits).loadAll(bytes: bytes, file: "test.yaml")
        return nil
    } catch {
        return error
    }
}

/// The error loading `text` as one document produces, or `nil` if it loads.
func loadError(_ text: String, limits: YAMLLimits = .default) -> YAMLError? {
    do {
        _ = try loadYAML(text, limits: limits)
        return nil
    } catch {
        return error
    }
}

/// Shorthand for the expected location in `test.yaml`.
func at(_ line: Int, _ column: Int) -> SourceLocation {
    SourceLocation(file: "test.yaml", line: line, column: column)
}
