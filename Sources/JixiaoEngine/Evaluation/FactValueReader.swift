import JixiaoExpression
import JixiaoYAML

/// Reads one submission scalar as the kind a rubric declares, with an error that says what was expected.
struct FactValueReader {
    let sink: DiagnosticSink
    /// Unit amounts are converted into (the rubric's).
    let targetUnit: String
    /// Unit of bare amounts in the submission.
    let submissionUnit: String
    /// Size of the target unit in 元; nil when it is not an amount unit (amounts are then left as printed).
    private let targetYuan: Rational?
    /// Multiplier from the submission's unit to the target unit, worked out once rather than per figure.
    private let submissionConversion: Rational
    /// The ±0.005 万元 that converting 元 to 万元 at two decimals leaves, in the target unit.
    private let amountConversionTail: Rational

    init(sink: DiagnosticSink, targetUnit: String, submissionUnit: String) {
        self.sink = sink
        self.targetUnit = targetUnit
        self.submissionUnit = submissionUnit
        let targetYuan = Self.yuan(of: targetUnit)
        self.targetYuan = targetYuan
        if let from = Self.yuan(of: submissionUnit), let targetYuan {
            submissionConversion = from.divided(by: targetYuan)!
        } else {
            submissionConversion = .one
        }
        amountConversionTail = Rational(50).divided(by: targetYuan ?? Rational(10_000))!
    }

    /// Multipliers to 元 of the amount units documents use.
    static let unitsInYuan: [String: Rational] = Dictionary(uniqueKeysWithValues: amountUnits.map { ($0.name, $0.yuan) })

    /// The amount units, longest name first so that a suffix match finds 万元 before 元. Looked up by bytes:
    /// hashing or comparing Chinese text as Strings normalises it on every call.
    static let amountUnits: [(name: String, yuan: Rational)] = [
        ("亿元", Rational(100_000_000)), ("万元", Rational(10_000)), ("千元", Rational(1_000)), ("元", Rational(1)),
    ]

    /// The amount units' names and their UTF-8 bytes, in the same order.
    static let amountUnitBytes = amountUnits.map { (name: $0.name, bytes: Array($0.name.utf8)) }

    /// How many 元 one `unit` is; nil when it is not an amount unit.
    static func yuan(of unit: String) -> Rational? {
        amountUnits.first { $0.name.hasSameBytes(as: unit) }?.yuan
    }

    /// How many of `to` one `from` is (万元 → 元: 10000); nil when either is not an amount unit.
    static func factor(from: String, to: String) -> Rational? {
        guard let a = yuan(of: from), let b = yuan(of: to) else { return nil }
        return a.divided(by: b)
    }

    /// The value and the range its printed precision allows.
    func readWithRange(_ node: Node, kind: FactKind, path: @autoclosure () -> String,
                       options: [String] = []) -> (value: Value, range: RangeResult)? {
        readFigure(node, kind: kind, path: path(), options: options).map { ($0.value, $0.range) }
    }

    /// The value, its range, and half a unit of its last printed digit: the printed precision is worked
    /// out once for all three.
    func readFigure(_ node: Node, kind: FactKind, path: @autoclosure () -> String,
                    options: [String] = []) -> (value: Value, range: RangeResult, printedHalfUnit: Rational)? {
        if let figure = figure(node, kind: kind) {
            let range = RationalRange(center: figure.value, halfWidth: halfUnit(printed: figure.printedHalfUnit, kind: kind))
            return (.number(figure.value), .number(range), figure.printedHalfUnit)
        }
        // Anything else, and every figure that does not read, takes the general way with its error message.
        guard let value = read(node, kind: kind, path: path(), options: options) else { return nil }
        let printed = printedHalfUnit(of: node, kind: kind)
        guard case .number(let number) = value else { return (value, .other(value), printed) }
        return (value, .number(RationalRange(center: number, halfWidth: halfUnit(printed: printed, kind: kind))), printed)
    }

