/// A position in a YAML source file, as shown to the user.
///
/// `line` and `column` are 1-based. `column` counts Unicode scalars, not bytes, so a
/// position after Chinese text points at the right character in any editor.
///
/// The file is held as its number in ``SourceFileNames``: every node of a YAML tree has a location, and a
/// String in each made every copy of a node retain and release it.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The path exactly as the caller gave it.
    public var file: String {
        get { SourceFileNames.shared.name(numbered: fileNumber) }
        set { fileNumber = SourceFileNames.shared.number(of: newValue) }
    }
    /// 1-based line number.
    public var line: Int
    /// 1-based column, counted in Unicode scalars.
    public var column: Int
    private var fileNumber: Int

    public init(file: String, line: Int, column: Int) {
        self.init(fileNumber: SourceFileNames.shared.number(of: file), line: line, column: column)
    }

    /// A location in the file numbered `fileNumber` by ``SourceFileNames``, for a loader that makes many.
    init(fileNumber: Int, line: Int, column: Int) {
        self.fileNumber = fileNumber
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the form compilers and editors understand.
    public var description: String { "\(file):\(line):\(column)" }
}
