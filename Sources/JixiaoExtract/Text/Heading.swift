import Foundation

/// A heading of the document (第三部分, 一、, （二）, 1、, (1)), with its level: lower is higher up.
struct Heading: Equatable {
    var level: Int
    var text: String

    static let chineseNumerals = Set("一二三四五六七八九十百零〇")

    /// The heading a line opens with, or nil. `hasFigures` lines are paragraphs that start with a number,
    /// still counted so that a list item does not end its list.
    static func parse(_ line: String) -> Heading? {
        let t = line.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty else { return nil }
        let c = Array(t).map(NormalizedLine.normalize)
        func label() -> String {
            let stop = t.firstIndex(where: { "。;；".contains($0) }) ?? t.endIndex
            let head = String(t[..<stop])
            return head.count > 40 ? String(head.prefix(40)) + "…" : head
        }
        if t.hasPrefix("第"), let k = t.firstIndex(where: { $0 == "部" || $0 == "章" }),
           t[t.index(after: t.startIndex)..<k].allSatisfy({ chineseNumerals.contains($0) }), t.distance(from: t.startIndex, to: k) <= 4 {
            return Heading(level: 0, text: label())
        }
        if t.hasPrefix("附件") || t.hasPrefix("附表") { return Heading(level: 0, text: label()) }
        var k = 0
        while k < c.count, chineseNumerals.contains(c[k]) { k += 1 }
        if k > 0, k <= 3, k < c.count, "、.".contains(c[k]) { return Heading(level: 1, text: label()) }
        if c.first == "(" {
            var m = 1
            while m < c.count, chineseNumerals.contains(c[m]) { m += 1 }
            if m > 1, m <= 4, m < c.count, c[m] == ")" { return Heading(level: 2, text: label()) }
            m = 1
            while m < c.count, c[m].isASCII, c[m].isNumber { m += 1 }
            if m > 1, m <= 3, m < c.count, c[m] == ")" { return Heading(level: 4, text: label()) }
        }
        var d = 0
        while d < c.count, c[d].isASCII, c[d].isNumber { d += 1 }
        if d > 0, d <= 2, d < c.count, "、.".contains(c[d]), !(d + 1 < c.count && c[d + 1].isNumber) {
            return Heading(level: 3, text: label())
        }
        return nil
    }
}
