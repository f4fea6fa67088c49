/// An exact number in normalized decimal form, for comparing YAML and JSON
/// numbers without binary floating point: value = ±digits × 10^exponent.
struct DecimalNumber: Hashable, CustomStringConvertible {
    /// No leading or trailing zeros; "0" for zero.
    private(set) var digits: String
    private(set) var exponent: Int
    private(set) var isNegative: Bool

    /// Parses decimal text: optional sign, digits with an optional fraction
    /// (either side of the point may be empty, not both), optional exponent.
    /// Accepts both JSON numbers and YAML 1.2 core-schema floats.
    init?(decimalText text: String) {
        var rest = Substring(text)
        var negative = false
        if let sign = rest.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            rest = rest.dropFirst()
        }
        var exponent = 0
        if let e = rest.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            var exponentText = rest[rest.index(after: e)...]
            var exponentNegative = false
            if let sign = exponentText.first, sign == "-" || sign == "+" {
                exponentNegative = sign == "-"
                exponentText = exponentText.dropFirst()
            }
            guard !exponentText.isEmpty, exponentText.allSatisfy(\.isASCIIDigit),
                  let magnitude = Int(exponentText) else { return nil }
            exponent = exponentNegative ? -magnitude : magnitude
            rest = rest[..<e]
        }
        let parts = rest.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0]
        let fraction = parts.count == 2 ? parts[1] : ""
        guard !(whole.isEmpty && fraction.isEmpty),
              whole.allSatisfy(\.isASCIIDigit), fraction.allSatisfy(\.isASCIIDigit) else { return nil }
        self.init(negative: negative, digits: String(whole + fraction), exponent: exponent - fraction.count)
    }

    /// Converts an unsigned integer written in `radix` (8, 10 or 16) to decimal,
    /// with schoolbook arithmetic so any length works.
    init?(integerText text: Substring, radix: Int, negative: Bool) {
        guard !text.isEmpty else { return nil }
        var decimalDigits: [Int] = [0] // least significant first
        for character in text {
            guard let digit = character.hexDigitValue, digit < radix else { return nil }
            var carry = digit
            for index in decimalDigits.indices {
                let value = decimalDigits[index] * radix + carry
                decimalDigits[index] = value % 10
                carry = value / 10
            }
            while carry > 0 {
                decimalDigits.append(carry % 10)
                carry /= 10
            }
        }
        self.init(negative: negative, digits: decimalDigits.reversed().map(String.init).joined(), exponent: 0)
    }

    private init(negative: Bool, digits: String, exponent: Int) {
        var digits = Substring(digits.drop { $0 == "0" })
        var exponent = exponent
        while digits.last == "0" {
            digits = digits.dropLast()
            exponent += 1
        }
        if digits.isEmpty {
            self.digits = "0"
            self.exponent = 0
            self.isNegative = false // -0 and 0 are the same number
        } else {
            self.digits = String(digits)
            self.exponent = exponent
            self.isNegative = negative
        }
    }

    var description: String { "\(isNegative ? "-" : "")\(digits)e\(exponent)" }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
