/// Bounds on a finding's Mustache template, checked before the template library parses it: the library
/// parses nested sections recursively, so 20,000 nested `{{#x}}` would overflow the stack.
enum TemplateLimits {
    static let maximumLength = 10_000
    static let maximumSectionDepth = 20

    /// Why `source` is refused, in Chinese; nil when it may be parsed.
    static func problem(in source: String) -> String? {
        // A character has at least one byte: counting characters (grapheme breaking over Chinese text, the
        // dearest part of loading a finding) is needed only for a text with more bytes than the limit.
        if source.utf8.count > maximumLength {
            let length = source.count
            if length > maximumLength { return "模板过长：\(length) 个字符，上限 \(maximumLength) 个" }
        }
        // The tags are ASCII, so they are found among the bytes; no UTF-8 sequence holds an ASCII byte.
        var text = source
        return text.withUTF8 { bytes -> String? in
            // A changed delimiter would hide sections from the count below; templates never need one.
            if bytes.count >= 3 {
                for index in 0..<(bytes.count - 2) where bytes[index] == UInt8(ascii: "{")
                    && bytes[index + 1] == UInt8(ascii: "{") && bytes[index + 2] == UInt8(ascii: "=") {
                    return "模板中不支持更换分隔符（{{= … =}}）"
                }
            }
            var depth = 0
            var index = 0
            while index + 1 < bytes.count {
                guard bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{") else {
                    index += 1
                    continue
                }
                index += 2
                guard index < bytes.count else { break }
                switch bytes[index] {
                case UInt8(ascii: "#"), UInt8(ascii: "^"):
                    depth += 1
                    if depth > maximumSectionDepth { return "模板分段（{{#…}}）嵌套过深：超过 \(maximumSectionDepth) 层" }
                case UInt8(ascii: "/"):
                    depth -= 1
                default:
                    break
                }
            }
            return nil
        }
    }
}
