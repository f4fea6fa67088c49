import JixiaoExpression
import JixiaoYAML

/// Reads a figure as a document prints it — `减少18,987.42元`, `下降42.13%`, `零万元`, `３.４`, `12.3 %`,
/// `增加(减少)0.03`, `300余` — into a ``PrintedFigure`` that keeps the printed text.
struct PrintedFigureReader {
    let sink: DiagnosticSink
    /// The unit amounts are converted into (the statement's).
    let unit: String

    /// Words that give a figure its sign. Longer words first, so 无增减 is not read as 增.
    static let directionWords: [(word: String, direction: PrintedFigure.Direction)] = [
        ("无增减", .level), ("无变化", .level), ("持平", .level), ("不变", .level), ("相同", .level),
        ("增加", .up), ("增长", .up), ("上升", .up), ("上涨", .up), ("提高", .up), ("超支", .up), ("超出", .up),
        ("减少", .down), ("下降", .down), ("降低", .down), ("减支", .down), ("节约", .down), ("节支", .down),
    ]

    /// The first scalar of each direction word, and the brackets of a wrapped one.
    static let wordInitials = Set(directionWords.compactMap { $0.word.unicodeScalars.first } + ["(", "（"])

    /// The whole printed figure, or nil (with a diagnostic saying what was expected).
    func read(_ node: Node, kind: PrintedFigure.Kind, signed: Bool, path: String) -> PrintedFigure? {
        guard !node.isNull else { return nil }
        guard let scalar = node.scalar else {
            report(node, path: path, "应为\(Self.expected(kind, signed: signed))，实际是\(node.kindName)")
            return nil
        }
        let printed = scalar.text
        var rest = Substring(printed.filter { !$0.isWhitespace })
        var directions: [PrintedFigure.Direction] = []
        if signed {
            while let (word, direction) = Self.leadingWord(of: rest) {
                directions.append(direction)
                rest = rest.dropFirst(word.count)
            }
        }
        if rest.isEmpty, directions == [.level] {
            return PrintedFigure(kind: kind, value: .zero, range: RationalRange(.zero), halfUnit: .zero,
                                 direction: .level, minusWithWord: false, approximate: false,
                                 printed: printed, location: node.location, path: path)
        }
        let approximate = rest.hasSuffix("余") || rest.hasSuffix("多")
        if approximate { rest = rest.dropLast() }
        var conversion = Rational.one
        if kind == .amount, let (suffix, factor) = unitSuffix(of: rest) {
            rest = rest.dropLast(suffix.count)
            conversion = factor
        }
        if kind == .count, let last = rest.last, DisplayUnit.countWords.contains(String(last)) { rest = rest.dropLast() }
        if kind == .score, rest.hasSuffix("分") { rest = rest.dropLast() }
        let isPercent = rest.hasSuffix("%") || rest.hasSuffix("％")
        guard isPercent == (kind == .rate) else {
            report(node, path: path, "应为\(Self.expected(kind, signed: signed))，实际是“\(printed)”")
            return nil
        }
        // Foundation's replacing is costly and almost never needed: look for 零 first.
        let numberText = !rest.unicodeScalars.contains("零") ? String(rest)
            : rest == "零" ? "0" : rest.replacingOccurrences(of: "零", with: "0")
        guard let number = Rational(decimalText: numberText), var half = Rational.printedHalfUnit(of: numberText),
              kind != .count || (number.isInteger && !number.isNegative) else {
            report(node, path: path, "应为\(Self.expected(kind, signed: signed))，实际是“\(printed)”")
            return nil
        }
        // Budgets and 元 amounts are printed whole when they are whole: an amount without decimals is read to
        // the cent of its unit (a budget of 1 万元 is not anything from 0.5 to 1.5 万元). Rates keep their rounding.
        if kind == .amount, !numberText.utf8.contains(UInt8(ascii: ".")), !approximate {
            half = min(half, Rational(5).divided(by: Rational(1000))!)
        }
        let mixed = directions.contains { $0 != directions[0] }
        var direction: PrintedFigure.Direction? = mixed ? .either : directions.first
        let minus = number.isNegative
        var value = number * conversion
        switch direction {
        case .down?: value = -value.magnitude
        case .up?: if minus { direction = .either; value = value.magnitude }
        case .either?: value = value.magnitude
        case .level?, nil: break
        }
        let halfWidth = half * conversion
        let range = approximate
            ? RationalRange(lower: value, upper: value + Self.approximateSpan(of: number.magnitude) * conversion)
            : RationalRange(center: value, halfWidth: halfWidth)
        return PrintedFigure(kind: kind, value: value, range: range, halfUnit: approximate ? .zero : halfWidth,
                             direction: direction, minusWithWord: minus && !directions.isEmpty,
                             approximate: approximate, printed: printed, location: node.location, path: path)
    }

    private static func leadingWord(of text: Substring) -> (String, PrintedFigure.Direction)? {
        // Most figures start with a digit: only a text that starts with a bracket or the first character of a
        // word can start with one.
        guard let first = text.unicodeScalars.first, wordInitials.contains(first) else { return nil }
        var body = text
        var wrapped = 0
        if body.first == "(" || body.first == "（" { body = body.dropFirst(); wrapped = 1 }
        for (word, direction) in directionWords where body.hasPrefix(word) {
            let after = body.dropFirst(word.count)
            if wrapped == 1 {
                guard after.first == ")" || after.first == "）" else { return nil }
                return (String(text.prefix(word.count + 2)), direction)
            }
            return (word, direction)
        }
        return nil
    }

    private func unitSuffix(of text: Substring) -> (String, Rational)? {
        guard text.unicodeScalars.last == "元" else { return nil }
        for suffix in ["亿元", "万元", "千元", "元"] where text.hasSuffix(suffix) {
            return FactValueReader.factor(from: suffix, to: unit).map { (suffix, $0) }
        }
        return nil
    }

    /// “300余” is at least 300 and below 400; “60余” below 70; “13余” below 14.
    private static func approximateSpan(of number: Rational) -> Rational {
        var span = Rational.one
        var rest = number
        while !rest.isZero, rest.isInteger, let next = rest.divided(by: Rational(10)), next.isInteger {
            span *= Rational(10)
            rest = next
        }
        return span
    }

    static func expected(_ kind: PrintedFigure.Kind, signed: Bool) -> String {
        switch kind {
        case .amount: signed ? "金额（如 6.64、\"减少6.64\"、\"1,234.56元\"、持平）" : "金额（如 1717.31、\"1,717.31\"、\"38400元\"、零）"
        case .rate: signed ? "百分比（如 \"下降0.5%\"、\"-2.56%\"、持平）" : "百分比（如 \"88.61%\"）"
        case .count: "计数（如 13、\"300余\"）"
        case .score: "分数（如 10、9.5）"
        }
    }

    private func report(_ node: Node, path: String, _ message: String) {
        sink.report(Diagnostic(location: node.location, path: path, message: message))
    }
}
