import Testing
import JixiaoExpression
@testable import JixiaoEngine

/// Scores drop trailing zeros. A value that ends within the places asked for is written from its own digits
/// (the fast path); any other is rounded half-up and then trimmed (the general path). Both must read alike.
@Suite("Trimmed numbers")
struct NumberFormatTests {
    static func fraction(_ numerator: Int64, _ denominator: Int64) -> Rational {
        Rational(int64Numerator: numerator, denominator: denominator)!
    }

    /// The general path on its own: rounded to `places`, then trailing zeros and a bare point cut.
    static func roundedThenCut(_ value: Rational, places: Int) -> String {
        var text = value.decimalText(places: places)
        guard text.contains(".") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    @Test("values that end within the places are written from their own digits, as rounding and cutting would")
    func fastPath() {
        // 17/2 = 8.5; 10; 11/10 = 1.1; −5/4 = −1.25; 0; 3/4 = 0.75 at 4 places.
        let cases: [(Rational, Int, String)] = [
            (Self.fraction(17, 2), 2, "8.5"), (Rational(10), 2, "10"), (Self.fraction(11, 10), 2, "1.1"),
            (Self.fraction(-5, 4), 2, "-1.25"), (Rational(0), 2, "0"), (Self.fraction(3, 4), 4, "0.75"),
        ]
        for (value, places, expected) in cases {
            #expect(value.scaledDecimal(maxPlaces: places) != nil)
            #expect(NumberFormat.score(value, places: places) == expected)
            #expect(Self.roundedThenCut(value, places: places) == expected)
        }
    }

    @Test("values that need rounding take the general path")
    func generalPath() {
        // 1/3 → 0.33; 2/3 → 0.67; 1/8 = 0.125 → 0.13 (half up); 1/200 = 0.005 → 0.01; 199/200 = 0.995 → 1.00 → 1.
        let cases: [(Rational, Int, String)] = [
            (Self.fraction(1, 3), 2, "0.33"), (Self.fraction(2, 3), 2, "0.67"), (Self.fraction(1, 8), 2, "0.13"),
            (Self.fraction(1, 200), 2, "0.01"), (Self.fraction(199, 200), 2, "1"),
        ]
        for (value, places, expected) in cases {
            #expect(value.scaledDecimal(maxPlaces: places) == nil)
            #expect(NumberFormat.score(value, places: places) == expected)
            #expect(Self.roundedThenCut(value, places: places) == expected)
        }
    }

    @Test("a unit is written after the digits, rounded or exact")
    func units() {
        // 1717306/1000 = 1717.306 → 1717.31万元; 0.88611 → 88.61%; 2 → 2辆; 5/2 = 2.5 → 2.5辆;
        // 1/3 → 0.33辆 (rounded); 17/2 = 8.5 → 8.5分; 10 → 10分; 2/3 → 0.67分.
        #expect(NumberFormat.show(Self.fraction(1717306, 1000), as: .amount("万元")) == "1717.31万元")
        #expect(NumberFormat.show(Self.fraction(88611, 100000), as: .percent) == "88.61%")
        #expect(NumberFormat.show(Rational(2), as: .count("辆")) == "2辆")
        #expect(NumberFormat.show(Self.fraction(5, 2), as: .count("辆")) == "2.5辆")
        #expect(NumberFormat.show(Self.fraction(1, 3), as: .count("辆")) == "0.33辆")
        #expect(NumberFormat.show(Self.fraction(17, 2), as: .points) == "8.5分")
        #expect(NumberFormat.show(Rational(10), as: .points) == "10分")
        #expect(NumberFormat.show(Self.fraction(2, 3), as: .points) == "0.67分")
    }

    @Test("a list shows its items in brackets, separated by full-width commas")
    func list() {
        let items: Value = .list([.number(Rational(12)), .number(Self.fraction(7, 2))])
        #expect(NumberFormat.show(items, as: .amount("万元")) == "[12.00万元，3.50万元]")
        #expect(NumberFormat.show(.list([]), as: .amount("万元")) == "[]")
        #expect(NumberFormat.show(.list([.number(Rational(1))]), as: .plain) == "[1]")
    }
}
