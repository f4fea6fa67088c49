import BigInt

extension Rational {
    /// The largest exponent accepted in `1e…` notation; guards against texts such as `1e10000` whose
    /// exact value would make every later operation slow.
    public static let maximumDecimalExponent = 100
    /// The most digits (before and after the point, leading zeros of the integer part not counted) a number
    /// in a document or expression may have. Real amounts have under 20; more only slows exact arithmetic.
    public static let maximumDigits = 40

    /// Why `text`, which is otherwise a well-formed number, is refused for its size — too many digits or
    /// too large an exponent — in Chinese; `nil` when it is accepted or is not a number at all.
    public static func sizeProblem(ofDecimalText text: String, maximumDigits: Int = Rational.maximumDigits) -> String? {
        var scanner = DecimalScanner(text: text, maximumDigits: maximumDigits)
        _ = scanner.scan()
        return scanner.sizeProblem
    }

    /// Parses a number as written in documents.
    ///
    /// Accepted: an optional sign, digits with an optional decimal point (`"1717.31"`, `".5"`, `"5."`),
    /// thousands commas in proper three-digit groups (`"1,717.31"`), an exponent (`"1e3"`, `"1.5E-2"`)
    /// and a trailing `%` that divides by 100 (`"88.61%"` → 0.8861). Surrounding whitespace is trimmed and
    /// full-width digits, signs, point, comma and `％` are read as their ASCII forms.
    /// Returns `nil` for anything else, including `""`, `"nan"`, `"inf"` and `"1,71,7"`.
    public init?(decimalText: String, maximumDigits: Int = Rational.maximumDigits) {
        var scanner = DecimalScanner(text: decimalText, maximumDigits: maximumDigits)
        guard let value = scanner.scan() else { return nil }
        self = value
    }
}

/// A single-pass reader for `Rational(decimalText:)` and `Rational.printedHalfUnit(of:)`.
struct DecimalScanner {
    private let characters: [Character]
    private var position = 0
    /// After a successful `scan()`: the power of ten of one unit in the last printed place, with the
    /// percent sign taken into account ("1717.31" → −2, "88.61%" → −4, "1.5E-2" → −3).
    private(set) var lastPlaceExponent = 0
    /// After `scan()` returned nil for a well-formed number: why its size was refused, in Chinese.
    private(set) var sizeProblem: String?
    private let maximumDigits: Int

    init(text: String, maximumDigits: Int = Rational.maximumDigits) {
        characters = Array(text.trimmingWhitespace()).map(DecimalScanner.asciiForm)
        self.maximumDigits = maximumDigits
    }

    mutating func scan() -> Rational? {
        let negative = scanSign()
        guard let integerDigits = scanIntegerPart() else { return nil }
        var fractionDigits = ""
        if peek() == "." {
            position += 1
            fractionDigits = scanDigits()
        }
        guard !(integerDigits.isEmpty && fractionDigits.isEmpty) else { return nil }

        var exponent = 0
        var problem: String?
        let significant = integerDigits.drop { $0 == "0" }.count + fractionDigits.count
        if significant > maximumDigits {
            problem = "数字位数过多（\(significant) 位），最多 \(maximumDigits) 位"
        }
        if peek() == "e" || peek() == "E" {
            position += 1
            let negativeExponent = scanSign()
            let exponentDigits = scanDigits()
            guard !exponentDigits.isEmpty else { return nil }
            let magnitude = exponentDigits.count > 6 ? Int.max : Int(exponentDigits)!
            if magnitude > Rational.maximumDecimalExponent {
                problem = problem ?? "指数过大（\(negativeExponent ? "-" : "")\(exponentDigits.count > 6 ? String(exponentDigits.prefix(6)) + "…" : exponentDigits)），指数最多为 ±\(Rational.maximumDecimalExponent)"
            } else {
                exponent = negativeExponent ? -magnitude : magnitude
            }
        }

        // Whitespace before the percent sign is common in documents ("88.61 %").
        while let next = peek(), next.isWhitespace { position += 1 }
        var isPercent = false
        if peek() == "%" {
            isPercent = true
            position += 1
        }
        guard position == characters.count else { return nil }
        // Refused only now, so that a text that is not a number at all is not called too long.
        if let problem {
            sizeProblem = problem
            return nil
        }

        guard let mantissa = BigInt(integerDigits + fractionDigits) else { return nil }
        var value = Rational(mantissa) * Rational.powerOfTen(exponent - fractionDigits.count)
        if isPercent { value = value * Rational.powerOfTen(-2) }
        lastPlaceExponent = exponent - fractionDigits.count - (isPercent ? 2 : 0)
        return negative ? -value : value
    }

    private func peek() -> Character? {
        position < characters.count ? characters[position] : nil
    }

    /// Consumes an optional `+` or `-`; returns whether it was `-`.
    private mutating func scanSign() -> Bool {
        switch peek() {
        case "+": position += 1; return false
        case "-": position += 1; return true
        default: return false
        }
    }

    private mutating func scanDigits() -> String {
        var digits = ""
        while let next = peek(), next.isASCII, next.isNumber {
            digits.append(next)
            position += 1
        }
        return digits
    }

    /// Reads the digits before the decimal point, removing thousands commas. Commas are only accepted as
    /// separators of complete three-digit groups after a first group of one to three digits; `nil` otherwise.
    private mutating func scanIntegerPart() -> String? {
        var digits = scanDigits()
        guard peek() == "," else { return digits }
        guard (1...3).contains(digits.count) else { return nil }
        while peek() == "," {
            position += 1
            let group = scanDigits()
            guard group.count == 3 else { return nil }
            digits += group
        }
        return digits
    }

    /// Maps full-width forms (and the typographic minus sign) to their ASCII counterparts.
    private static func asciiForm(_ character: Character) -> Character {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else {
            return character
        }
        switch scalar.value {
        case 0xFF10...0xFF19: // ０-９
            return Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
        case 0xFF05: return "%" // ％
        case 0xFF0E: return "." // ．
        case 0xFF0C: return "," // ，
        case 0xFF0B: return "+" // ＋
        case 0xFF0D, 0x2212: return "-" // －, −
        default: return character
        }
    }
}

extension String {
    /// The text without leading and trailing whitespace (including the ideographic space U+3000).
    func trimmingWhitespace() -> Substring {
        var slice = self[...]
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return slice
    }
}
