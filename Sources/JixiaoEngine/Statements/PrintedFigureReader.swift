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

    /// The direction words as UTF-8 bytes, in the same order.
    private static let directionWordBytes = directionWords.map { (bytes: Array($0.word.utf8), direction: $0.direction) }

    /// The whole printed figure, or nil (with a diagnostic saying what was expected).
    ///
    /// Read as UTF-8 bytes without its blanks: every word, unit and sign looked for is ASCII or a CJK character,
    /// whose bytes match exactly where the characters do, and reading a figure character by character cost
    /// more than everything done with it afterwards.
    func read(_ node: Node, kind: PrintedFigure.Kind, signed: Bool, path: String) -> PrintedFigure? {
        guard !node.isNull else { return nil }
        guard let scalar = node.scalar else {
            report(node, path: path, "应为\(Self.expected(kind, signed: signed))，实际是\(node.kindName)")
            return nil
        }
        let printed = scalar.text
        var rest = Self.bytesWithoutBlanks(of: printed)[...]
        var directions: [PrintedFigure.Direction] = []
        if signed {
            while let (length, direction) = Self.leadingWord(of: rest) {
                directions.append(direction)
                rest = rest.dropFirst(length)
            }
        }
        if rest.isEmpty, directions == [.level] {
            return PrintedFigure(kind: kind, value: .zero, range: RationalRange(.zero), halfUnit: .zero,
                                 direction: .level, minusWithWord: false, approximate: false,
                                 printed: printed, location: node.location, path: path)
        }
        let approximateWord = Self.approximateWords.first(where: rest.ends(with:))
        let approximate = approximateWord != nil
        if let approximateWord { rest = rest.dropLast(approximateWord.count) }
        var conversion = Rational.one
        if kind == .amount, let (suffixLength, factor) = unitSuffix(of: rest) {
            rest = rest.dropLast(suffixLength)
            conversion = factor
        }
        if kind == .count, let word = Self.countWordBytes.first(where: rest.ends(with:)) { rest = rest.dropLast(word.count) }
        if kind == .score, rest.ends(with: Self.points) { rest = rest.dropLast(Self.points.count) }
        let isPercent = rest.ends(with: Self.percent) || rest.ends(with: Self.fullWidthPercent)
        guard isPercent == (kind == .rate) else {
            report(node, path: path, "应为\(Self.expected(kind, signed: signed))，实际是“\(printed)”")
            return nil
        }
        let numberText = Self.text(of: rest, zeroReadAsDigit: true)
        guard let (number, printedHalf) = Rational.parsingDecimalText(numberText),
              kind != .count || (number.isInteger && !number.isNegative) else {
            report(node, path: path, "应为\(Self.expected(kind, signed: signed))，实际是“\(printed)”")
            return nil
        }
        var half = printedHalf
        // Budgets and 元 amounts are printed whole when they are whole: an amount without decimals is read to
        // the cent of its unit (a budget of 1 万元 is not anything from 0.5 to 1.5 万元). Rates keep their rounding.
        if kind == .amount, !numberText.utf8.contains(UInt8(ascii: ".")), !approximate {
            half = min(half, Self.halfCent)
        }
        let mixed = directions.contains { $0 != directions[0] }
        var direction: PrintedFigure.Direction? = mixed ? .either : directions.first
        let minus = number.isNegative
        // Most figures are printed in their statement's unit: nothing to convert, no products to reduce.
        let converts = conversion != .one
        var value = converts ? number * conversion : number
        switch direction {
        case .down?: value = -value.magnitude
        case .up?: if minus { direction = .either; value = value.magnitude }
        case .either?: value = value.magnitude
        case .level?, nil: break
        }
        let halfWidth = converts ? half * conversion : half
        let range = approximate
            ? RationalRange(lower: value, upper: value + Self.approximateSpan(of: number.magnitude) * conversion)
            : RationalRange(center: value, halfWidth: halfWidth)
        return PrintedFigure(kind: kind, value: value, range: range, halfUnit: approximate ? .zero : halfWidth,
                             direction: direction, minusWithWord: minus && !directions.isEmpty,
                             approximate: approximate, printed: printed, location: node.location, path: path)
    }

    /// The direction words a figure is printed after, as printed (“减少”, “增加减少”); nil when it has none.
    /// Unlike ``read(_:kind:signed:path:)`` this does not look inside brackets: `增加(减少)` gives 增加.
    static func leadingDirectionWords(of printed: String) -> String? {
        var rest = bytesWithoutBlanks(of: printed)[...]
        var found: [UInt8] = []
        while let word = directionWordBytes.first(where: { rest.starts(with: $0.bytes) })?.bytes {
            found += word
            rest = rest.dropFirst(word.count)
        }
        return found.isEmpty ? nil : String(decoding: found, as: UTF8.self)
    }

    /// The word the figure starts with, maybe in brackets (`(减少)`), and its length in bytes with them.
    private static func leadingWord(of text: ArraySlice<UInt8>) -> (length: Int, direction: PrintedFigure.Direction)? {
        // Most figures start with a digit: every word starts with a CJK character, else with a bracket.
        guard let first = text.first, first >= 0x80 || first == UInt8(ascii: "(") else { return nil }
        var body = text
        var opening = 0
        for bracket in openingBrackets where body.starts(with: bracket) {
            opening = bracket.count
            body = body.dropFirst(opening)
            break
        }
        for (word, direction) in directionWordBytes where body.starts(with: word) {
            guard opening > 0 else { return (word.count, direction) }
            let after = body.dropFirst(word.count)
            guard let closing = closingBrackets.first(where: { after.starts(with: $0) }) else { return nil }
            return (opening + word.count + closing.count, direction)
        }
        return nil
    }

    private static let openingBrackets = [Array("(".utf8), Array("（".utf8)]
    private static let closingBrackets = [Array(")".utf8), Array("）".utf8)]
    /// 余 and 多: “300余”, “60多”.
    private static let approximateWords = [Array("余".utf8), Array("多".utf8)]
    /// Half a cent of the unit, 0.005: the precision of an amount printed without decimals.
    private static let halfCent = Rational(5).divided(by: Rational(1000))!
    private static let points = Array("分".utf8)
    private static let percent = Array("%".utf8)
    private static let fullWidthPercent = Array("％".utf8)
    private static let zero = Array("零".utf8)
    /// The count words of one character (个, 件, 次 …): a figure can end with one.
    private static let countWordBytes = DisplayUnit.countWords.filter { $0.count == 1 }.map { Array($0.utf8) }

    /// The text's UTF-8 bytes without its whitespace (blanks, tabs, line breaks, the ideographic space …).
    static func bytesWithoutBlanks(of text: String) -> [UInt8] {
        // Nearly every figure is printable ASCII and CJK ideographs, none of them whitespace: its bytes as they
        // are, without decoding it scalar by scalar.
        var text = text
        if let bytes = text.withUTF8({ hasNoBlanks($0) ? Array($0) : nil }) { return bytes }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                if scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) { continue }
                bytes.append(UInt8(scalar.value))
            } else if (0x4000...0x9FFF).contains(scalar.value) || !scalar.properties.isWhitespace {
                // CJK ideographs, most of the non-ASCII text here, are never whitespace.
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        return bytes
    }

    /// Holds only ASCII above the space and characters led by E4–E9 (U+4000–U+9FFF, ideographs): no whitespace.
    private static func hasNoBlanks(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // A continuation byte (80–BF) belongs to the lead byte before it, which is checked.
        bytes.allSatisfy { $0 > UInt8(ascii: " ") && ($0 < 0xC0 || (0xE4...0xE9).contains($0)) }
    }

    /// The bytes as text; with `zeroReadAsDigit`, 零 as the digit 0 (`零万元` is 0).
    private static func text(of bytes: ArraySlice<UInt8>, zeroReadAsDigit: Bool) -> String {
        guard zeroReadAsDigit, bytes.contains(zero[0]) else { return String(decoding: bytes, as: UTF8.self) }
        var digits: [UInt8] = []
        var rest = bytes
        while let first = rest.first {
            // A lead byte starts the same three bytes only where 零 is: UTF-8 never has a lead byte inside a character.
            if rest.starts(with: zero) {
                digits.append(UInt8(ascii: "0"))
                rest = rest.dropFirst(zero.count)
            } else {
                digits.append(first)
                rest = rest.dropFirst()
            }
        }
        return String(decoding: digits, as: UTF8.self)
    }

    private func unitSuffix(of text: ArraySlice<UInt8>) -> (length: Int, factor: Rational)? {
        for unitName in FactValueReader.amountUnitBytes where text.ends(with: unitName.bytes) {
            return FactValueReader.factor(from: unitName.name, to: unit).map { (unitName.bytes.count, $0) }
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

private extension ArraySlice<UInt8> {
    func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && self.suffix(suffix.count).elementsEqual(suffix)
    }
}
