/// Bounds on a finding's Mustache template, checked before the template library parses it: the library
/// parses nested sections recursively, so 20,000 nested `{{#x}}` would overflow the stack.
enum TemplateLimits {
    static let maximumLength = 10_000
    static let maximumSectionDepth = 20

    /// Why `source` is refused, in Chinese; nil when it may be parsed.
    static func problem(in source: String) -> String? {
        let length = source.count
        if length > maximumLength { return "模板过长：\(length) 个字符，上限 \(maximumLength) 个" }
        // A changed delimiter would hide sections from the count below; templates never need one.
        if source.contains("{{=") { return "模板中不支持更换分隔符（{{= … =}}）" }
        var depth = 0
        var rest = Substring(source)
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            switch rest.first {
            case "#", "^":
                depth += 1
                if depth > maximumSectionDepth { return "模板分段（{{#…}}）嵌套过深：超过 \(maximumSectionDepth) 层" }
            case "/":
                depth -= 1
            default:
                break
            }
        }
        return nil
    }
}
