/// Untrusted text (department names, anything a submission or rubric says) placed in Markdown.
///
/// It must stay text: no raw HTML (`<script>`, `<img onerror>`), no links or images (`[x](javascript:…)`),
/// no emphasis or code that changes what is shown, no line break that starts a new block or row. So control
/// characters go (as on a terminal), and every character Markdown could act on is backslash-escaped
/// (CommonMark renders an escaped ASCII punctuation mark as itself).
enum MarkdownText {
    /// Text for a line or a table cell; `|` is escaped too, so it cannot end a cell.
    static func cell(_ text: String) -> String {
        var output: [UInt8] = []
        append(cell: text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// ``cell(_:)`` written straight into `output`: runs of bytes that need no escaping (all of Chinese text) are
    /// copied whole. Byte by byte is enough, as every character escaped is ASCII.
    static func append<Output: ByteOutput & ~Copyable>(cell text: String, to output: inout Output) {
        // Most cells (figures, names, reasons in Chinese) are their own escaped text: then copied as they are, in
        // one pass over their bytes, without cleaning them into a new String first.
        if text.utf8.withContiguousStorageIfAvailable({ bytes in
            guard isPlain(bytes) else { return false }
            output.append(bytes)
            return true
        }) == true {
            return
        }
        var clean = TerminalText.line(text)
        let blockEscape = blockStartEscapeOffset(clean)
        clean.withUTF8 { bytes in
            var runStart = 0
            for offset in bytes.indices {
                let byte = bytes[offset]
                guard isEscaped(byte) || offset == blockEscape else { continue }
                output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<offset]))
                output.append(UInt8(ascii: "\\"))
                runStart = offset
            }
            output.append(UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }

    /// Whether `byte` is one of the ASCII characters Markdown acts on inside a line: \\ ` * _ [ ] < > | ~.
    // A switch, not a table: the compiler tests it in a few instructions, and a table in a `static let` cost a
    // `swift_once` call per cell.
    @inline(__always)
    private static func isEscaped(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }

    /// ``code(_:)`` written straight into `output`.
    static func append(code text: String, to output: inout ByteBuffer) {
        let clean = TerminalText.line(text)
        // Most paths hold no backtick: then the fence is one backtick, with no padding, and no Character need be
        // made. A Character equal to "`" is the byte 60 or U+1FEF (canonically the same), whose UTF-8 starts E1.
        if !clean.utf8.contains(where: { $0 == UInt8(ascii: "`") || $0 == 0xE1 }) {
            output.append(UInt8(ascii: "`"))
            output.append(clean)
            output.append(UInt8(ascii: "`"))
        } else {
            output.append(code(text))
        }
    }

    /// Text as a code span (a file path): fenced with more backticks than any run inside it, so it cannot end early.
    static func code(_ text: String) -> String {
        let clean = TerminalText.line(text)
        var longest = 0, run = 0
        for character in clean {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padding = clean.hasPrefix("`") || clean.hasSuffix("`") ? " " : ""
        return fence + padding + clean + padding + fence
    }

    /// At the start of a line, `> `, `# `, `- `, `+ `, `---`, `===` or `1. ` would make a quote, heading, list
    /// or rule: the byte offset in `text` before which a backslash goes, or nil. Figures such as "-0.25" or
    /// "90.00%" are left as they are. Escaping the other characters first would not change the answer: none of
    /// them is a marker, a digit, "." or ")".
    private static func blockStartEscapeOffset(_ text: String) -> Int? {
        // Every marker is ASCII, and most cells are Chinese text or figures ("10", "8.5"): their bytes rule them
        // out before any Character is made.
        guard let firstByte = text.utf8.first else { return nil }
        switch firstByte {
        case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: ">"): break
        case UInt8(ascii: "0")...UInt8(ascii: "9"): guard mayBeNumberedItem(text.utf8) else { return nil }
        default: return nil
        }
        guard let first = text.first else { return nil }
        let second = text.dropFirst().first
        let marker = second == nil || second == " " || second == first
        if first == ">" || ("#-+=".contains(first) && marker) { return 0 }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        let rest = text.dropFirst(digits.count)
        if !digits.isEmpty, let after = rest.first, after == "." || after == ")",
           rest.dropFirst().first == nil || rest.dropFirst().first == " " {
            return digits.utf8.count
        }
        return nil
    }

    /// Whether ``append(cell:to:)`` would copy these bytes unchanged: nothing for ``TerminalText/line(_:)`` to
    /// remove, no block marker at the start (see ``blockStartEscapeOffset(_:)``), no byte to escape.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch bytes.first {
        case UInt8(ascii: ">")?:
            return false
        case UInt8(ascii: "#")?, UInt8(ascii: "-")?, UInt8(ascii: "+")?, UInt8(ascii: "=")?:
            // A marker only when followed by nothing, a space or itself. Followed by another ASCII character, as in
            // a figure such as "-7.63%", it is a Character of its own (no ASCII character extends the one before
            // it), and the next one is neither a space nor the marker: no marker, as the Character rules also say.
            let second = bytes.count > 1 ? bytes[1] : nil
            guard let second, second < 0x80, second != UInt8(ascii: " "), second != bytes[0] else { return false }
        case (UInt8(ascii: "0")...UInt8(ascii: "9"))?:
            if mayBeNumberedItem(bytes) { return false }
        default:
            break
        }
        // One pass for both questions: an ASCII byte answers at once, and of the others only C2 and E2 can start
        // a scalar TerminalText.line removes, so only text holding one (a curly quote, say) is asked again.
        var mayNeedCleaning = false
        for byte in bytes {
            if byte >= 0x80 {
                if byte == 0xC2 || byte == 0xE2 { mayNeedCleaning = true }
            } else if byte < 0x20 || byte == 0x7F || isEscaped(byte) {
                return false
            }
        }
        return !mayNeedCleaning || !TerminalText.needsCleaning(bytes)
    }

    /// Whether `bytes` could be read as "1. " or "1)" by the Character rules: digits, then "." or ")", then
    /// nothing or a space. Never false when they could; decides nothing by itself for other first bytes.
    private static func mayBeNumberedItem<Bytes: Collection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        var index = bytes.startIndex
        while index != bytes.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            bytes.formIndex(after: &index)
        }
        guard index != bytes.startIndex, index != bytes.endIndex,
              bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")") else { return false }
        bytes.formIndex(after: &index)
        return index == bytes.endIndex || bytes[index] == UInt8(ascii: " ")
    }
}
