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
        // Keys compared as bytes: this runs on every leaf of the tables, and their keys are mostly Chinese. Only a
        // key ending in `e` (share) or `t` (budget), or starting with `i` (initial), can name such a figure.
        guard let last = key.utf8.last,
              last == UInt8(ascii: "e") || last == UInt8(ascii: "t") || key.utf8.first == UInt8(ascii: "i")
        else { return nil }
        if key.hasByteSuffix("share") && (key.utf8.count == 5 || key.hasByteSuffix("_share")) {
            guard var share = Rational(decimalText: text) else { return nil }
            // A bare number is percentage points, as for every percent fact: 88.61 means 88.61%.
            if !(text.hasSuffix("%") || text.hasSuffix("％")) { share = share.divided(by: .hundred)! }
            guard share < .zero || share > .one else { return nil }
            return "占比 \(text) 超出 0–100% 的范围"
        }
        let isBudget = key.hasByteSuffix("budget") && (key.utf8.count == 6 || key.hasByteSuffix("_budget"))
            || (key.hasBytePrefix("initial") && path.first == "budget")
        guard isBudget else { return nil }
        let number = ["亿元", "万元", "千元", "元"].first(where: text.hasSuffix).map { String(text.dropLast($0.count)) } ?? text
        guard let value = Rational(decimalText: number), value < .zero else { return nil }
        return "预算数 \(text) 为负数"
    }
}
