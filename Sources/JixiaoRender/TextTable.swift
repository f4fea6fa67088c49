/// A plain-text table that lines up Chinese text: CJK characters take two columns on a terminal.
struct TextTable {
    enum Alignment { case left, right }

    var headers: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []
    /// Columns wider than this wrap onto following lines.
    var maxWidths: [Int?]

    init(headers: [String], alignments: [Alignment], maxWidths: [Int?]? = nil) {
        self.headers = headers
        self.alignments = alignments
        self.maxWidths = maxWidths ?? headers.map { _ in nil }
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    func render() -> String { renderLines().joined(separator: "\n") }

    /// The table's lines. Cells are cleaned for the terminal first (see ``TerminalText``), so a line break or an
    /// escape sequence in a name cannot break the grid or forge a line.
    func renderLines() -> [String] {
        let wrapped = ([headers] + rows).map { row in
            row.enumerated().map { index, cell in Self.wrap(TerminalText.line(cell), width: maxWidths[index]) }
        }
        var widths = headers.map { _ in 0 }
        for row in wrapped {
            for (index, lines) in row.enumerated() {
                widths[index] = max(widths[index], lines.map(Self.displayWidth).max() ?? 0)
            }
        }
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "─┼─")
        var output: [String] = []
        for (rowIndex, row) in wrapped.enumerated() {
            let height = row.map(\.count).max() ?? 1
            for line in 0..<height {
                let cells = row.enumerated().map { index, lines in
                    pad(line < lines.count ? lines[line] : "", to: widths[index], alignment: alignments[index])
                }
                output.append(cells.joined(separator: " │ ").trimmingTrailingSpaces())
            }
            if rowIndex == 0 { output.append(rule) }
        }
        return output
    }

    private func pad(_ text: String, to width: Int, alignment: Alignment) -> String {
        let fill = String(repeating: " ", count: max(0, width - Self.displayWidth(text)))
        return alignment == .left ? text + fill : fill + text
    }

    /// Terminal columns: East Asian wide and full-width characters count two.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
    }

    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Breaks text into lines of at most `width` columns, never inside a number or an English word
    /// (unless it is longer than a whole line), and never starting a line with closing punctuation.
    static func wrap(_ text: String, width: Int?) -> [String] {
        guard let width, displayWidth(text) > width else { return [text] }
        var lines: [String] = []
        var current = ""
        for token in tokens(text) {
            if displayWidth(current + token) <= width {
                current += token
                continue
            }
            if !current.isEmpty { lines.append(current) }
            current = ""
            var rest = token
            while displayWidth(rest) > width {
                let head = prefix(of: rest, width: width)
                lines.append(head)
                rest = String(rest.dropFirst(head.count))
            }
            current = rest == " " ? "" : rest
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// Runs of ASCII letters, digits and number punctuation stay together; closing punctuation sticks to what precedes it.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        for character in text {
            let isWordPart = character.isASCII && (character.isLetter || character.isNumber || "._%+-/×".contains(character))
            let isClosing = "，。；：、）】」》”’,.;:)%".contains(character)
            if let last = tokens.last, let lastCharacter = last.last,
               isClosing || (isWordPart && lastCharacter.isASCII
                             && (lastCharacter.isLetter || lastCharacter.isNumber || "._%+-/×".contains(lastCharacter))) {
                tokens[tokens.count - 1].append(character)
            } else {
                tokens.append(String(character))
            }
        }
        return tokens
    }

    private static func prefix(of text: String, width: Int) -> String {
        var result = ""
        for character in text {
            if displayWidth(result + String(character)) > width { break }
            result.append(character)
        }
        return result.isEmpty ? String(text.prefix(1)) : result
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
