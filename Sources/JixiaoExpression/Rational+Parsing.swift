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
        var scanner = DecimalScanner(maximumDigits: maximumDigits)
        _ = scanner.scan(text)
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
        var scanner = DecimalScanner(maximumDigits: maximumDigits)
        guard let value = scanner.scan(decimalText) else { return nil }
        self = value
    }
}

/// A single-pass reader for `Rational(decimalText:)` and `Rational.printedHalfUnit(of:)`.
///
/// Works on one byte per Unicode scalar (full-width forms mapped to ASCII, other non-ASCII scalars to a byte
/// no rule accepts): every figure of a document passes through here, and reading it by grapheme cluster
/// cost more than all the arithmetic done with it. A text of printable ASCII — nearly every figure — is read
/// in place from its UTF-8 bytes, and the digits are summed as they go by, so reading allocates nothing.
struct DecimalScanner {
    /// After a successful `scan(_:)`: the power of ten of one unit in the last printed place, with the
    /// percent sign taken into account ("1717.31" → −2, "88.61%" → −4, "1.5E-2" → −3).
    private(set) var lastPlaceExponent = 0
    /// After `scan(_:)` returned nil for a well-formed number: why its size was refused, in Chinese.
    private(set) var sizeProblem: String?
    private let maximumDigits: Int

    private static let space = UInt8(ascii: " ")
    /// Stands for any scalar that is neither ASCII, a full-width form, nor whitespace.
    private static let other: UInt8 = 0xFF
    /// The most significant digits summed in an Int64 without overflow.
    fileprivate static let int64Digits = 18

    init(maximumDigits: Int = Rational.maximumDigits) {
        self.maximumDigits = maximumDigits
    }

    mutating func scan(_ text: String) -> Rational? {
        var text = text
        return text.withUTF8 { utf8 in
            // Printable ASCII and spaces are their own one-byte forms; anything else is mapped first.
            var index = 0
            while index < utf8.count, utf8[index] >= 0x20, utf8[index] < 0x7F { index += 1 }
            if index == utf8.count { return scan(bytes: utf8) }
            guard let mapped = Self.mapped(utf8) else { return nil }
            return mapped.withUnsafeBufferPointer { scan(bytes: $0) }
        }
    }

    /// One byte per scalar of `utf8`; nil as soon as a scalar no rule accepts turns up (most texts with
    /// Chinese in them are labels, not numbers), so that the rest is neither mapped nor scanned.
    private static func mapped(_ utf8: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var mapped: [UInt8] = []
        mapped.reserveCapacity(utf8.count)
        for scalar in String(decoding: utf8, as: UTF8.self).unicodeScalars {
            let form = asciiForm(scalar)
            guard form != other else { return nil }
            mapped.append(form)
        }
        return mapped
    }

