import Foundation

/// The department, year, unit and kind of page, read from the title and the 单位 lines.
struct TitleReader {
    var department: String?
    var year: Int?
    /// The first non-empty lines joined, for `document:`.
    var title: String?
    var unit: String?
    var budgetPage = false
    /// The year was not in the title but taken from the text.
    var yearFromBody = false

    static let documentWords = ["部门决算", "单位决算", "部门预算", "单位预算", "决算", "预算", "部门整体", "整体支出",
                                "项目支出", "一般公共预算", "“三公”", "\"三公\"", "三公", "财政拨款", "情况说明", "绩效"]

    init(_ document: DocumentText) {
        // The title may be broken over several short lines (“2023年度 / 长沙市信访局部门决 / 算”).
        var parts: [String] = []
        for line in document.lines.prefix(30) {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.isEmpty || t.hasPrefix("# source") || t.hasPrefix("source:") { continue }
            // A table row is no piece of the title (a form's 项目名称 row right under its title).
            if t.contains("\t") { break }
            let stripped = t.drop { $0 == "#" || $0 == " " }
            // Short lines are pieces of one title; a long line is the title itself or ends it.
            if !parts.isEmpty, stripped.count > 14 { break }
            parts.append(String(stripped))
            if stripped.count > 14 || parts.count >= 5 { break }
        }
        let joined = parts.joined()
        title = joined.isEmpty ? nil : String(joined.prefix(80))
        if let match = joined.range(of: #"(19|20)\d{2}\s*年"#, options: .regularExpression) {
            year = Int(joined[match].prefix(4))
            let before = String(joined[..<match.lowerBound]).trimmingCharacters(in: .whitespaces)
            var after = String(joined[match.upperBound...])
            if after.hasPrefix("度") { after.removeFirst() }
            // A document's own title before the year (“项目支出绩效自评表（2023年度）”) is no department: the name
            // ends where the title's document words begin.
            let cut = Self.documentWords.compactMap({ before.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound })
            let named = (cut.map { String(before[..<$0.lowerBound]) } ?? before)
                .trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "（(《“")))
            if named.count >= 2 {
                department = named
            } else if before.count < 2, let cut = Self.documentWords.compactMap({ after.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
                      after.distance(from: after.startIndex, to: cut.lowerBound) >= 3 {
                department = String(after[..<cut.lowerBound])
            }
        }
        if year == nil {
            // No year in the title: the year the text reports on most (“20xx年度”, else “20xx年”; the later on a tie)
            // stands in, marked for the user to check.
            var reportYears: [Int: Int] = [:]
            var years: [Int: Int] = [:]
            for line in document.lines {
                var rest = Substring(line)
                while let r = rest.range(of: #"(19|20)\d{2}\s*年"#, options: .regularExpression) {
                    if let y = Int(rest[r].prefix(4)) {
                        years[y, default: 0] += 1
                        if rest[r.upperBound...].hasPrefix("度") { reportYears[y, default: 0] += 1 }
                    }
                    rest = rest[r.upperBound...]
                }
            }
            let tally = reportYears.isEmpty ? years : reportYears
            if let best = tally.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) {
                year = best.key
                yearFromBody = true
            }
        }
        if department == nil {
            for line in document.lines.prefix(80) {
                for key in ["单位名称：", "单位名称:", "部门名称：", "部门名称:", "项目单位：", "实施单位："] {
                    if let r = line.range(of: key) {
                        let name = line[r.upperBound...].split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "|" }).first.map(String.init)
                        if let name, name.count >= 2 { department = name }
                    }
                }
                if department != nil { break }
            }
        }
        // 一般公共预算 names a fund, not the kind of page.
        let kind = joined.replacingOccurrences(of: "一般公共预算", with: "").replacingOccurrences(of: "政府性基金预算", with: "")
        budgetPage = kind.contains("预算") && !kind.contains("决算") && !kind.contains("自评") && !kind.contains("绩效")
        if !kind.contains("预算") && !kind.contains("决算") {
            // A page cut from its title: a text that never says 决算 and keeps saying 预算 is a budget page.
            let body = document.lines.joined().replacingOccurrences(of: "一般公共预算", with: "").replacingOccurrences(of: "政府性基金预算", with: "")
            budgetPage = !body.contains("决算") && !body.contains("自评") && body.components(separatedBy: "预算").count > 3
        }
        unit = Self.unit(of: document)
    }

    /// The unit printed on a 单位 line, else the one most figures carry, else 万元.
    static func unit(of document: DocumentText) -> String {
        var tally: [String: Int] = [:]
        for line in document.lines {
            let n = line.replacingOccurrences(of: " ", with: "")
            for key in ["单位:", "单位：", "金额单位:", "金额单位：", "(单位:", "（单位："] {
                if let r = n.range(of: key) {
                    let rest = n[r.upperBound...]
                    for u in ["亿元", "万元", "千元", "元"] where rest.hasPrefix(u) { return u }
                }
            }
            for u in ["万元", "千元", "亿元"] { tally[u, default: 0] += n.components(separatedBy: u).count - 1 }
            tally["元", default: 0] += n.components(separatedBy: "元").count - 1 - (tally.keys.filter { $0 != "元" }.reduce(0) { $0 + (n.components(separatedBy: $1).count - 1) })
        }
        // Ties (and a page with no unit at all) go to the first of this order: a dictionary's order changes from run
        // to run, and the same page must give the same file.
        let order = ["万元", "元", "千元", "亿元"]
        guard let best = order.max(by: { (tally[$0] ?? 0, -order.firstIndex(of: $0)!) < (tally[$1] ?? 0, -order.firstIndex(of: $1)!) }),
              (tally[best] ?? 0) > 0 else { return "万元" }
        return best
    }
}
