import Foundation

/// swift-argument-parser writes its usage errors in English; the rest of jixiao speaks Chinese. This rewrites
/// the messages it produces (the patterns below are its wording) and leaves any line it does not know as is,
/// so a new message in a later ArgumentParser version still reaches the user, only untranslated.
enum UsageErrorText {
    static func chinese(_ message: String) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            translate(String(line))
        }.joined(separator: "\n")
    }

    private static func translate(_ line: String) -> String {
        if line.hasPrefix("Error: ") { return "错误：" + sentence(String(line.dropFirst("Error: ".count))) }
        if line.hasPrefix("Help:  ") { return "说明：" + line.dropFirst("Help:  ".count) }
        if line.hasPrefix("Usage: ") { return "用法：" + line.dropFirst("Usage: ".count) }
        if let command = between(line, "  See '", "' for more information.") { return "  详见 \(command)。" }
        return line
    }

    /// One error sentence, by the patterns ArgumentParser uses.
    private static func sentence(_ text: String) -> String {
        if let name = between(text, "Missing expected argument '", "'") {
            return name.hasPrefix("-") ? "缺少必需的选项 \(name)" : "缺少必需的参数 \(name)"
        }
        if let name = between(text, "Unknown option '", "'") { return "未知的选项 \(name)" }
        if let name = between(text, "Missing value for '", "'") { return "选项 \(name) 缺少值" }
        if let name = between(text, "Unexpected argument '", "'") { return "多余的参数“\(name)”" }
        if text.hasPrefix("The value '"), let value = between(text, "The value '", "'"),
           let option = between(text, "' is invalid for '", "'") {
            var result = "选项 \(option) 的值“\(value)”无效"
            if let choices = between(text, "Please provide one of ", ".") {
                result += "，可选值：" + choices.replacingOccurrences(of: "'", with: "")
                    .replacingOccurrences(of: " or ", with: "、").replacingOccurrences(of: ", ", with: "、")
            }
            return result
        }
        if let name = between(text, "Unknown option '", "'. Did you mean '") {
            return "未知的选项 \(name)"
        }
        return text
    }

    /// The text between `start` and the next `end` after it.
    private static func between(_ text: String, _ start: String, _ end: String) -> String? {
        guard let open = text.range(of: start), let close = text.range(of: end, range: open.upperBound..<text.endIndex)
        else { return nil }
        return String(text[open.upperBound..<close.lowerBound])
    }
}