    /// - Parameter path: where the node is, for an error message; built only when there is one to report.
    func read(_ node: Node, kind: FactKind, path: @autoclosure () -> String, options: [String] = []) -> Value? {
        if node.isNull { return nil }
        guard let scalar = node.scalar else {
            sink.report(Diagnostic(location: node.location, path: path(),
                                   message: "应为\(kind.chineseName)，实际是\(node.kindName)"))
            return nil
        }
        // Trimmed only when read as a number: most of what comes this way is text.
        var text: String { scalar.text.trimmingSpaces() }
        func fail(_ example: String) -> Value? {
            // A number refused for its size is a number: say so instead of "should be a number".
            let sizeProblem = Rational.sizeProblem(ofDecimalText: splitUnit(text).number)
            sink.report(Diagnostic(location: node.location, path: path(),
                                   message: sizeProblem.map { "数值超出可计算范围：\($0)" }
                                       ?? "应为\(kind.chineseName)（如 \(example)），实际是“\(scalar.text)”"))
            return nil
        }
        switch kind {
        case .amount:
            return amount(text).map(Value.number) ?? fail("1717.31、\"1,717.31\"、\"38400元\"")
        case .count:
            guard let number = Rational(decimalText: text), number.isInteger, !number.isNegative else {
                return fail("13")
            }
            return .number(number)
        case .percent:
            let (sign, figure) = Self.directed(text)
            guard let number = Rational(decimalText: figure) else { return fail("\"88.61%\" 或 88.61") }
            // A bare number is percentage points: 88.61 means 88.61%.
            let rate = figure.hasByteSuffix("%") || figure.hasByteSuffix("％") ? number : number.divided(by: .hundred)!
            return .number(Self.signed(rate, sign))
        case .boolean:
            return NodeValues.bool(node, path: path(), sink: sink).map(Value.bool)
        case .text:
            return .text(scalar.text)
        case .choice:
            guard options.contains(scalar.text) else {
                sink.report(Diagnostic(location: node.location, path: path(),
                                       message: "应为 \(options.joined(separator: "/")) 之一，实际是“\(scalar.text)”",
                                       hint: Suggestion.didYouMean(scalar.text, among: options)))
                return nil
            }
            return .text(scalar.text)
        case .list:
            return fail("列表")
        }
    }

    /// An amount or a rate read once for its value and its printed precision, as ``read(_:kind:path:options:)``
    /// and ``printedHalfUnit(of:kind:)`` read them; nil for other kinds and for text that is not such a figure.
    private func figure(_ node: Node, kind: FactKind) -> (value: Rational, printedHalfUnit: Rational)? {
        // A null (empty, `~`, `null`) is no number either: it is left to the general way, which reads it as
        // missing, without being told apart here.
        guard kind == .amount || kind == .percent, case .scalar(let scalar) = node.content else { return nil }
        if Self.isBareNumber(scalar.text) {
            // As the general case below reads it, without looking for blanks, a direction word, a unit or a
            // percent sign that the text's first and last bytes rule out.
            guard let parsed = Rational.parsingDecimalText(scalar.text) else { return nil }
            if kind == .percent {
                return (parsed.value.divided(by: .hundred)!, parsed.printedHalfUnit.divided(by: .hundred)!)
            }
            guard submissionConversion != .one else { return parsed }
            return (parsed.value * submissionConversion, parsed.printedHalfUnit * submissionConversion)
        }
        let (sign, figure) = Self.directed(scalar.text.trimmingSpaces())
        if kind == .amount {
            let (number, factor) = splitUnit(figure)
            guard !number.hasByteSuffix("%"), let parsed = Rational.parsingDecimalText(number) else { return nil }
            // Most figures are printed in the unit they are read in: nothing to convert, no products to reduce.
            guard factor != .one else { return (Self.signed(parsed.value, sign), parsed.printedHalfUnit) }
            return (Self.signed(parsed.value * factor, sign), parsed.printedHalfUnit * factor)
        }
        guard let parsed = Rational.parsingDecimalText(figure) else { return nil }
        // A bare number is percentage points: 88.61 means 88.61%.
        let isPercent = figure.hasByteSuffix("%") || figure.hasByteSuffix("％")
        return (Self.signed(isPercent ? parsed.value : parsed.value.divided(by: .hundred)!, sign),
                isPercent ? parsed.printedHalfUnit : parsed.printedHalfUnit.divided(by: .hundred)!)
    }

