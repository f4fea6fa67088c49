extension ByteBuffer {
    /// `digits / 10^places` as decimal text with exactly `places` decimals, as `Rational.decimalText(digits:places:)`
    /// writes it ("0.05", never ".05"), without making the String: results.jsonl lines hold thousands of figures.
    mutating func appendDecimal(digits: Int64, places: Int) {
        var magnitude = digits.magnitude
        var digitCount = 1
        var rest = magnitude / 10
        while rest > 0 { digitCount += 1; rest /= 10 }
        let written = max(digitCount, places + 1)
        let length = (digits < 0 ? 1 : 0) + written + (places > 0 ? 1 : 0)
        // Written from the last digit backwards into a scratch space on the stack, then copied as one block.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { text in
            var position = length
            for index in 0..<written {
                if places > 0 && index == places {
                    position -= 1
                    text[position] = UInt8(ascii: ".")
                }
                position -= 1
                text[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            }
            if digits < 0 { text[0] = UInt8(ascii: "-") }
            append(UnsafeBufferPointer(text))
        }
    }
}
