/// How text output is laid out for the terminal it goes to.
public struct TextStyle: Sendable {
    /// Columns available; nil keeps the fixed widths of a file or pipe (24-column names, 60-column reasons).
    public var width: Int?
    /// Rules drawn with `-`, `+` and `|` instead of box-drawing characters, which terminals set up for
    /// East Asian text draw two columns wide and so break the alignment.
    public var ascii: Bool
    /// Show what the plain reasons leave out: the checks' expressions and the fact paths of missing data.
    public var explain: Bool

    public init(width: Int? = nil, ascii: Bool = false, explain: Bool = false) {
        self.width = width.map { max($0, 40) }
        self.ascii = ascii
        self.explain = explain
    }

    /// Each line cleaned for the terminal (see ``TerminalText``) and, with a width, wrapped to it; a wrapped
    /// line's continuation keeps its indentation. Table lines already fit and pass unchanged.
    func finish(_ lines: [String]) -> [String] {
        let cleaned = lines.map(TerminalText.line)
        guard let width else { return cleaned }
        return cleaned.flatMap { line -> [String] in
            guard TextTable.displayWidth(line) > width else { return [line] }
            let indent = String(line.prefix { $0 == " " })
            let body = String(line.dropFirst(indent.count))
            let wrapped = TextTable.wrap(body, width: max(width - indent.count - 2, 20))
            return wrapped.enumerated().map { index, part in indent + (index == 0 ? "" : "  ") + part }
        }
    }
}