    /// Starts with an ASCII byte other than a blank (no direction word, which is Chinese) and ends with an ASCII
    /// digit (no blank, unit or percent sign): what nearly every table cell is.
    private static func isBareNumber(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last else { return false }
            return first > UInt8(ascii: " ") && first < 0x80 && last >= UInt8(ascii: "0") && last <= UInt8(ascii: "9")
        }
    }

    /// "1,717.31", "38400元", "3.84万元" → amount in the target unit.
    func amount(_ text: String) -> Rational? {
        let (sign, figure) = Self.directed(text)
        let (number, factor) = splitUnit(figure)
        guard !number.hasByteSuffix("%"), let value = Rational(decimalText: number) else { return nil }
        return Self.signed(value * factor, sign)
    }

    /// A figure printed after its direction word — “减少207.43”, “增长58.92%”, “持平” — as `statements:` write it:
    /// the word's sign and the figure without it, so one printed figure (anchored in a statement) can also be
    /// read by a check through a YAML alias. A figure without a word is returned as it is (sign `nil`).
    static func directed(_ text: String) -> (sign: Int?, figure: String) {
        // Every direction word is Chinese: a figure that starts with an ASCII byte has none.
        guard let first = text.utf8.first, first >= 0x80 else { return (nil, text) }
        for (word, direction) in PrintedFigureReader.directionWords where text.hasBytePrefix(word) {
            let figure = text.droppingBytes(first: word.utf8.count).trimmingSpaces()
            switch direction {
            case .up: return (1, figure)
            case .down: return (-1, figure)
            case .level: return (0, figure.isEmpty ? "0" : figure)
            case .either: return (nil, text)
            }
        }
        return (nil, text)
    }

    private static func signed(_ value: Rational, _ sign: Int?) -> Rational {
        guard let sign, sign != 0 else { return value }
        return sign > 0 ? value.magnitude : -value.magnitude
    }

    /// How far a printed figure may be from the true one: half a unit of its last printed digit, and for amounts
    /// at least the ±0.005 万元 that converting 元 to 万元 at two decimals leaves (本套报表金额单位转换时可能存在尾数误差).
    private func halfUnit(printed: Rational, kind: FactKind) -> Rational {
        guard kind == .amount else { return printed }
        return max(printed, amountConversionTail)
    }

    /// Half a unit of the last printed digit alone, in the target unit: the precision a stated figure is read at.
    func printedHalfUnit(of node: Node, kind: FactKind) -> Rational {
        // Only figures have a printed precision; texts and names are not searched for direction words.
        guard kind == .amount || kind == .percent, let printed = node.scalar?.text.trimmingSpaces() else { return .zero }
        let text = Self.directed(printed).figure
        switch kind {
        case .amount:
            let (number, factor) = splitUnit(text)
            return (Rational.printedHalfUnit(of: number) ?? .zero) * factor
        case .percent:
            guard let half = Rational.printedHalfUnit(of: text) else { return .zero }
            return text.hasByteSuffix("%") || text.hasByteSuffix("％") ? half : half.divided(by: .hundred)!
        default:
            return .zero
        }
    }

    /// The number and the factor from the unit it is printed in (the submission's when none) to the target unit.
    private func splitUnit(_ text: String) -> (number: String, factor: Rational) {
        // Every unit ends with 元: most figures end with a digit and are done with one byte compared.
        guard text.utf8.last == Self.lastByteOfYuan else { return (text, submissionConversion) }
        for unit in Self.amountUnits where text.hasByteSuffix(unit.name) {
            return (text.droppingBytes(last: unit.name.utf8.count).trimmingSpaces(), conversion(from: unit.name))
        }
        return (text, submissionConversion)
    }

    private static let lastByteOfYuan = "元".utf8.last!

    private func conversion(from unit: String) -> Rational {
        if unit.hasSameBytes(as: submissionUnit) { return submissionConversion }
        guard let from = Self.yuan(of: unit), let to = targetYuan else { return .one }
        return from.divided(by: to)!
    }
}
