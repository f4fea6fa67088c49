/// Untrusted text (department names, anything a submission or rubric says) placed in Markdown.
///
/// It must stay text: no raw HTML (`<script>`, `<img onerror>`), no links or images (`[x](javascript:…)`),
/// no emphasis or code that changes what is shown, no line break that starts a new block or row. So control
/// characters go (as on a terminal), and every character Markdown could act on is backslash-escaped
/// (CommonMark renders an escaped ASCII punctuation mark as itself).
enum MarkdownText {
    /// Text for a line or a table cell; `|` is escaped too, so it cannot end a cell.
    static func cell(_ text: String) -> String {
        var output = ""
        let clean = TerminalText.line(text)
        output.reserveCapacity(clean.utf8.count)
        for character in clean {
            if "\\`*_[]<>|~".contains(character) { output.append("\\") }
            output.append(character)
        }
        return escapingBlockStart(output)
    }

    /// Text as a code span (a file path): fenced with more backticks than any run inside it, so it cannot end early.
    static func code(_ text: String) -> String {
        let clean = TerminalText.line(text)
        var longest = 0, run = 0
        for character in clean {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padding = clean.hasPrefix("`") || clean.hasSuffix("`") ? " " : ""
        return fence + padding + clean + padding + fence
    }

    /// At the start of a line, `> `, `# `, `- `, `+ `, `---`, `===` or `1. ` would make a quote, heading, list
    /// or rule. Figures such as "-0.25" or "90.00%" are left as they are.
    private static func escapingBlockStart(_ text: String) -> String {
        guard let first = text.first else { return text }
        let second = text.dropFirst().first
        let marker = second == nil || second == " " || second == first
        if first == ">" || ("#-+=".contains(first) && marker) { return "\\" + text }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        let rest = text.dropFirst(digits.count)
        if !digits.isEmpty, let after = rest.first, after == "." || after == ")",
           rest.dropFirst().first == nil || rest.dropFirst().first == " " {
            return digits + "\\" + rest
        }
        return text
    }
}
