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
///
/// Works on one byte per Unicode scalar (full-width forms mapped to ASCII, other non-ASCII scalars to a byte
/// no rule accepts): every figure of a document passes through here, and reading it by grapheme cluster
/// cost more than all the arithmetic done with it.
struct DecimalScanner {
    private let bytes: [UInt8]
    private var position = 0
    /// After a successful `scan()`: the power of ten of one unit in the last printed place, with the
    /// percent sign taken into account ("1717.31" → −2, "88.61%" → −4, "1.5E-2" → −3).
    private(set) var lastPlaceExponent = 0
    /// After `scan()` returned nil for a well-formed number: why its size was refused, in Chinese.
    private(set) var sizeProblem: String?
    private let maximumDigits: Int

    private static let space = UInt8(ascii: " ")
    /// Stands for any scalar that is neither ASCII, a full-width form, nor whitespace.
    private static let other: UInt8 = 0xFF

    init(text: String, maximumDigits: Int = Rational.maximumDigits) {
        var mapped: [UInt8] = []
        mapped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { mapped.append(Self.asciiForm(scalar)) }
        var end = mapped.count
        while end > 0, mapped[end - 1] == Self.space { end -= 1 }
        var start = 0
        while start < end, mapped[start] == Self.space { start += 1 }
        bytes = start == 0 && end == mapped.count ? mapped : Array(mapped[start..<end])
        self.maximumDigits = maximumDigits
    }

    mutating func scan() -> Rational? {
        let negative = scanSign()
        guard var digits = scanIntegerPart() else { return nil }
        let integerCount = digits.count
        if peek() == UInt8(ascii: ".") {
            position += 1
            digits += scanDigits()
        }
        let fractionCount = digits.count - integerCount
        guard !digits.isEmpty else { return nil }

        var exponent = 0
        var problem: String?
        let leadingZeros = digits[..<integerCount].prefix { $0 == UInt8(ascii: "0") }.count
        let significant = digits.count - leadingZeros
        if significant > maximumDigits {
            problem = "数字位数过多（\(significant) 位），最多 \(maximumDigits) 位"
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            position += 1
            let negativeExponent = scanSign()
            let exponentDigits = String(decoding: scanDigits(), as: UTF8.self)
            guard !exponentDigits.isEmpty else { return nil }
            let magnitude = exponentDigits.count > 6 ? Int.max : Int(exponentDigits)!
            if magnitude > Rational.maximumDecimalExponent {
                problem = problem ?? "指数过大（\(negativeExponent ? "-" : "")\(exponentDigits.count > 6 ? String(exponentDigits.prefix(6)) + "…" : exponentDigits)），指数最多为 ±\(Rational.maximumDecimalExponent)"
            } else {
                exponent = negativeExponent ? -magnitude : magnitude
            }
        }

        // Whitespace before the percent sign is common in documents ("88.61 %").
        while peek() == Self.space { position += 1 }
        var isPercent = false
        if peek() == UInt8(ascii: "%") {
            isPercent = true
            position += 1
        }
        guard position == bytes.count else { return nil }
        // Refused only now, so that a text that is not a number at all is not called too long.
        if let problem {
            sizeProblem = problem
            return nil
        }

        let mantissa: Rational
        if significant <= 18 {
            mantissa = Rational(Int(digits.reduce(Int64(0)) { $0 * 10 + Int64($1 - UInt8(ascii: "0")) }))
        } else {
            guard let big = BigInt(String(decoding: digits, as: UTF8.self)) else { return nil }
            mantissa = Rational(big)
        }
        var value = mantissa * Rational.powerOfTen(exponent - fractionCount)
        if isPercent { value = value * Rational.powerOfTen(-2) }
        lastPlaceExponent = exponent - fractionCount - (isPercent ? 2 : 0)
        return negative ? -value : value
    }

    private func peek() -> UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    /// Consumes an optional `+` or `-`; returns whether it was `-`.
    private mutating func scanSign() -> Bool {
        switch peek() {
        case UInt8(ascii: "+"): position += 1; return false
        case UInt8(ascii: "-"): position += 1; return true
        default: return false
        }
    }

    private mutating func scanDigits() -> ArraySlice<UInt8> {
        let start = position
        while let next = peek(), next >= UInt8(ascii: "0"), next <= UInt8(ascii: "9") { position += 1 }
        return bytes[start..<position]
    }

    /// Reads the digits before the decimal point, removing thousands commas. Commas are only accepted as
    /// separators of complete three-digit groups after a first group of one to three digits; `nil` otherwise.
    private mutating func scanIntegerPart() -> [UInt8]? {
        var digits = Array(scanDigits())
        guard peek() == UInt8(ascii: ",") else { return digits }
        guard (1...3).contains(digits.count) else { return nil }
        while peek() == UInt8(ascii: ",") {
            position += 1
            let group = scanDigits()
            guard group.count == 3 else { return nil }
            digits += group
        }
        return digits
    }

    /// Full-width forms (and the typographic minus sign) as their ASCII counterparts, whitespace as a space.
    private static func asciiForm(_ scalar: Unicode.Scalar) -> UInt8 {
        switch scalar.value {
        case 0x21...0x7E: return UInt8(scalar.value)
        case 0xFF10...0xFF19: return UInt8(scalar.value - 0xFF10 + 0x30) // ０-９
        case 0xFF05: return UInt8(ascii: "%") // ％
        case 0xFF0E: return UInt8(ascii: ".") // ．
        case 0xFF0C: return UInt8(ascii: ",") // ，
        case 0xFF0B: return UInt8(ascii: "+") // ＋
        case 0xFF0D, 0x2212: return UInt8(ascii: "-") // －, −
        default: return scalar.properties.isWhitespace ? space : other
        }
    }
}
