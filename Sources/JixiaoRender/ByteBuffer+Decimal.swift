import JixiaoEngine
import JixiaoExpression

extension ByteBuffer {
    /// `NumberFormat.score(value, places:)` written straight in: a value that ends within `places` decimals (as
    /// nearly every score and coordinate does) as its digits, without making a String. Its own decimals have no
    /// trailing zero then, which is the text `NumberFormat.score` gives.
    mutating func appendScore(_ value: Rational, places: Int) {
        if let exact = value.scaledDecimal(maxPlaces: places) {
            appendDecimal(digits: exact.digits, places: exact.places)
        } else {
            append(NumberFormat.score(value, places: places))
        }
    }

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
            // Two digits per division, from a table of the pairs "00" … "99".
            let pairs = Self.digitPairs.utf8Start
            func writeDigits(_ count: Int) {
                var left = count
                while left >= 2 {
                    let pair = Int(magnitude % 100)
                    magnitude /= 100
                    position -= 2
                    free[position] = pairs[2 * pair]
                    free[position + 1] = pairs[2 * pair + 1]
                    left -= 2
                }
                if left == 1 {
                    position -= 1
                    free[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
                    magnitude /= 10
                }
            }
            if places > 0 {
                writeDigits(places)
                position -= 1
                free[position] = UInt8(ascii: ".")
            }
            writeDigits(written - places)
            if value < 0 { free[0] = UInt8(ascii: "-") }
        }
        commit(length)
    }

    /// "00", "01" … "99", one after another.
    private static var digitPairs: StaticString {
        """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """
    }
}
