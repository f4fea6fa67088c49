/// Recognises a form whose cells were run together without separators (a page's table copied as one run of text:
/// “…三级指标分值年度指标值全年实际值得分…安装坡面水标尺10≥266米≥266米10…”). Such text is never split into
/// cells: where “10≥266米≥266米10” divides cannot be known from the text alone (a name may end in digits, a 分值
/// may have two), so the form is reported with its lines, and its numbers are listed as not understood.
enum RunTogetherForms {
    struct Run {
        var lines: ClosedRange<Int>
        var note: String
    }

    /// What every note about such a form says, and why each of its numbers is not read.
    static let phrase = "单元格没有按行列分开"
    static let reason = "自评表的\(phrase)（连在一起或次序打乱），无法确定这个数字属于哪一格"

    /// Header words of a form, longest first so that a longer word is matched before its part.
    static let headerWords: [String] = ["偏差原因分析及改进措施", "未完成原因", "偏差原因", "年度指标值", "年初指标值", "实际完成值", "全年实际值",
                              "全年完成值", "年终完成值", "全年预算数", "全年执行数", "年初预算数", "一级指标", "二级指标", "三级指标",
                              "指标名称", "评价标准", "指标说明", "执行率", "自评分", "复核分", "分值", "得分"].sorted { $0.count > $1.count }
    static let levelWords = FormWords.level1Words.union(FormWords.level2Words).sorted { ($0.count, $0) > ($1.count, $1) }
    private static let headerScalars = headerWords.map { $0.unicodeScalars.map(\.value) }
    private static let levelScalars = levelWords.map { $0.unicodeScalars.map(\.value) }
    /// The first characters of the words: a position holding none of them starts no word.
    private static let headerFirsts = Set(headerScalars.map { $0[0] })
    private static let levelFirsts = Set(levelScalars.map { $0[0] })

    /// The longest run of header words printed one right after another (notes in brackets left out).
    static func headerRun(_ text: String) -> Int {
        longestRun(FormWords.withoutNotes(text).unicodeScalars.map(\.value), words: headerScalars, firsts: headerFirsts).longest
    }

    /// Level words of the line: how many different ones, and whether a 一级 is printed right before a 二级.
    static func levels(_ text: String) -> (distinct: Int, adjacent: Bool) {
        let found = longestRun(FormWords.compact(text).unicodeScalars.map(\.value), words: levelScalars, firsts: levelFirsts)
        return (found.distinct, found.longest >= 2)
    }

    /// Words matched left to right, longest first (scalar values: the words are plain CJK, no combining marks).
    private static func longestRun(_ c: [UInt32], words: [[UInt32]], firsts: Set<UInt32>) -> (longest: Int, distinct: Int) {
        var longest = 0
        var run = 0
        var seen = Set<Int>()
        var i = 0
        func matches(_ word: [UInt32], at i: Int) -> Bool {
            guard i + word.count <= c.count else { return false }
            for k in 0..<word.count where c[i + k] != word[k] { return false }
            return true
        }
        while i < c.count {
            if firsts.contains(c[i]), let w = words.indices.first(where: { matches(words[$0], at: i) }) {
                run += 1
                longest = max(longest, run)
                seen.insert(w)
                i += words[w].count
            } else {
                run = 0
                i += 1
            }
        }
        return (longest, seen.count)
    }

    /// A line holds a run-together form: three header words in a row (two in a line naming a 自评表), or three
    /// level words with a 一级 printed right before its 二级; and it has figures.
    static func isRunTogether(_ line: String) -> Bool {
        // A run of three header words, or of level words, holds 指, 预算数, 执行数, 分值 or 得分: most lines are passed at once.
        guard !line.contains("\t"), ["指", "预算数", "执行数", "分值", "得分"].contains(where: line.contains) else { return false }
        let levels = levels(line)
        let run = headerRun(line)
        guard run >= 3 || (run >= 2 && FormWords.compact(line).contains("自评表")) || (levels.distinct >= 3 && levels.adjacent) else {
            return false
        }
        return !FormReader.tokens(line).isEmpty
    }

    static func find(in lines: [String], skipping: Set<Int>) -> [Run] {
        var runs: [Run] = []
        var i = 0
        while i < lines.count {
            let number = i + 1
            guard !skipping.contains(number), isRunTogether(lines[i]) else { i += 1; continue }
            // The form goes on over the lines that follow it directly: those with form words, or any when the line
            // before stops mid-sentence (a preview's page break: “…扣完” / “3、为止。…”).
            var end = i
            while end + 1 < lines.count, !skipping.contains(end + 2) {
                let next = lines[end + 1]
                let trimmed = next.trimmingBlanks()
                guard !trimmed.isEmpty, !next.contains("\t"), !FormReader.tokens(next).isEmpty else { break }
                let hasWords = headerRun(next) >= 1 || levels(next).distinct >= 1
                let previous = lines[end].trimmingBlanks()
                guard hasWords || !(previous.hasSuffix("。") || previous.hasSuffix("！") || previous.hasSuffix("？")) else { break }
                end += 1
            }
            // Shown from its first header word: where the cells run together is what the user must see.
            let text = lines[i].trimmingBlanks()
            let from = headerWords.compactMap { text.range(of: $0)?.lowerBound }.min() ?? text.startIndex
            let sample = text[from...]
            let shown = sample.count > 40 ? String(sample.prefix(38)) + "…" : String(sample)
            let span = end == i ? "第 \(number) 行" : "第 \(number)–\(end + 1) 行"
            runs.append(Run(lines: number...(end + 1), note: "\(span)是一张自评表，但\(phrase)（连在一起或次序打乱：“\(shown)”）："
                + "无法确定每个数字属于哪一格，资金情况和指标行都没有读出，其中的数字列为未识别；请对照原表在 forms: 下填写（格式见 docs/forms.md）"))
            i = end + 1
        }
        return runs
    }
}
