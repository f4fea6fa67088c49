import JixiaoExpression
import JixiaoYAML

/// Figures in a submission's `facts:` that cannot be meant, found by their key: a share (`share`,
/// `…_share`) outside 0–100%, or a budget (`budget`, `…_budget`, `budget.initial…`) below zero. Figures the
/// document's text states (`stated:`) are left to the arithmetic checks, which report them as mismatches.
enum FactPlausibility {
    static func problems(in facts: Node?) -> [Diagnostic] {
        guard let facts else { return [] }
        var diagnostics: [Diagnostic] = []
        var path: [String] = []
        walk(facts, key: "", path: &path, into: &diagnostics)
        return diagnostics
    }

    /// The problems below the entry `key` of the top-level `facts:` mapping, whose value is `node`.
    static func problems(in node: Node, atTopLevelKey key: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var path = [key]
        walk(node, key: key, path: &path, into: &diagnostics)
        return diagnostics
    }

    /// Checks the leaves below `node`, whose key is `key` and whose path below `facts` is `path`, in document order.
    private static func walk(_ node: Node, key: String, path: inout [String], into diagnostics: inout [Diagnostic]) {
        switch node.content {
        case .scalar(let scalar):
            if let problem = problem(key: key, path: path, text: scalar.text) {
                diagnostics.append(Diagnostic(location: node.location, path: (["facts"] + path).joined(separator: "."),
                                              message: problem))
            }
        case .sequence(let items):
            for index in items.indices {
                let segment = String(index)
                path.append(segment)
                walk(items[index], key: segment, path: &path, into: &diagnostics)
                path.removeLast()
            }
        case .mapping(let pairs):
            // Read in place: taking each pair out of the array copied both its nodes.
            for index in pairs.indices {
                guard case .scalar(let key) = pairs[index].key.content else { continue }
                path.append(key.text)
                walk(pairs[index].value, key: key.text, path: &path, into: &diagnostics)
                path.removeLast()
            }
        }
    }

    /// `path`: the leaf's path below `facts`; below the top-level `budget` mapping, `initial…` keys are budgets too.
    private static func problem(key: String, path: [String], text: String) -> String? {
        problem(key: key, underBudget: path.first == "budget", text: text)
    }

    /// What is wrong with the leaf `text` at `key`, if anything; `underBudget`: it is below the top-level `budget`
    /// mapping. For a walk of its own over `facts:` (``FigureCoverageCounter`` checks the leaves as it lists figures).
    static func problem(key: String, underBudget: Bool, text: String) -> String? {
        switch kind(of: key) {
        case .share:
            guard var share = Rational(decimalText: text) else { return nil }
            // A bare number is percentage points, as for every percent fact: 88.61 means 88.61%.
            if !(hasSuffix(text, "%") || hasSuffix(text, "％")) { share = share.divided(by: .hundred)! }
            guard share < .zero || share > .one else { return nil }
            return "占比 \(text) 超出 0–100% 的范围"
        // `where` binds to `.initial` alone: a `budget` key is a budget wherever it is.
        case .budget, .initial where underBudget:
            let number = budgetUnits.first { hasSuffix(text, $0) }.map { String(text.dropLast($0.count)) } ?? text
            guard let value = Rational(decimalText: number), value < .zero else { return nil }
            return "预算数 \(text) 为负数"
        case .initial, .other:
            return nil
        }
    }

    private static let budgetUnits = ["亿元", "万元", "千元", "元"]

    /// `text.hasSuffix(suffix)`, with its answer unchanged, for the few suffixes here (units, percent signs):
    /// no other text is canonically equivalent to any of them, so a text whose bytes do not end in theirs cannot
    /// end in them. The bytes rule out almost every leaf; the rare match is confirmed as `hasSuffix` decides it,
    /// whose comparison of Characters costs far more.
    static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
        text.hasByteSuffix(suffix) && text.hasSuffix(suffix)
    }

    /// What a key can name: `share` or `…_share`, `budget` or `…_budget`, `initial…`, or nothing checked here.
    private enum KeyKind {
        case share, budget, initial, other
    }

    /// Read from the key's bytes in place: this runs on every leaf of the tables, and their keys are mostly
    /// Chinese, so most are told apart by their last byte alone.
    private static func kind(of key: String) -> KeyKind {
        var key = key
        return key.withUTF8 { bytes in
            // Only a key ending in `e` or `t` or starting with `i` can be one of them; most keys are Chinese.
            guard bytes.last == UInt8(ascii: "e") || bytes.last == UInt8(ascii: "t") || bytes.first == UInt8(ascii: "i")
            else { return .other }
            if isWord(shareWord, endOf: bytes) { return .share }
            if isWord(budgetWord, endOf: bytes) { return .budget }
            if bytes.starts(with: initialWord) { return .initial }
            return .other
        }
    }

    /// `bytes` is `word`, or ends in `_` and `word`.
    private static func isWord(_ word: [UInt8], endOf bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = bytes.count - word.count
        guard start >= 0, bytes[start...].elementsEqual(word) else { return false }
        return start == 0 || bytes[start - 1] == UInt8(ascii: "_")
    }

    private static let shareWord = Array("share".utf8)
    private static let budgetWord = Array("budget".utf8)
    private static let initialWord = Array("initial".utf8)
}
