import JixiaoExpression
import JixiaoYAML

/// Figures in a submission's `facts:` that cannot be meant, found by their key: a share (`share`,
/// `…_share`) outside 0–100%, or a budget (`budget`, `…_budget`, `budget.initial…`) below zero. Figures the
/// document's text states (`stated:`) are left to the arithmetic checks, which report them as mismatches.
enum FactPlausibility {
    static func problems(in facts: Node?) -> [Diagnostic] {
        guard let facts else { return [] }
        var diagnostics: [Diagnostic] = []
        // An explicit stack: the tree's depth is bounded by the loader, but no recursion is needed.
        var pending: [(node: Node, path: [String])] = [(facts, [])]
        while let (node, path) = pending.popLast() {
            switch node.content {
            case .scalar(let scalar):
                if let problem = problem(key: path.last ?? "", path: path, text: scalar.text) {
                    diagnostics.append(Diagnostic(location: node.location, path: (["facts"] + path).joined(separator: "."),
                                                  message: problem))
                }
            case .sequence(let items):
                for (index, item) in items.enumerated().reversed() { pending.append((item, path + [String(index)])) }
            case .mapping(let pairs):
                for pair in pairs.reversed() {
                    if let key = pair.key.scalar?.text { pending.append((pair.value, path + [key])) }
                }
            }
        }
        return diagnostics
    }

    private static func problem(key: String, path: [String], text: String) -> String? {
        if key == "share" || key.hasSuffix("_share") {
            guard var share = Rational(decimalText: text) else { return nil }
            // A bare number is percentage points, as for every percent fact: 88.61 means 88.61%.
            if !(text.hasSuffix("%") || text.hasSuffix("％")) { share = share.divided(by: .hundred)! }
            guard share < .zero || share > .one else { return nil }
            return "占比 \(text) 超出 0–100% 的范围"
        }
        let isBudget = key == "budget" || key.hasSuffix("_budget") || (path.first == "budget" && key.hasPrefix("initial"))
        guard isBudget else { return nil }
        let number = ["亿元", "万元", "千元", "元"].first(where: text.hasSuffix).map { String(text.dropLast($0.count)) } ?? text
        guard let value = Rational(decimalText: number), value < .zero else { return nil }
        return "预算数 \(text) 为负数"
    }
}
