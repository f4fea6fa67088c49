/// Writes YAML scalars and keys by hand (jixiao has no YAML emitter): plain where no YAML 1.1 or 1.2 reader
/// could take the text for anything but a string, double-quoted otherwise.
enum YAMLText {
    /// `text` as a plain scalar when that is safe, else as a double-quoted one.
    static func scalar(_ text: String) -> String {
        needsQuotes(text) ? quoted(text) : text
    }

    /// A flow sequence of scalars: `[a, "b: c"]`. Inside `[…]` a comma would split an entry, so quote it.
    static func flowSequence(_ items: [String]) -> String {
        "[" + items.map { $0.contains(",") ? quoted($0) : scalar($0) }.joined(separator: ", ") + "]"
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\\x" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Words YAML 1.1 (still used by many tools) or 1.2 reads as null or a truth value.
    private static let reservedWords: Set<String> = [
        "null", "~", "true", "false", "yes", "no", "on", "off", "y", "n",
    ]
    /// Characters that may not start a plain scalar.
    private static let indicatorStarts = Set("-?:,[]{}#&*!|>'\"%@`=<")

    static func needsQuotes(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last else { return true }
        if first.isWhitespace || last.isWhitespace || indicatorStarts.contains(first) { return true }
        if reservedWords.contains(text.lowercased()) { return true }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return true }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return true }
        return looksNumeric(text)
    }

    /// Integers, floats, hex, octal, sexagesimal and .inf/.nan in any YAML version's reading.
    private static func looksNumeric(_ text: String) -> Bool {
        let body = text.first == "+" || text.first == "-" ? text.dropFirst() : Substring(text)
        if [".inf", ".nan"].contains(body.lowercased()) { return true }
        guard let first = body.first, first.isASCII, first.isNumber || first == "." else { return false }
        return body.allSatisfy { $0.isASCII && ($0.isHexDigit || "._:+-xXoO".contains($0)) }
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
