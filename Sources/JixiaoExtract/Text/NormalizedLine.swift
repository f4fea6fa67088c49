/// A line with full-width digits, signs and brackets mapped to ASCII one character for one character, so an
/// index into the normalized characters is also the column in the printed line.
struct NormalizedLine {
    let printed: [Character]
    let chars: [Character]

    init(_ line: String) {
        printed = Array(line)
        chars = printed.map(Self.normalize)
    }

    static func normalize(_ c: Character) -> Character {
        switch c {
        case "０"..."９":
            let offset = c.unicodeScalars.first!.value - ("０" as Character).unicodeScalars.first!.value
            return Character(Unicode.Scalar(UInt32(48) + offset)!)
        case "％": return "%"
        case "．": return "."
        case "－", "—", "−": return "-"
        case "（": return "("
        case "）": return ")"
        case "：": return ":"
        case "；": return ";"
        case "\u{3000}", "\u{00A0}", "\t": return " "
        case "\"": return "\""
        default: return c
        }
    }

    /// The normalized text of `range`.
    func text(_ range: Range<Int>) -> String { String(chars[range.clamped(to: 0..<chars.count)]) }
    /// The printed text of `range`.
    func printedText(_ range: Range<Int>) -> String { String(printed[range.clamped(to: 0..<printed.count)]) }
}
