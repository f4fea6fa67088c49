import JixiaoExpression

/// Shows numbers the way the documents do: 万元 with two decimals, rates with two decimals and %.
public enum NumberFormat {
    public static func show(_ value: Rational, as unit: DisplayUnit, places: Int = 2) -> String {
        switch unit {
        case .percent: value.percentText(places: places)
        case .amount(let symbol): value.decimalText(places: places) + symbol
        case .count(let word): (value.isInteger ? value.decimalText(places: 0) : trimmed(value, places: places)) + word
        case .points: trimmed(value, places: places) + "分"
        case .plain: trimmed(value, places: max(places, 4))
        }
    }

    /// Scores: at most `places` decimals, trailing zeros dropped (8.50 → "8.5", 10.00 → "10").
    public static func score(_ value: Rational, places: Int = 2) -> String {
        trimmed(value, places: places)
    }

    static func trimmed(_ value: Rational, places: Int) -> String {
        // A value that ends within `places` decimals needs no rounding, and its own decimals have no trailing
        // zero: its text is written once, not rounded, written and cut. Scores and most figures are such.
        if let exact = value.scaledDecimal(maxPlaces: places) {
            return Rational.decimalText(digits: exact.digits, places: exact.places)
        }
        let text = value.decimalText(places: places)
        // Trimmed as bytes: the text is ASCII digits, and Foundation's `contains` searched it as Unicode text.
        guard text.utf8.contains(UInt8(ascii: ".")) else { return text }
        var bytes = text.utf8[...]
        while bytes.last == UInt8(ascii: "0") { bytes = bytes.dropLast() }
        if bytes.last == UInt8(ascii: ".") { bytes = bytes.dropLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Paths in sorted order, separated by “、”, as the texts about missing data list them.
    static func listed(_ paths: Set<String>) -> String {
        // Most lists hold one path, which is its own text: nothing to sort or join.
        if paths.count == 1 { return paths.first! }
        return paths.sorted().joined(separator: "、")
    }

    public static func show(_ value: Value, as unit: DisplayUnit, places: Int = 2) -> String {
        switch value {
        case .number(let number): show(number, as: unit, places: places)
        case .bool(let flag): flag ? "是" : "否"
        case .text(let text): text
        case .list(let items): "[" + items.map { show($0, as: unit, places: places) }.joined(separator: "，") + "]"
        case .missing(let paths): "缺少数据（\(listed(paths))）"
        case .notComputable(let reason): "无法计算（\(reason)）"
        }
    }
}
