/// One cell of a form's table as the document prints it, with the place it starts at.
struct FormCell: Sendable, Equatable {
    /// The cell's text, blanks around it trimmed.
    var text: String
    var line: Int
    /// 1-based character column of the cell's first character in its line.
    var column: Int

    var isEmpty: Bool { text.isEmpty }
    /// The text without blanks, for matching words printed with spaces or line breaks inside (“年度 指标值”).
    var compact: String { FormWords.compact(text) }
}

/// A row of a form's table: cells by column, wherever the row came from (a tab-separated line, or cells printed
/// one per line).
struct FormRow: Sendable {
    var cells: [FormCell]
    /// Every line the row's cells stand on.
    var lines: [Int]
    /// Set when the row was cut from cells that could not be placed under a header: why it is not read.
    var unreadReason: String?

    var line: Int { lines.first ?? 0 }

    /// The non-empty cell at `index`, if any.
    func cell(_ index: Int?) -> FormCell? {
        guard let index, index >= 0, index < cells.count, !cells[index].isEmpty else { return nil }
        return cells[index]
    }

    /// The first non-empty cell: the row's label.
    var label: FormCell? { cells.first { !$0.isEmpty } }

    /// The first non-empty cell after the one at `index`.
    func next(after index: Int) -> FormCell? {
        cells.indices.first { $0 > index && !cells[$0].isEmpty }.map { cells[$0] }
    }

    /// Reads a tab-separated line: each cell trimmed, its column kept.
    init(tabLine line: String, number: Int) {
        var cells: [FormCell] = []
        var column = 1
        for part in line.split(separator: "\t", omittingEmptySubsequences: false) {
            let raw = String(part)
            let leading = raw.prefix { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{3000}" }.count
            cells.append(FormCell(text: raw.trimmingBlanks(), line: number, column: column + leading))
            column += raw.count + 1
        }
        self.cells = cells
        self.lines = [number]
    }

    /// A row rebuilt from cells printed one per line; `lines` are all the lines its cells stand on.
    init(cells: [FormCell], lines: [Int], unreadReason: String? = nil) {
        self.cells = cells
        self.lines = lines.isEmpty ? Array(Set(cells.map(\.line)).filter { $0 > 0 }).sorted() : lines
        self.unreadReason = unreadReason
    }
}

/// What a form reader goes through: table rows, and the lines of text between them.
enum FormItem: Sendable {
    case row(FormRow)
    case text(line: Int, text: String)
}
