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
        fields.map(field).joined(separator: ",") + lineEnd
    }

    /// A field is quoted when it contains a comma, a double quote, CR or LF (RFC 4180 §2.6);
    /// inside quotes a double quote is doubled (§2.7). Text a spreadsheet would run as a formula is neutralised first.
    public static func field(_ raw: String) -> String {
        let text = neutralised(raw)
        // Scan scalars, not Characters: "\r\n" is a single Character and would escape a Character-level check.
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return text }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted += "\"\"" } else { quoted.unicodeScalars.append(scalar) }
        }
        return quoted + "\""
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
