/// Finds every number of a line — `1,234.56`, `３.４`, `12.3 %`, `零万元`, `-2.56%`, `300余人次` — and says which
/// are figures and which are structure (2023年, 12月31日, 〔2014〕2066号, “1、”, 第三部分).
enum NumberScanner {
    static let amountUnits = ["亿元", "万元", "千元", "元"]
    /// Count words, longest first.
    static let countWords = ["人次", "批次", "场次", "个", "次", "人", "批", "辆", "台", "件", "项", "名", "场", "期",
                             "户", "家", "所", "条", "套", "篇", "份", "天", "处", "座", "公里", "千米", "亩", "张", "把"]

    static func scan(_ line: NormalizedLine) -> [NumberToken] {
        let c = line.chars
        var tokens: [NumberToken] = []
        var i = 0
        while i < c.count {
            let isDigit = c[i].isASCII && c[i].isNumber
            let isZeroWord = c[i] == "零" && (startsWithUnit(c, i + 1) || (i + 1 < c.count && (c[i + 1] == "%" || c[i + 1] == "元")))
            guard isDigit || isZeroWord else { i += 1; continue }
            // A digit glued to a Latin letter (G20, 5G, A4) is a name, not a figure.
            if i > 0, c[i - 1].isASCII, c[i - 1].isLetter { i = skipWord(c, i); continue }
            var start = i
            var end = i
            if isZeroWord {
                end = i + 1
            } else {
                while end < c.count, c[end].isASCII, c[end].isNumber { end += 1 }
                // Thousands separators: a comma followed by exactly three digits.
                while end + 3 < c.count + 0, c[end] == ",", (1...3).allSatisfy({ end + $0 < c.count && c[end + $0].isASCII && c[end + $0].isNumber }),
                      end + 4 >= c.count || !(c[end + 4].isASCII && c[end + 4].isNumber) {
                    end += 4
                }
                if end + 1 < c.count, c[end] == ".", c[end + 1].isASCII, c[end + 1].isNumber {
                    end += 1
                    while end < c.count, c[end].isASCII, c[end].isNumber { end += 1 }
                }
            }
            if start > 0, c[start - 1] == "-", start < 2 || !(c[start - 2].isASCII && c[start - 2].isNumber) { start -= 1 }
            var token = NumberToken(kind: .bare, numberRange: start..<end, range: start..<end, unit: nil, countWord: nil,
                                    approximate: false, structural: false,
                                    printedNumber: line.printedText(start..<end), printedSuffix: "")
            var j = end
            if j < c.count, c[j] == "余" || c[j] == "多" { token.approximate = true; j += 1 }
            var k = j
            while k < c.count, c[k] == " " { k += 1 }
            if k < c.count, c[k] == "%" {
                token.kind = .rate
                token.range = start..<(k + 1)
                token.printedSuffix = line.printedText(end..<(k + 1))
            } else if let unit = unitAt(c, k) {
                token.kind = .amount
                token.unit = unit
                token.range = start..<(k + unit.count)
                token.printedSuffix = line.printedText(end..<(k + unit.count))
            } else if !c[start..<end].contains("."), let word = countWordAt(c, k) {
                // A count is whole: “1,234.56项目…” is an amount before the word 项目, not 1,234.56 项.
                token.kind = .count
                token.countWord = word
                token.range = start..<(k + word.count)
                token.printedSuffix = line.printedText(end..<(k + word.count))
            }
            token.structural = isStructural(c, token)
            tokens.append(token)
            i = max(token.range.upperBound, end)
        }
        return tokens
    }

    private static func startsWithUnit(_ c: [Character], _ i: Int) -> Bool { unitAt(c, i) != nil }

    private static func unitAt(_ c: [Character], _ i: Int) -> String? {
        for unit in amountUnits where matches(c, i, unit) { return unit }
        return nil
    }

    private static func countWordAt(_ c: [Character], _ i: Int) -> String? {
        for word in countWords where matches(c, i, word) {
            // 个百分点 is a rate difference, not a count.
            if word == "个", matches(c, i, "个百分点") { return nil }
            return word
        }
        return nil
    }

    static func matches(_ c: [Character], _ i: Int, _ word: String) -> Bool {
        var k = i
        for ch in word {
            guard k < c.count, c[k] == ch else { return false }
            k += 1
        }
        return true
    }

    private static func skipWord(_ c: [Character], _ i: Int) -> Int {
        var k = i
        while k < c.count, c[k].isASCII, c[k].isLetter || c[k].isNumber { k += 1 }
        return k
    }

    /// Years, dates, times, ordinals, document and page numbers, codes: numbers that are not figures.
    private static func isStructural(_ c: [Character], _ token: NumberToken) -> Bool {
        let start = token.numberRange.lowerBound
        let end = token.numberRange.upperBound
        guard token.kind == .bare || token.kind == .count else { return false }
        var k = end
        while k < c.count, c[k] == " " { k += 1 }
        let next: Character? = k < c.count ? c[k] : nil
        var p = start
        while p > 0, c[p - 1] == " " { p -= 1 }
        let previous: Character? = p > 0 ? c[p - 1] : nil
        if let next, "年月日号时点秒表".contains(next) { return true }
        if let next, next == "-" || next == "/" || next == "~" || next == "～" || next == "至",
           k + 1 < c.count, c[k + 1].isASCII, c[k + 1].isNumber { return true }
        if let previous, previous == "-" || previous == "/" || previous == "～" || previous == "~" { return true }
        if let previous, "第〔[【《".contains(previous) { return true }
        if let previous, previous == "(", let next, next == ")" { return true }
        if let next, next == "]" || next == "〕" || next == "】" { return true }
        // “1、” “2.” “3)” opening a paragraph: an ordinal.
        let atStart = c[..<start].allSatisfy { $0 == " " || $0 == "(" || $0 == "*" }
        if atStart, let next, "、.):,，".contains(next) {
            if next == ".", k + 1 < c.count, c[k + 1].isASCII, c[k + 1].isNumber { return false }
            return true
        }
        // An inline list marker: “主要原因是1.部分项目……；2.年终……”, “1、”.
        if token.kind == .bare, end - start <= 2, let next, next == "、" || (next == "." && !(k + 1 < c.count && c[k + 1].isASCII && c[k + 1].isNumber)) {
            return true
        }
        // Inside a run of list markers “……；2.” “。3、”.
        if let previous, "。;；:,，".contains(previous), let next, next == "、" || (next == "." && !(k + 1 < c.count && c[k + 1].isNumber)) {
            return token.kind == .bare
        }
        // Budget classification codes (2010301), telephone numbers: long digit strings without a unit.
        let digits = c[start..<end].filter { $0.isNumber }.count
        if token.kind == .bare, digits >= 7, !c[start..<end].contains(".") , !c[start..<end].contains(",") { return true }
        return false
    }
}
