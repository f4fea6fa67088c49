/// A tolerant tag stripper for HTML as government sites publish it: scripts, styles and comments dropped, block
/// elements and <br> end a line, table cells of a row joined by tabs, entities decoded. It never fails.
///
/// A row keeps the table's grid, so that a cell's index is its column in every row (a form's figures stay under
/// their header words): a cell with `colspan` is followed by empty cells for the columns it covers, and a column
/// a `rowspan` cell above still occupies is an empty cell. Paragraphs and breaks inside a cell are blanks, not
/// line ends, and a table inside a cell is read as that cell's text.
enum HTMLText {
    static let blockTags: Set<String> = ["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
                                         "article", "ul", "ol", "dd", "dt", "blockquote", "pre", "hr", "title", "tbody", "thead"]
    static let skippedTags: Set<String> = ["script", "style", "noscript", "head", "template", "svg"]

    /// The grid of the table being read: which columns cells from rows above still occupy, and where the row is.
    private struct TableGrid {
        /// Column → rows still covered by a `rowspan` cell above.
        var covered: [Int: Int] = [:]
        /// Columns covered in the current row.
        var coveredNow: Set<Int> = []
        var column = 0
        /// Columns the open cell spans, or nil outside a cell.
        var openCellSpan: Int?

        mutating func startRow() {
            coveredNow = Set(covered.keys)
            for key in covered.keys {
                covered[key]! -= 1
                if covered[key]! <= 0 { covered[key] = nil }
            }
            column = 0
            openCellSpan = nil
        }
    }

    static func lines(of html: String) -> [String] {
        let c = Array(html.unicodeScalars)
        var lines: [String] = []
        var current = ""
        var i = 0
        var tables: [TableGrid] = []
        /// Tables opened inside a cell: their tags are the cell's text.
        var innerTables = 0
        func endLine() {
            let t = current.trimmingBlanks()
            if !t.isEmpty { lines.append(t) }
            current = ""
        }
        func closeCell() {
            guard let span = tables.last?.openCellSpan else { return }
            current += String(repeating: "\t", count: span)
            tables[tables.count - 1].column += span
            tables[tables.count - 1].openCellSpan = nil
        }
        var inCell: Bool { tables.last?.openCellSpan != nil }
        // A paragraph or break inside a cell: one blank between its words.
        func blank() { if let last = current.last, last != " ", last != "\t" { current += " " } }
        while i < c.count {
            if c[i] == "<" {
                // Comments.
                if i + 3 < c.count, c[i + 1] == "!", c[i + 2] == "-", c[i + 3] == "-" {
                    i = indexAfter("-->", in: c, from: i + 4)
                    continue
                }
                let close = c[(i + 1)...].firstIndex(of: ">") ?? c.count
                let inner = String(String.UnicodeScalarView(c[(i + 1)..<min(close, c.count)]))
                let closing = inner.hasPrefix("/")
                let name = inner.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
                i = min(close + 1, c.count)
                if !closing, skippedTags.contains(name) {
                    i = indexAfter("</\(name)", in: c, from: i, caseInsensitive: true)
                    if let gt = c[min(i, c.count)...].firstIndex(of: ">") { i = gt + 1 }
                    continue
                }
                if innerTables > 0 {
                    if name == "table" { innerTables += closing ? -1 : 1 }
                    if blockTags.contains(name) || name == "td" || name == "th" { blank() }
                    continue
                }
                switch (name, closing) {
                case ("table", false) where inCell:
                    innerTables = 1
                    blank()
                case ("table", false):
                    endLine()
                    tables.append(TableGrid())
                case ("table", true):
                    closeCell()
                    endLine()
                    if !tables.isEmpty { tables.removeLast() }
                case ("tr", false):
                    closeCell()
                    endLine()
                    if !tables.isEmpty { tables[tables.count - 1].startRow() }
                case ("tr", true):
                    closeCell()
                    endLine()
                case ("td", false), ("th", false):
                    guard !tables.isEmpty else { continue }
                    closeCell()
                    var grid = tables[tables.count - 1]
                    while grid.coveredNow.contains(grid.column) {
                        current += "\t"
                        grid.column += 1
                    }
                    let columns = attribute("colspan", in: inner, limit: 100)
                    let rows = attribute("rowspan", in: inner, limit: 1000)
                    if rows > 1 {
                        for k in grid.column..<(grid.column + columns) { grid.covered[k] = max(grid.covered[k] ?? 0, rows - 1) }
                    }
                    grid.openCellSpan = columns
                    tables[tables.count - 1] = grid
                case ("td", true), ("th", true):
                    closeCell()
                default:
                    if blockTags.contains(name) {
                        if inCell { blank() } else { endLine() }
                    }
                }
                continue
            }
            if c[i] == "&" {
                let (text, next) = entity(c, at: i)
                current += text
                i = next
                continue
            }
            if c[i] == "\n" || c[i] == "\r" || c[i] == "\t" {
                current += " "
            } else {
                current.unicodeScalars.append(c[i])
            }
            i += 1
        }
        endLine()
        return lines.map { $0.replacingTabRuns() }
    }

    /// A span attribute of a tag (`colspan="2"`, `ROWSPAN=3`) within 1…limit; 1 when absent or unreadable.
    static func attribute(_ name: String, in tag: String, limit: Int) -> Int {
        let lower = tag.lowercased()
        guard let r = lower.range(of: name) else { return 1 }
        var rest = lower[r.upperBound...].drop { $0 == " " }
        guard rest.first == "=" else { return 1 }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
        guard let n = Int(rest.prefix { $0.isASCII && $0.isNumber }), n >= 1 else { return 1 }
        return min(n, limit)
    }

    private static func indexAfter(_ marker: String, in c: [Unicode.Scalar], from start: Int, caseInsensitive: Bool = false) -> Int {
        let m = Array(marker.unicodeScalars)
        var i = start
        while i + m.count <= c.count {
            var same = true
            for k in 0..<m.count {
                let a = c[i + k], b = m[k]
                if a != b && !(caseInsensitive && String(a).lowercased() == String(b).lowercased()) { same = false; break }
            }
            if same { return i + m.count }
            i += 1
        }
        return c.count
    }

    static let named: [String: String] = ["nbsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
                                          "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "mdash": "—", "ndash": "–",
                                          "hellip": "…", "middot": "·", "times": "×", "ensp": " ", "emsp": " ", "yen": "¥"]

    private static func entity(_ c: [Unicode.Scalar], at i: Int) -> (String, Int) {
        var k = i + 1
        while k < c.count, k - i <= 10, c[k] != ";", c[k] != "&", c[k] != " " { k += 1 }
        guard k < c.count, c[k] == ";" else { return ("&", i + 1) }
        let body = String(String.UnicodeScalarView(c[(i + 1)..<k]))
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            if let value, let scalar = Unicode.Scalar(value) { return (String(Character(scalar)), k + 1) }
            return ("&", i + 1)
        }
        if let text = named[body.lowercased()] { return (text, k + 1) }
        return ("&", i + 1)
    }
}

extension String {
    func trimmingBlanks() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\u{00A0}" || f == "\u{3000}" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\u{00A0}" || l == "\u{3000}" || l == "\t" { s = s.dropLast() }
        return String(s)
    }

    /// Cells around tabs trimmed, so a row reads “label<TAB>1<TAB>2”.
    func replacingTabRuns() -> String {
        guard contains("\t") else { return self }
        return split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingBlanks() }.joined(separator: "\t")
    }
}
