/// A plain-text table that lines up Chinese text: CJK characters take two columns on a terminal.
struct TextTable {
    enum Alignment { case left, right }

    var headers: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []
    /// Columns wider than this wrap onto following lines.
    var maxWidths: [Int?]
    var style = TextStyle()
    /// With a terminal width: the column (the reasons) that takes the room left and wraps within it.
    var flexibleColumn: Int?
    /// With a terminal width: a table still too wide is split into pages of columns, each repeating this many
    /// leading columns (a matrix with one column per department).
    var repeatedColumns: Int?

    init(headers: [String], alignments: [Alignment], maxWidths: [Int?]? = nil, style: TextStyle = TextStyle(),
         flexibleColumn: Int? = nil, repeatedColumns: Int? = nil) {
        self.headers = headers
        self.alignments = alignments
        self.maxWidths = maxWidths ?? headers.map { _ in nil }
        self.style = style
        self.flexibleColumn = flexibleColumn
        self.repeatedColumns = repeatedColumns
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    func render() -> String { renderLines().joined(separator: "\n") }

    /// The table's lines. Cells are cleaned for the terminal first (see ``TerminalText``), so a line break or an
    /// escape sequence in a name cannot break the grid or forge a line.
    func renderLines() -> [String] {
        guard let width = style.width else { return lines(maxWidths) }
        var limits = maxWidths
        if let flexible = flexibleColumn {
            // The other columns at their natural width; the flexible one gets what is left (at least 10).
            var others = 0
            for index in headers.indices where index != flexible {
                others += columnWidth(index, limit: limits[index])
            }
            let separators = 3 * (headers.count - 1)
            var room = width - others - separators
            // Still too narrow: the first column (the names) gives up width too, down to 12.
            if room < 16, flexible != 0 {
                let first = columnWidth(0, limit: limits[0])
                let shrink = min(first - 12, 16 - room)
                if shrink > 0 { limits[0] = first - shrink; room += shrink }
            }
            limits[flexible] = max(10, room)
        }
        let whole = lines(limits)
        guard let repeated = repeatedColumns, (whole.map(Self.displayWidth).max() ?? 0) > width,
              headers.count > repeated + 1 else { return whole }
        return pages(width: width, repeated: repeated, limits: limits)
    }

    /// The table split into pages of columns that fit `width`, each repeating the first `repeated` columns.
    private func pages(width: Int, repeated: Int, limits: [Int?]) -> [String] {
        let fixedWidth = (0..<repeated).reduce(0) { $0 + columnWidth($1, limit: limits[$1]) + 3 }
        var pages: [[Int]] = []
        var current: [Int] = []
        var used = fixedWidth
        for index in repeated..<headers.count {
            let columnWidth = columnWidth(index, limit: limits[index]) + 3
            if !current.isEmpty && used + columnWidth > width {
                pages.append(current)
                current = []
                used = fixedWidth
            }
            current.append(index)
            used += columnWidth
        }
        if !current.isEmpty { pages.append(current) }
        var output: [String] = []
        for (number, page) in pages.enumerated() {
            let columns = Array(0..<repeated) + page
            var table = TextTable(headers: columns.map { headers[$0] }, alignments: columns.map { alignments[$0] },
                                  maxWidths: columns.map { limits[$0] }, style: TextStyle(ascii: style.ascii))
            table.rows = rows.map { row in columns.map { row[$0] } }
            if number > 0 { output.append("") }
            output.append("（续表 \(number + 1)/\(pages.count)）")
            output += table.lines(table.maxWidths)
        }
        return output
    }

    /// A column's width once its cells are wrapped at `limit`.
    private func columnWidth(_ index: Int, limit: Int?) -> Int {
        ([headers] + rows).map { row in
            Self.wrap(TerminalText.line(row[index]), width: limit).map(Self.displayWidth).max() ?? 0
        }.max() ?? 0
    }

    private func lines(_ limits: [Int?]) -> [String] {
        let wrapped = ([headers] + rows).map { row in
            row.enumerated().map { index, cell in
                let clean = TerminalText.line(cell)
                return Self.wrap(style.ascii ? TerminalText.unambiguous(clean) : clean, width: limits[index])
            }
        }
        var widths = headers.map { _ in 0 }
        for row in wrapped {
            for (index, lines) in row.enumerated() {
                widths[index] = max(widths[index], lines.map(Self.displayWidth).max() ?? 0)
            }
        }
        let (horizontal, cross, vertical) = style.ascii ? ("-", "-+-", " | ") : ("─", "─┼─", " │ ")
        let rule = widths.map { String(repeating: horizontal, count: $0) }.joined(separator: cross)
        var output: [String] = []
        for (rowIndex, row) in wrapped.enumerated() {
            let height = row.map(\.count).max() ?? 1
            for line in 0..<height {
                let cells = row.enumerated().map { index, lines in
                    pad(line < lines.count ? lines[line] : "", to: widths[index], alignment: alignments[index])
                }
                output.append(cells.joined(separator: vertical).trimmingTrailingSpaces())
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