    /// Reads `bytes`, one byte per scalar as `asciiForm` gives it.
    private mutating func scan(bytes: UnsafeBufferPointer<UInt8>) -> Rational? {
        var reader = ByteReader(bytes: bytes)
        let negative = reader.scanSign()

        // The digits before the point, with thousands commas only between complete three-digit groups after
        // a first group of one to three digits.
        var mantissa = MantissaSum()
        let firstGroup = reader.scanDigits(into: &mantissa)
        var integerCount = firstGroup
        if reader.peek() == UInt8(ascii: ",") {
            guard (1...3).contains(firstGroup) else { return nil }
            while reader.peek() == UInt8(ascii: ",") {
                reader.position += 1
                let group = reader.scanDigits(into: &mantissa)
                guard group == 3 else { return nil }
                integerCount += group
            }
        }
        var fractionCount = 0
        if reader.peek() == UInt8(ascii: ".") {
            reader.position += 1
            mantissa.countsLeadingZeros = true
            fractionCount = reader.scanDigits(into: &mantissa)
        }
        guard integerCount + fractionCount > 0 else { return nil }
        let digitsEnd = reader.position

        var exponent = 0
        var problem: String?
        // Leading zeros of the integer part are not counted; zeros after the point are.
        let significant = mantissa.significantDigits
        if significant > maximumDigits {
            problem = "数字位数过多（\(significant) 位），最多 \(maximumDigits) 位"
        }
        if reader.peek() == UInt8(ascii: "e") || reader.peek() == UInt8(ascii: "E") {
            reader.position += 1
            let negativeExponent = reader.scanSign()
            let exponentStart = reader.position
            var exponentSum = MantissaSum()
            let exponentCount = reader.scanDigits(into: &exponentSum)
            guard exponentCount > 0 else { return nil }
            let magnitude = exponentCount > 6 ? Int.max : Int(exponentSum.value)
            if magnitude > Rational.maximumDecimalExponent {
                let written = String(decoding: bytes[exponentStart..<exponentStart + min(exponentCount, 6)], as: UTF8.self)
                problem = problem ?? "指数过大（\(negativeExponent ? "-" : "")\(written)\(exponentCount > 6 ? "…" : "")），指数最多为 ±\(Rational.maximumDecimalExponent)"
            } else {
                exponent = negativeExponent ? -magnitude : magnitude
            }
        }

        // Whitespace before the percent sign is common in documents ("88.61 %").
        reader.skipSpaces()
        var isPercent = false
        if reader.peek() == UInt8(ascii: "%") {
            isPercent = true
            reader.position += 1
        }
        guard reader.position == reader.end else { return nil }
        // Refused only now, so that a text that is not a number at all is not called too long.
        if let problem {
            sizeProblem = problem
            return nil
        }

        let value: Rational
        if significant <= Self.int64Digits {
            value = Rational(Int(mantissa.value))
        } else {
            // Too long for Int64: read again from the text, commas and point left out.
            let digits = bytes[reader.start..<digitsEnd].filter { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            guard let big = BigInt(String(decoding: digits, as: UTF8.self)) else { return nil }
            value = Rational(big)
        }
        lastPlaceExponent = exponent - fractionCount - (isPercent ? 2 : 0)
        let scaled = value * Rational.powerOfTen(lastPlaceExponent)
        return negative ? -scaled : scaled
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
        case 0x4E00...0x9FFF: return other // CJK ideographs, answered before the slower whitespace lookup
        default: return scalar.properties.isWhitespace ? space : other
        }
    }
}

/// The value of a run of decimal digits, summed while it fits in an Int64, and how many of them count.
private struct MantissaSum {
    var value: Int64 = 0
    /// Digits from the first non-zero one on, and every digit once `countsLeadingZeros` is set.
    var significantDigits = 0
    /// Set at the decimal point: zeros after it count as digits ("0.05" has two), as the size limit wants.
    var countsLeadingZeros = false

    mutating func add(_ digit: UInt8) {
        if significantDigits == 0 && digit == 0 && !countsLeadingZeros { return }
        significantDigits += 1
        // Past 18 digits the value is read again as a BigInt, so this sum is no longer used.
        if significantDigits <= DecimalScanner.int64Digits { value = value * 10 + Int64(digit) }
    }
}

/// A position in the scanned bytes, with surrounding spaces already cut off.
private struct ByteReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let start: Int
    let end: Int
    var position: Int

    init(bytes: UnsafeBufferPointer<UInt8>) {
        let space = UInt8(ascii: " ")
        var end = bytes.count
        while end > 0, bytes[end - 1] == space { end -= 1 }
        var start = 0
        while start < end, bytes[start] == space { start += 1 }
        self.bytes = bytes
        self.start = start
        self.end = end
        self.position = start
    }

    func peek() -> UInt8? {
        position < end ? bytes[position] : nil
    }

    /// Consumes an optional `+` or `-`; returns whether it was `-`.
    mutating func scanSign() -> Bool {
        switch peek() {
        case UInt8(ascii: "+"): position += 1; return false
        case UInt8(ascii: "-"): position += 1; return true
        default: return false
        }
    }

    /// Consumes a run of digits, adding each to `sum`; returns how many there were.
    mutating func scanDigits(into sum: inout MantissaSum) -> Int {
        let first = position
        while position < end, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") {
            sum.add(bytes[position] - UInt8(ascii: "0"))
            position += 1
        }
        return position - first
    }

    mutating func skipSpaces() {
        while position < end, bytes[position] == UInt8(ascii: " ") { position += 1 }
    }
}
