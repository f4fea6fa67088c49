/// Markdown tables (`| 合计 | 3 | 1.71 |`) as tab-separated rows, like every other reader gives tables; the
/// `|---|` rule becomes an empty line so that line numbers stay the document's.
enum MarkdownTables {
    static func converted(_ document: DocumentText) -> DocumentText {
        var out = document
        out.lines = document.lines.map { line in
            let t = line.trimmingBlanks()
            guard t.count >= 2, t.hasPrefix("|"), t.hasSuffix("|") else { return line }
            let cells = t.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false)
                .map { String($0).trimmingBlanks() }
            if cells.allSatisfy({ !$0.isEmpty && $0.allSatisfy { "-:".contains($0) } }) { return "" }
            return cells.joined(separator: "\t")
        }
        return out
    }
}
