/// Text placed in a Markdown table cell: a "|" would end the cell and a line break the row.
enum MarkdownText {
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
