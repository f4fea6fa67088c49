/// A reason as a reader wants it: without the field paths the engine adds for rubric authors.
///
/// "缺少数据：公用经费预算数（public_funds.budget）" reads "缺少数据：公用经费预算数"; `--explain` keeps them.
enum ReasonText {
    static func plain(_ text: String, explain: Bool) -> String {
        explain ? text : withoutPaths(text)
    }

    /// Drops every bracketed group "（…）" that holds only ASCII identifiers, dots, brackets, spaces and "、"
    /// (a list of fact paths), and at least one letter.
    static func withoutPaths(_ text: String) -> String {
        var output = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "（") {
            output += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "）") else { output += rest[open...]; return output }
            let inside = rest[rest.index(after: open)..<close]
            let isPaths = inside.contains { $0.isASCII && $0.isLetter }
                && inside.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber || "._[]- ".contains($0))) || $0 == "、" }
            if !isPaths { output += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        return output + rest
    }
}
