import JixiaoEngine
import JixiaoExpression

/// Somewhere a JSON document is written value by value: straight into bytes (``JSONLineWriter``) or into a
/// ``JSONValue`` tree (``JSONTreeBuilder``). Parts that both the `jixiao.result/1` tree and the results.jsonl line
/// hold are written once, against this protocol, so the two cannot drift apart.
protocol JSONOutput: ~Copyable {
    mutating func object(_ members: (inout Self) -> Void)
    mutating func array(_ elements: (inout Self) -> Void)
    /// A key of the schema; its value is written next.
    mutating func key(_ key: StaticString)
    /// A key taken from data (an input's name); its value is written next.
    mutating func key(escaping key: String)
    mutating func string(_ text: String)
    /// A fraction as a string, "1000/19".
    mutating func string(numerator: Int64, denominator: Int64)
    /// Decimal text written as is, e.g. "88.61".
    mutating func number(_ text: String)
    /// `digits / 10^places` as decimal text with exactly `places` decimals (a ``Rational/scaledDecimal(shift:maxPlaces:)``).
    mutating func number(digits: Int64, places: Int)
    mutating func bool(_ flag: Bool)
    mutating func null()
    /// A value already built as a tree.
    mutating func value(_ value: JSONValue)
}

extension JSONOutput where Self: ~Copyable {
    mutating func string(numerator: Int64, denominator: Int64) {
        string("\(numerator)/\(denominator)")
    }

    /// A number in its display unit (a rate as 88.61), exactly when it needs at most `places` decimals, else
    /// rounded half-up: what ``JSONRenderer/numberText(_:unit:places:)`` gives, its digits written directly when
    /// they can be.
    mutating func number(_ value: Rational, unit: DisplayUnit, places: Int) {
        // Matched, not compared: `==` on a unit copies and releases its symbol, once per figure of a line.
        let shift = if case .percent = unit { 2 } else { 0 }
        if let exact = value.scaledDecimal(shift: shift, maxPlaces: places) {
            number(digits: exact.digits, places: exact.places)
        } else {
            number(JSONRenderer.numberText(value, unit: unit, places: places))
        }
    }

    mutating func member(_ key: StaticString, _ text: String) {
        self.key(key)
        string(text)
    }

    mutating func member(_ key: StaticString, _ text: String?) {
        self.key(key)
        if let text { string(text) } else { null() }
    }

    mutating func member(_ key: StaticString, _ value: JSONValue) {
        self.key(key)
        self.value(value)
    }

    mutating func member(_ key: StaticString, _ flag: Bool) {
        self.key(key)
        bool(flag)
    }

    /// An exact number, written as ``JSONValue/number(_:places:)`` writes it; null when absent.
    mutating func member(_ key: StaticString, number value: Rational?) {
        self.key(key)
        guard let value else { null(); return }
        if let exact = value.scaledDecimal(maxPlaces: JSONValue.defaultPlaces) {
            number(digits: exact.digits, places: exact.places)
        } else {
            number(JSONValue.numberText(value))
        }
    }

    mutating func member(_ key: StaticString, strings texts: [String]) {
        self.key(key)
        array { output in
            for text in texts { output.string(text) }
        }
    }
}
