/// A position in a YAML source file, as shown to the user.
///
/// `line` and `column` are 1-based. `column` counts Unicode scalars, not bytes, so a
/// position after Chinese text points at the right character in any editor.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The path exactly as the caller gave it.
    public var file: String
    /// 1-based line number.
    public var line: Int
    /// 1-based column, counted in Unicode scalars.
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the form compilers and editors understand.
    public var description: String { "\(file):\(line):\(column)" }
}
