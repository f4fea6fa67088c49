/// Guesses what a YAML file is from the keys its lines start with, before decoding it: `lint` tells a rubric
/// from a check set or a submission this way.
public enum LineSniffer {
    /// Whether any line of `bytes` starts with `prefix` (compared as UTF-8 bytes; no String is built, since
    /// a rubric file is sniffed in full).
    public static func hasLine(startingWith prefix: String, in bytes: ArraySlice<UInt8>) -> Bool {
        let prefix = Array(prefix.utf8)
        var lineStart = bytes.startIndex
        while lineStart < bytes.endIndex {
            if bytes[lineStart...].starts(with: prefix) { return true }
            guard let newline = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) else { return false }
            lineStart = newline + 1
        }
        return false
    }
}
