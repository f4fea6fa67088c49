/// A tolerant tag stripper for HTML as government sites publish it: scripts, styles and comments dropped, block
/// elements and <br> end a line, table cells of a row joined by tabs, entities decoded. It never fails.
enum HTMLText {
    static let blockTags: Set<String> = ["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
                                         "article", "ul", "ol", "dd", "dt", "blockquote", "pre", "hr", "title", "tbody", "thead"]
    static let skippedTags: Set<String> = ["script", "style", "noscript", "head", "template", "svg"]

    static func lines(of html: String) -> [String] {
        let c = Array(html.unicodeScalars)
        var lines: [String] = []
        var current = ""
        var i = 0
        func endLine() {
            let t = current.trimmingBlanks()
            if !t.isEmpty { lines.append(t) }
            current = ""
        }
        while i < c.count {
            if c[i] == "<" {
                // Comments.
                if i + 3 < c.count, c[i + 1] == "!", c[i + 2] == "-", c[i + 3] == "-" {
                    i = indexAfter("-->", in: c, from: i + 4)
                    continue
                }
                let close = c[(i + 1)...].firstIndex(of: ">") ?? c.count
                let inner = String(String.UnicodeScalarView(c[(i + 1)..<min(close, c.count)]))
                let closing = inner.hasPrefix("/")
                let name = inner.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
                i = min(close + 1, c.count)
                if !closing, skippedTags.contains(name) {
                    i = indexAfter("</\(name)", in: c, from: i, caseInsensitive: true)
                    if let gt = c[min(i, c.count)...].firstIndex(of: ">") { i = gt + 1 }
                    continue
                }
                if name == "td" || name == "th" {
                    if closing { current += "\t" }
                } else if blockTags.contains(name) {
                    endLine()
                }
                continue
            }
            if c[i] == "&" {
                let (text, next) = entity(c, at: i)
                current += text
                i = next
                continue
            }
            if c[i] == "\n" || c[i] == "\r" || c[i] == "\t" {
                current += " "
            } else {
                current.unicodeScalars.append(c[i])
            }
            i += 1
        }
        endLine()
        return lines.map { $0.replacingTabRuns() }
    }

    private static func indexAfter(_ marker: String, in c: [Unicode.Scalar], from start: Int, caseInsensitive: Bool = false) -> Int {
        let m = Array(marker.unicodeScalars)
        var i = start
        while i + m.count <= c.count {
            var same = true
            for k in 0..<m.count {
                let a = c[i + k], b = m[k]
                if a != b && !(caseInsensitive && String(a).lowercased() == String(b).lowercased()) { same = false; break }
            }
            if same { return i + m.count }
            i += 1
        }
        return c.count
    }

    static let named: [String: String] = ["nbsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
                                          "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "mdash": "—", "ndash": "–",
                                          "hellip": "…", "middot": "·", "times": "×", "ensp": " ", "emsp": " ", "yen": "¥"]

    private static func entity(_ c: [Unicode.Scalar], at i: Int) -> (String, Int) {
        var k = i + 1
        while k < c.count, k - i <= 10, c[k] != ";", c[k] != "&", c[k] != " " { k += 1 }
        guard k < c.count, c[k] == ";" else { return ("&", i + 1) }
        let body = String(String.UnicodeScalarView(c[(i + 1)..<k]))
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            if let value, let scalar = Unicode.Scalar(value) { return (String(Character(scalar)), k + 1) }
            return ("&", i + 1)
        }
        if let text = named[body.lowercased()] { return (text, k + 1) }
        return ("&", i + 1)
    }
}

extension String {
    func trimmingBlanks() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\u{00A0}" || f == "\u{3000}" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\u{00A0}" || l == "\u{3000}" || l == "\t" { s = s.dropLast() }
        return String(s)
    }

    /// Cells around tabs trimmed, so a row reads “label<TAB>1<TAB>2”.
    func replacingTabRuns() -> String {
        guard contains("\t") else { return self }
        return split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingBlanks() }.joined(separator: "\t")
    }
}
