/// Whether a cell holds a figure of the kind a form field takes, as the submission format reads it (docs/forms.md):
/// an amount (`43.2`, `1,234.56`, `20万元`), a rate (`86%`, `100.00 %`), a score or weight (`9`, `22.5`, `10分`).
/// A cell that is not such a figure is never written into the field: the extraction says so instead.
enum FormFigureText {
    enum Kind { case amount, rate, score }

    static func isFigure(_ text: String, _ kind: Kind) -> Bool {
        var body = Substring(String(text.map(NormalizedLine.normalize)).filter { $0 != " " })
        switch kind {
        case .rate:
            guard body.hasSuffix("%") else { return false }
            body = body.dropLast()
        case .amount:
            for unit in ["亿元", "万元", "千元", "元"] where body.hasSuffix(unit) { body = body.dropLast(unit.count); break }
        case .score:
            if body.hasSuffix("分") { body = body.dropLast() }
        }
        if kind != .score, body.hasPrefix("-") { body = body.dropFirst() }
        return isDecimal(body, thousands: kind == .amount)
    }

    /// Digits with at most one decimal point (and thousands commas for amounts).
    private static func isDecimal(_ text: Substring, thousands: Bool) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty else { return false }
        let wholeDigits = thousands ? whole.filter { $0 != "," } : whole
        guard !wholeDigits.isEmpty, wholeDigits.allSatisfy(isDigit) else { return false }
        if thousands, whole.contains(",") {
            let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
            guard groups.dropFirst().allSatisfy({ $0.count == 3 }), (1...3).contains(groups[0].count) else { return false }
        }
        if parts.count == 2 { return !parts[1].isEmpty && parts[1].allSatisfy(isDigit) }
        return true
    }

    private static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }

    /// Any bare number, for telling a figure cell from a label cell.
    static func looksNumeric(_ text: String) -> Bool {
        isFigure(text, .amount) || isFigure(text, .rate) || isFigure(text, .score)
    }

    /// The grade the format takes for a printed grade: 优, 良, 中, 差, or their long forms 优秀 and 良好.
    static func grade(_ printed: String) -> String? {
        let g = FormWords.compact(printed)
        switch g {
        case "优", "良", "中", "差": return g
        case "优秀": return "优"
        case "良好": return "良"
        default: return nil
        }
    }
}
