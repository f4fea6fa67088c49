import JixiaoExpression

extension ByteBuffer {
    /// `digits / 10^places` as decimal text with exactly `places` decimals, as `Rational.decimalText(digits:places:)`
    /// writes it ("0.05", never ".05"), without making the String: results.jsonl lines hold thousands of figures.
    mutating func appendDecimal(digits: Int64, places: Int) {
        // Written into a scratch space on the stack, then copied as one block.
        let length = Rational.scaledDecimalLength(digits, places: places)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { text in
            Rational.writeScaledDecimal(digits, places: places, into: text)
            append(UnsafeBufferPointer(text))
        }
    }
}
