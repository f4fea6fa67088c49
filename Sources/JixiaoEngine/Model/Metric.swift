import JixiaoYAML

/// How a number is shown to a reader.
public enum DisplayUnit: Sendable, Hashable {
    /// A fraction shown as a percentage: 0.8861 → "88.61%".
    case percent
    /// An amount with its unit: "1717.31万元".
    case amount(String)
    /// A whole number, with its measure word: "2辆".
    case count(String)
    case points
    case plain

    /// Reads a rubric's `unit:` text.
    static func parse(_ text: String?, amountUnit: String) -> DisplayUnit {
        guard let text, !text.isEmpty else { return .plain }
        // Units are ASCII or Chinese words, whose bytes decide the comparisons with the same answers as `==`: as
        // Strings, each comparison with a Chinese literal normalised the text, and every check and metric has a unit.
        let byBytes = text.isASCIIOrCJKIdeographs
        func isOne(of words: String...) -> Bool { words.contains { byBytes ? text.hasSameBytes(as: $0) : text == $0 } }
        if isOne(of: "%", "percent") { return .percent }
        if isOne(of: "分", "points") { return .points }
        if isOne(of: "count") { return .count("") }
        let isCountWord = byBytes ? countWords.contains { $0.hasSameBytes(as: text) } : countWords.contains(text)
        if isCountWord { return .count(text) }
        return .amount(isOne(of: "amount") ? amountUnit : text)
    }

    /// Measure words that make a metric a count rather than an amount.
    static let countWords: Set<String> = ["个", "件", "次", "人", "人次", "辆", "台", "套", "台（套）", "批", "项", "条", "名", "期", "份", "场次"]

    /// The `unit` text written in JSON and shown after a value.
    public var symbol: String {
        switch self {
        case .percent: "%"
        case .amount(let unit): unit
        case .count(let word): word
        case .points: "分"
        case .plain: ""
        }
    }
}

/// A named expression over facts and other metrics (预算执行率, 三公经费变动率, …).
public struct Metric: Sendable {
    public var id: String
    public var name: String
    public var value: SourcedExpression
    public var unit: DisplayUnit
    /// Decimals shown (not used in comparisons: values stay exact).
    public var places: Int
    /// When set, the metric is computed once per record of this list fact.
    public var each: Each?
    /// Which way the figure is better (`better: higher|lower`), so a comparison can judge a change; nil when
    /// the rubric does not say (a change is then shown without a judgement).
    public var better: Direction? = nil

    public enum Direction: String, Sendable, CaseIterable {
        case higher, lower
    }

    public struct Each: Sendable {
        /// The list fact iterated, e.g. `budget.items`.
        public var list: String
        /// Name the record has inside `value`, e.g. `item` in `ratio(item.final, item.initial)`.
        public var variable: String
        /// Record field used as the key in ids, e.g. `code`.
        public var key: String?
        /// Record field shown in names, e.g. `name`.
        public var label: String?
        /// Where `each:` is written, for errors about it.
        public var location: SourceLocation
    }
}

extension Metric.Each {
    /// `path` inside record `index` of the list (`item.final` at 3 → `budget.items.3.final`); a path that does not
    /// go through the record variable is returned as it is.
    func recordPath(of path: String, index: Int) -> String {
        let variableLength = variable.utf8.count
        let bytes = path.utf8
        guard bytes.count > variableLength, bytes.starts(with: variable.utf8),
              bytes[bytes.index(bytes.startIndex, offsetBy: variableLength)] == UInt8(ascii: ".")
        else { return path }
        // Written straight into the new string's storage, with one allocation and no appends: a per-record check
        // rewrites each of its paths for every record.
        let field = bytes.dropFirst(variableLength + 1)
        let index = String(index) // a few digits: a small string, not allocated
        let count = list.utf8.count + index.utf8.count + field.count + 2
        return String(unsafeUninitializedCapacity: count) { buffer in
            var end = buffer.startIndex
            func write<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
                end = buffer[end...].initialize(fromContentsOf: bytes)
            }
            write(list.utf8)
            write(CollectionOfOne(UInt8(ascii: ".")))
            write(index.utf8)
            write(CollectionOfOne(UInt8(ascii: ".")))
            write(field)
            return end
        }
    }
}
