import JixiaoExpression

extension ByteBuffer {
    /// `digits / 10^places` as decimal text with exactly `places` decimals, as `Rational.decimalText(digits:places:)`
    /// writes it ("0.05", never ".05"; "-1.20"), without making the String: results.jsonl lines hold thousands of
    /// figures.
    ///
    /// Written here rather than through `Rational.writeScaledDecimal(_:places:into:)`: straight into the buffer's
    /// free space, from the last digit backwards, with no scratch space, copy or bounds check per digit (that call
    /// and its scratch space cost about three hundred instructions a figure).
    mutating func appendDecimal(digits value: Int64, places: Int) {
        let places = max(places, 0)
        var magnitude = value.magnitude
        var digitCount = 1
        var rest = magnitude / 10
        while rest > 0 { digitCount += 1; rest /= 10 }
        // As many digits as the value has, but at least one before the point.
        let written = max(digitCount, places + 1)
        let length = (value < 0 ? 1 : 0) + written + (places > 0 ? 1 : 0)
        reserve(length)
        withFreeSpace { free in
            var position = length
            for index in 0..<written {
                if index == places && places > 0 {
                    position -= 1
                    free[position] = UInt8(ascii: ".")
                }
                position -= 1
                free[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            }
            if value < 0 { free[0] = UInt8(ascii: "-") }
        }
        commit(length)
    }
}
