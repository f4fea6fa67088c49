import Foundation

/// The line or item a clause names when it is not in ``SubjectLexicon``: the run of Chinese text that ends with
/// 费, 经费, 支出, 收入, 资金, 专项 … right before the figure's own words (“市级信访救助资金”, “其他商品和服务支出”).
enum GenericSubject {
    static let endings = ["经费", "费用", "支出", "收入", "资金", "专项", "总计", "合计", "总额", "金额", "费", "结余", "(项)"]
    /// Words that alone name no line.
    static let emptyWords = ["本年度", "本年", "全年", "年度", "当年", "支出", "收入", "总额", "合计", "总计", "决算", "预算",
                             "金额", "资金", "经费", "费用", "实际", "财政拨款", "一般公共预算", "数", "共", "其中", "的", "我局",
                             "本部门", "本单位", "部门", "单位", "累计", "共计", "主要", "用于", "为", "元", "万元", "项目", "整体",
                             "政府性基金预算", "基本", "年初", "调整后", "上年", "去年", "同期", "较", "比", "和", "及", "中"]
    static let droppedPrefixes = ["其中", "年本年", "年度", "本年度", "本年", "全年", "当年", "年度", "我局", "本部门", "本单位", "我单位", "共", "主要",
                                  "实际", "累计", "用于", "以及", "和", "及", "、", "是", "为", "对"]

    /// The subject ending at or before `end` in `chars[start..<end]`, as printed, with its start column.
    static func find(_ chars: [Character], from start: Int, to end: Int) -> (name: String, start: Int)? {
        var stop = end
        while stop > start {
            guard let (name, begin, matchedEnd) = lastCandidate(chars, from: start, to: stop) else { return nil }
            if let cleaned = clean(name) { return (cleaned, begin) }
            stop = matchedEnd - 1
        }
        return nil
    }

    private static func lastCandidate(_ chars: [Character], from start: Int, to end: Int) -> (String, Int, Int)? {
        var k = end
        while k > start {
            for ending in endings {
                let e = Array(ending)
                if k - e.count >= start, Array(chars[(k - e.count)..<k]) == e {
                    var b = k - e.count
                    while b > start, isNameCharacter(chars[b - 1]) { b -= 1 }
                    var name = String(chars[b..<k])
                    if ending == "(项)" { name = String(chars[b..<(k - 3)]); if let cut = name.range(of: "(款)", options: .backwards) { name = String(name[cut.upperBound...]) } }
                    return (name, b, k)
                }
            }
            k -= 1
        }
        return nil
    }

    static func isNameCharacter(_ c: Character) -> Bool {
        if "“”\"()（）《》、".contains(c) { return c != "、" }
        guard let scalar = c.unicodeScalars.first else { return false }
        return (0x4E00...0x9FFF).contains(scalar.value) && !"，。；：为的是占较比与".contains(c)
    }

    private static func clean(_ raw: String) -> String? {
        var name = raw
        var changed = true
        while changed {
            changed = false
            for prefix in droppedPrefixes where name.hasPrefix(prefix) && name.count > prefix.count {
                name.removeFirst(prefix.count)
                changed = true
            }
            for suffix in ["支出决算", "决算数", "决算", "预算数", "预算"] where name.hasSuffix(suffix) && name.count > suffix.count + 1 {
                name.removeLast(suffix.count)
                changed = true
            }
        }
        // A heading's own marker is no part of the name: “(三)一般公共预算财政拨款支出”.
        while name.first == "(", let close = name.firstIndex(of: ")"), name.distance(from: name.startIndex, to: close) <= 4 {
            name = String(name[name.index(after: close)...])
        }
        var rest = name
        for word in ["本年", "全年", "年度", "当年", "支出", "收入", "总额", "合计", "总计", "决算", "预算", "金额", "实际", "数",
                     "资金", "经费", "费用", "项目", "整体", "基本", "年初", "调整后", "上年", "去年", "同期", "的", "共", "其中"] {
            rest = rest.replacingOccurrences(of: word, with: "")
        }
        // “上年累计支出”, “比预算数字”: last year's or the budget's figure of the line already named, not a line.
        let comparative = ["上年", "去年", "同期", "上一年", "比", "较", "相比"].contains { name.contains($0) }
        guard !rest.isEmpty, name.count >= 2, name.count <= 30, !emptyWords.contains(name), !comparative else { return nil }
        return name
    }
}
