import Foundation

/// What a figure is to its statement, read from the words printed before it.
enum FigureRole: Equatable {
    case field(ExtractedStatement.Field)
    case count(String)
}

/// The words of a clause that give a figure its role.
enum RoleWords {
    /// Words that give a figure its sign; both words of a template (增加(减少)) are kept together.
    static let directions = ["无增减", "无变化", "持平", "增加", "增长", "上升", "上涨", "提高", "超支", "超出",
                             "减少", "下降", "降低", "减支", "节约", "节支"]
    static let levelWords = ["无增减", "无变化", "持平"]
    /// Filler between a direction word and its number: 减少了0.47万元, 增长率为5%, 减少额为.
    static let filler: Set<Character> = [" ", "了", "为", "额", "率", ":", "是", "达", "约", "幅"]
    static let yearOnYear = ["较上年", "比上年", "同比", "与上年", "较去年", "比去年", "较上一年", "比上一年", "上年同期",
                             "去年同期", "上年度", "上年", "去年", "环比"]
    static let versusBudget = ["较预算", "比预算", "与预算", "较年初预算", "比年初预算", "与年初预算", "较调整后预算",
                               "比调整后预算", "与调整后预算", "较全年预算", "超预算", "较年度预算", "比年度预算"]
    static let priorWords = ["上年", "去年", "上一年", "同期"]

    /// The direction word(s) `lead` ends with (filler allowed between), as printed, e.g. "增加(减少)".
    static func trailingDirection(_ lead: [Character]) -> String? {
        var end = lead.count
        while end > 0, filler.contains(lead[end - 1]) { end -= 1 }
        var text = String(lead[0..<end])
        var collected = ""
        // A template prints “增加(减少)” or “(增加)减少”: take up to two words with their brackets.
        for _ in 0..<2 {
            var found = false
            for word in directions {
                if text.hasSuffix("(" + word + ")") {
                    collected = "(" + word + ")" + collected
                    text.removeLast(word.count + 2)
                    found = true
                    break
                }
                if text.hasSuffix(word) {
                    collected = word + collected
                    text.removeLast(word.count)
                    found = true
                    break
                }
            }
            if !found { break }
        }
        return collected.isEmpty ? nil : collected
    }

    /// Last position (in characters) of any of `words` in `text`, or -1. Compared character by character: this
    /// runs for every figure, and Foundation's search is far slower on Chinese text.
    static func lastIndex(of words: [String], in text: String) -> Int {
        let chars = Array(text)
        var best = -1
        for word in words {
            let w = Array(word)
            guard !w.isEmpty, w.count <= chars.count else { continue }
            var i = chars.count - w.count
            while i > best {
                if chars[i] == w[0] {
                    var k = 1
                    while k < w.count, chars[i + k] == w[k] { k += 1 }
                    if k == w.count { best = i; break }
                }
                i -= 1
            }
        }
        return best
    }
}
