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
    /// inside quotes a double quote is doubled (§2.7).
    public static func field(_ text: String) -> String {
        // Scan scalars, not Characters: "\r\n" is a single Character and would escape a Character-level check.
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return text }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted += "\"\"" } else { quoted.unicodeScalars.append(scalar) }
        }
        return quoted + "\""
    }
}
