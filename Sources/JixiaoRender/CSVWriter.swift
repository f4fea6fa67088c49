/// RFC 4180 CSV text, in the dialect Excel opens without asking: UTF-8 with a byte order mark, CRLF line ends.
///
/// Without the byte order mark Excel on Windows reads UTF-8 as the local code page and Chinese turns into
/// mojibake; with it, every version since 2007 opens the file correctly by double-click.
public enum CSVWriter {
    /// The UTF-8 encoding of U+FEFF, written once at the very start of the file.
    public static let byteOrderMark = "\u{FEFF}"

    /// RFC 4180 §2: records end in CRLF.
    public static let lineEnd = "\r\n"

    /// One record: the fields, each quoted only when it has to be, separated by commas, ended by CRLF.
    public static func record(_ fields: [String]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(fields.count * 16)
        append(record: fields, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// ``record(_:)`` written straight into `output`.
    static func append<Output: ByteOutput & ~Copyable>(record fields: [String], to output: inout Output) {
        for (index, field) in fields.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            append(field: field, to: &output)
        }
        output.append(UInt8(ascii: "\r"))
        output.append(UInt8(ascii: "\n"))
    }

    /// A field is quoted when it contains a comma, a double quote, CR or LF (RFC 4180 §2.6);
    /// inside quotes a double quote is doubled (§2.7). Text a spreadsheet would run as a formula is neutralised first.
    public static func field(_ raw: String) -> String {
        var output: [UInt8] = []
        append(field: raw, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// ``field(_:)`` written straight into `output`. Byte by byte: every character that matters is ASCII, and a
    /// byte below 0x80 is always a whole scalar ("\r\n", one Character, is still two bytes here).
    static func append<Output: ByteOutput & ~Copyable>(field raw: String, to output: inout Output) {
        // The String's own bytes, read in place; only a String not stored as UTF-8 is made contiguous first.
        if raw.utf8.withContiguousStorageIfAvailable({ append(field: raw, bytes: $0, to: &output) }) == nil {
            var text = raw
            text.withUTF8 { append(field: raw, bytes: $0, to: &output) }
        }
    }

    /// ``append(field:to:)`` of `raw`, given its UTF-8.
    private static func append<Output: ByteOutput & ~Copyable>(
        field raw: String, bytes: UnsafeBufferPointer<UInt8>, to output: inout Output
    ) {
        let formula: Bool
        switch bytes.first {
        case UInt8(ascii: "=")?, UInt8(ascii: "+")?, UInt8(ascii: "-")?, UInt8(ascii: "@")?, UInt8(ascii: "\t")?,
             UInt8(ascii: "\r")?:
            formula = !isPlainNumber(raw)
        default:
            formula = false
        }
        // Every byte that needs quotes is at most "," (0x2C): one test passes over all others.
        let needsQuotes = bytes.contains {
            $0 <= UInt8(ascii: ",")
                && ($0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\n"))
        }
        if needsQuotes { output.append(UInt8(ascii: "\"")) }
        if formula { output.append(UInt8(ascii: "'")) }
        guard needsQuotes else {
            output.append(bytes)
            return
        }
        var runStart = 0
        for offset in bytes.indices where bytes[offset] == UInt8(ascii: "\"") {
            // The quote is copied with the run that follows it: doubled.
            output.append(UnsafeBufferPointer(rebasing: bytes[runStart...offset]))
            runStart = offset
        }
        output.append(UnsafeBufferPointer(rebasing: bytes[runStart...]))
        output.append(UInt8(ascii: "\""))
    }

    /// A cell starting with `=`, `+`, `-`, `@`, a tab or CR is a formula to Excel and LibreOffice (OWASP "CSV
    /// injection"); a department name like `=HYPERLINK(…)` must stay text, so it gets a leading `'`. Plain
    /// numbers such as `-0.25` are left alone: they are numbers, not formulas.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return isPlainNumber(text) ? text : "'" + text
    }

    /// `-12`, `-0.25`: an optional minus, digits, optionally a point and digits.
    static func isPlainNumber(_ text: String) -> Bool {
        var body = Substring(text)
        if body.hasPrefix("-") { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
