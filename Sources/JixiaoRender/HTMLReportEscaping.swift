import JixiaoEngine
import JixiaoExpression

/// Escaping and small number helpers for the HTML report.
enum HTMLReportEscaping {
    /// Text safe in element content and in double- or single-quoted attributes.
    static func escape(_ text: String) -> String {
        // Byte by byte (every character escaped is ASCII); a browser reads bytes, not grapheme clusters, so an
        // `&` followed by a combining mark is escaped too.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
            || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): output += "&amp;".utf8
            case UInt8(ascii: "<"): output += "&lt;".utf8
            case UInt8(ascii: ">"): output += "&gt;".utf8
            case UInt8(ascii: "\""): output += "&quot;".utf8
            case UInt8(ascii: "'"): output += "&#39;".utf8
            default: output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// ``escape(_:)`` written straight into `output` (a ``ByteBuffer`` where many are written): runs that need no
    /// escaping (all of Chinese text) are copied whole.
    static func append<Output: ByteOutput & ~Copyable>(escaping text: String, to output: inout Output) {
        // The String's own bytes, read in place; only a String not stored as UTF-8 is made contiguous first.
        if text.utf8.withContiguousStorageIfAvailable({ append(escaping: $0, to: &output) }) == nil {
            var text = text
            text.withUTF8 { append(escaping: $0, to: &output) }
        }
    }

    private static func append<Output: ByteOutput & ~Copyable>(escaping bytes: UnsafeBufferPointer<UInt8>,
                                                               to output: inout Output) {
        var runStart = 0
        for offset in bytes.indices {
            let byte = bytes[offset]
            // Every byte escaped is at most ">" (0x3E): one test passes over all others, UTF-8 of Chinese included.
            guard byte <= UInt8(ascii: ">") else { continue }
            let entity: StaticString
            switch byte {
            case UInt8(ascii: "&"): entity = "&amp;"
            case UInt8(ascii: "<"): entity = "&lt;"
            case UInt8(ascii: ">"): entity = "&gt;"
            case UInt8(ascii: "\""): entity = "&quot;"
            case UInt8(ascii: "'"): entity = "&#39;"
            default: continue
            }
            output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<offset]))
            append(entity, to: &output)
            runStart = offset + 1
        }
        output.append(UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }

    /// Fixed markup, copied as one block.
    static func append<Output: ByteOutput & ~Copyable>(_ markup: StaticString, to output: inout Output) {
        output.append(UnsafeBufferPointer(start: markup.utf8Start, count: markup.utf8CodeUnitCount))
    }

    /// A coordinate or length with one decimal, e.g. "312.5", from an exact value (no floating point).
    static func coordinate(_ value: Rational) -> String {
        // One decimal, a ".0" dropped: a score's text at one place.
        NumberFormat.score(value, places: 1)
    }

    /// ``coordinate(_:)`` written straight into `output`.
    static func append(coordinate value: Rational, to output: inout ByteBuffer) {
        append(score: value, places: 1, to: &output)
    }

    /// `NumberFormat.score(value, places:)` written straight into `output` (``ByteBuffer/appendScore(_:places:)``):
    /// digits, a point and a minus need no escaping.
    static func append(score value: Rational, places: Int = 2, to output: inout ByteBuffer) {
        output.appendScore(value, places: places)
    }

    /// `part ÷ whole × length`, clamped to 0 … length; 0 when `whole` is zero.
    static func scaled(_ part: Rational, of whole: Rational, length: Int) -> Rational {
        guard let fraction = part.divided(by: whole) else { return .zero }
        let value = fraction * Rational(length)
        return min(max(value, .zero), Rational(length))
    }

    /// Background for a share of points earned: red (0%) through amber to green (100%), light enough for dark text.
    static func heatColour(_ share: Rational) -> String {
        var colour: [UInt8] = []
        append(heatColour: share, to: &colour)
        return String(decoding: colour, as: UTF8.self)
    }

    /// ``heatColour(_:)`` written straight into `output`: a heat map has a colour per cell.
    static func append<Output: ByteOutput & ~Copyable>(heatColour share: Rational, to output: inout Output) {
        append("hsl(", to: &output)
        if let hue = hue(share) {
            // 0 … 120: at most three digits.
            if hue >= 100 { output.append(UInt8(ascii: "0") + UInt8(hue / 100)) }
            if hue >= 10 { output.append(UInt8(ascii: "0") + UInt8(hue / 10 % 10)) }
            output.append(UInt8(ascii: "0") + UInt8(hue % 10))
        } else {
            var text = (min(max(share, .zero), .one) * Rational(120)).decimalText(places: 0)
            text.withUTF8 { output.append($0) }
        }
        append(", 62%, 78%)", to: &output)
    }

    /// The hue of ``append(heatColour:to:)``, `share` clamped to 0 … 1 times 120 rounded half-up (as
    /// `decimalText(places: 0)` rounds), worked out in machine integers: a heat map has a colour per cell, and the
    /// product of two rationals and its text cost over a thousand instructions. Nil when the parts do not fit.
    static func hue(_ share: Rational) -> Int? {
        guard let (numerator, denominator) = share.int64Parts, denominator > 0 else { return nil }
        if numerator <= 0 { return 0 }
        if numerator >= denominator { return 120 }
        // 120 × n / d rounded half-up is ⌊(240 n + d) / 2d⌋; n < d, so only the products can overflow.
        let (twice, overflow) = numerator.multipliedReportingOverflow(by: 240)
        let (doubled, overflowAgain) = denominator.multipliedReportingOverflow(by: 2)
        let (sum, overflowLast) = twice.addingReportingOverflow(denominator)
        guard !overflow, !overflowAgain, !overflowLast else { return nil }
        return Int(sum / doubled)
    }

    /// Colours for grades, best first; grades past the list, and no grade, are grey.
    static let gradePalette = ["#2e7d32", "#1565c0", "#ef8f00", "#c62828"]
    static let ungradedColour = "#9e9e9e"
}
