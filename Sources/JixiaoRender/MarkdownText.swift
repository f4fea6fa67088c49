/// Untrusted text (department names, anything a submission or rubric says) placed in Markdown.
///
/// It must stay text: no raw HTML (`<script>`, `<img onerror>`), no links or images (`[x](javascript:…)`),
/// no emphasis or code that changes what is shown, no line break that starts a new block or row. So control
/// characters go (as on a terminal), and every character Markdown could act on is backslash-escaped
/// (CommonMark renders an escaped ASCII punctuation mark as itself).
enum MarkdownText {
    /// Text for a line or a table cell; `|` is escaped too, so it cannot end a cell.
    static func cell(_ text: String) -> String {
        let clean = TerminalText.line(text)
        // Byte by byte: every character escaped is ASCII, and reports hold thousands of cells.
        guard clean.utf8.contains(where: { escapedBytes[Int($0)] }) else { return escapingBlockStart(clean) }
        var output: [UInt8] = []
        output.reserveCapacity(clean.utf8.count + 8)
        for byte in clean.utf8 {
            if escapedBytes[Int(byte)] { output.append(UInt8(ascii: "\\")) }
            output.append(byte)
        }
        return escapingBlockStart(String(decoding: output, as: UTF8.self))
    }

    /// The ASCII characters Markdown acts on inside a line: \\ ` * _ [ ] < > | ~.
    private static let escapedBytes: [Bool] = (0..<256).map { byte in
        byte < 0x80 && "\\`*_[]<>|~".utf8.contains(UInt8(byte))
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
        // Every marker is ASCII: a line that starts with Chinese text starts no block.
        guard let firstByte = text.utf8.first, firstByte < 0x80, let first = text.first else { return text }
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
