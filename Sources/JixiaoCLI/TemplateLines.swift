/// Lines of generated YAML with trailing comments aligned within each run of commented lines, so a long
/// template stays readable. Widths count CJK characters as two columns, as a terminal or editor shows them.
struct TemplateLines {
    private var lines: [(code: String, comment: String?)] = []
    /// Comments start at most this far right; a longer line gets its comment two columns after it.
    private let maximumColumn = 44

    mutating func line(_ code: String, _ comment: String? = nil) {
        lines.append((code, comment))
    }

    /// A whole-line comment.
    mutating func comment(_ text: String) {
        lines.append(("# " + text, nil))
    }

    mutating func blank() {
        lines.append(("", nil))
    }

    var text: String {
        var result = ""
        var index = 0
        while index < lines.count {
            guard lines[index].comment != nil else {
                result += lines[index].code + "\n"
                index += 1
                continue
            }
            var end = index
            while end < lines.count, lines[end].comment != nil { end += 1 }
            let widest = lines[index..<end].map { Self.width($0.code) }.filter { $0 + 2 <= maximumColumn }.max() ?? 0
            for (code, comment) in lines[index..<end] {
                let padding = max(2, widest + 2 - Self.width(code))
                result += code + String(repeating: " ", count: padding) + "# " + (comment ?? "") + "\n"
            }
            index = end
        }
        return result
    }

    static func width(_ text: String) -> Int {
        // General punctuation (“ ” … —) is narrow in most editors' fonts; CJK and full-width forms are wide.
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 && !(0x2000...0x206F).contains($1.value) ? 2 : 1) }
    }
}
