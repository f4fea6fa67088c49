import JixiaoExpression
import JixiaoYAML

/// Figures in a submission's `facts:` that cannot be meant, found by their key: a share (`share`,
/// `…_share`) outside 0–100%, or a budget (`budget`, `…_budget`, `budget.initial…`) below zero. Figures the
/// document's text states (`stated:`) are left to the arithmetic checks, which report them as mismatches.
enum FactPlausibility {
    static func problems(in facts: Node?) -> [Diagnostic] {
        guard let facts else { return [] }
        var diagnostics: [Diagnostic] = []
        // Each path segment once, with the index of its parent's (-1 below the root): a leaf's whole path is
        // put together only for a problem, and most leaves have none.
        var segments: [(name: String, parent: Int)] = []
        func path(to index: Int) -> [String] {
            var names: [String] = []
            var index = index
            while index >= 0 { names.append(segments[index].name); index = segments[index].parent }
            return names.reversed()
        }
        // An explicit stack: the tree's depth is bounded by the loader, but no recursion is needed.
        var pending: [(node: Node, segment: Int)] = [(facts, -1)]
        while let (node, segment) = pending.popLast() {
            switch node.content {
            case .scalar(let scalar):
                let key = segment >= 0 ? segments[segment].name : ""
                if let problem = problem(key: key, path: { path(to: segment) }, text: scalar.text) {
                    diagnostics.append(Diagnostic(location: node.location,
                                                  path: (["facts"] + path(to: segment)).joined(separator: "."),
                                                  message: problem))
                }
            case .sequence(let items):
                for (index, item) in items.enumerated().reversed() {
                    segments.append((String(index), segment))
                    pending.append((item, segments.count - 1))
                }
            case .mapping(let pairs):
                for pair in pairs.reversed() {
                    guard let key = pair.key.scalar?.text else { continue }
                    segments.append((key, segment))
                    pending.append((pair.value, segments.count - 1))
                }
            }
        }
        return diagnostics
    }

    /// `path` gives the leaf's whole path, asked for only when the key may name a budget.
    private static func problem(key: String, path: () -> [String], text: String) -> String? {
        // Keys compared as bytes: this runs on every leaf of the tables, and their keys are mostly Chinese.
        if key.hasByteSuffix("share") && (key.utf8.count == 5 || key.hasByteSuffix("_share")) {
            guard var share = Rational(decimalText: text) else { return nil }
            // A bare number is percentage points, as for every percent fact: 88.61 means 88.61%.
            if !(text.hasSuffix("%") || text.hasSuffix("％")) { share = share.divided(by: .hundred)! }
            guard share < .zero || share > .one else { return nil }
            return "占比 \(text) 超出 0–100% 的范围"
        }
        let isBudget = key.hasByteSuffix("budget") && (key.utf8.count == 6 || key.hasByteSuffix("_budget"))
            || (key.hasBytePrefix("initial") && path().first == "budget")
        guard isBudget else { return nil }
        let number = ["亿元", "万元", "千元", "元"].first(where: text.hasSuffix).map { String(text.dropLast($0.count)) } ?? text
        guard let value = Rational(decimalText: number), value < .zero else { return nil }
        return "预算数 \(text) 为负数"
    }
}
