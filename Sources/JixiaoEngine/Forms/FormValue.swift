import JixiaoExpression
import JixiaoYAML

/// A target or an actual value as a form prints it: `≥95%`, `≤100%`, `266米`, `20万元`, `10天以内`, or words
/// such as 达到预期 and 显著提升.
public struct FormValue: Sendable {
    public enum Comparison: Sendable, Equatable {
        /// ≥, >, = or no operator: more is better (正向).
        case atLeast
        /// ≤ or <: less is better (反向).
        case atMost
    }

    public var printed: String
    public var location: SourceLocation
    /// The one number the text holds (a rate as a fraction: 95% → 0.95); nil for words.
    public var number: Rational?
    /// What follows the number (`%`, `米`, `万元`, `天`), without the direction words.
    public var unit: String
    public var comparison: Comparison

    public var isQuantitative: Bool { number != nil }

    static let atLeastMarks = ["≥", "≧", ">=", "＞＝", ">", "＞", "=", "＝"]
    static let atMostMarks = ["≤", "≦", "<=", "＜＝", "<", "＜"]
    static let atMostSuffixes = ["以内", "以下", "之内", "内"]
    static let atLeastSuffixes = ["及以上", "以上"]

    /// Reads the printed text; a text with no number or with more than one (a date such as 2022年12月) is words.
    init(printed: String, location: SourceLocation) {
        self.printed = printed
        self.location = location
        var text = Substring(printed.filter { !$0.isWhitespace })
        var comparison = Comparison.atLeast
        if let mark = Self.atMostMarks.first(where: { text.hasPrefix($0) }) {
            comparison = .atMost
            text = text.dropFirst(mark.count)
        } else if let mark = Self.atLeastMarks.first(where: { text.hasPrefix($0) }) {
            text = text.dropFirst(mark.count)
        }
        if let suffix = Self.atMostSuffixes.first(where: { text.hasSuffix($0) }) {
            comparison = .atMost
            text = text.dropLast(suffix.count)
        } else if let suffix = Self.atLeastSuffixes.first(where: { text.hasSuffix($0) }) {
            text = text.dropLast(suffix.count)
        }
        self.comparison = comparison
        // Digits only: Character.isNumber also holds for 万 and 亿, which here are units.
        let numberEnd = text.firstIndex { !(Self.isDigit($0) || $0 == "." || $0 == "," || $0 == "-") } ?? text.endIndex
        let numberText = String(text[..<numberEnd])
        let rest = String(text[numberEnd...])
        let restHasDigits = rest.contains(where: Self.isDigit)
        if !numberText.isEmpty, !restHasDigits, var value = Rational(decimalText: numberText) {
            if rest.hasPrefix("%") || rest.hasPrefix("％") { value = value.divided(by: .hundred)! }
            number = value
            unit = rest
        } else {
            number = nil
            unit = ""
        }
    }

    static func isDigit(_ character: Character) -> Bool {
        ("0"..."9").contains(character) || ("０"..."９").contains(character)
    }

    /// The number in `other`'s unit when both are amounts in different units (20万元 against 200000元).
    func number(convertedTo other: FormValue) -> Rational? {
        guard let number else { return nil }
        guard unit != other.unit, let factor = FactValueReader.factor(from: unit, to: other.unit) else { return number }
        return number * factor
    }
}
