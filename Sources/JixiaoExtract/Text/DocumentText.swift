/// A document as lines of text, numbered as the user sees them (1-based), whatever format it came from.
public struct DocumentText: Sendable {
    /// The name shown in messages (the path as given).
    public var name: String
    public var lines: [String]
    /// What the lines were read from, for the summary (“UTF-8 文本”, “GB18030 文本”, “HTML”, “Word 文档” …).
    public var format: String

    public init(name: String, lines: [String], format: String) {
        self.name = name
        self.lines = lines
        self.format = format
    }

    /// Splits text into lines on LF, CRLF and CR.
    public init(name: String, text: String, format: String) {
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        self.init(name: name, lines: unified.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
                  format: format)
    }
}
