import JixiaoExpression
import JixiaoYAML

/// Counts a submission's printed figures and which of them the checks verified.
struct FigureCoverageCounter {
    let submission: Submission
    /// The paths of `statedFigurePaths()` when already listed: one submission is counted once for all
    /// the rubrics it is scored on.
    var knownFigurePaths: [String]? = nil

    func coverage(of checks: [CheckResult]) -> FigureCoverage {
        let figures = knownFigurePaths ?? statedFigurePaths()
        let verified = checks.filter { $0.verdict != .insufficientData }
        let checked = Set(verified.flatMap(\.coveredPaths))
        return FigureCoverage(statedFigures: figures.count,
                              checkedFigures: figures.filter(checked.contains).count,
                              checksRun: verified.count)
    }

    /// Every figure of the statements, and every number-like leaf of the `facts:` (tables) and `stated:` trees.
    func statedFigurePaths() -> [String] {
        var paths: [String] = []
        for statement in submission.statements {
            let figures = [statement.amount, statement.budget, statement.completionRate, statement.vsBudget,
                           statement.vsBudgetRate, statement.prior, statement.change, statement.growth, statement.share]
            paths += figures.compactMap { $0?.path } + statement.counts.map(\.figure.path)
        }
        if let facts = submission.facts { walk(facts, path: "", into: &paths) }
        if let stated = submission.stated { walk(stated, path: "stated", into: &paths) }
        return paths
    }

    private func walk(_ node: Node, path: String, into paths: inout [String]) {
        switch node.content {
        case .mapping(let pairs):
            for pair in pairs {
                // Codes (2010301) and section titles are labels, not figures.
                guard let key = pair.key.scalar?.text, key != "section", key != "code" else { continue }
                walk(pair.value, path: path.isEmpty ? key : "\(path).\(key)", into: &paths)
            }
        case .sequence(let items):
            for (index, item) in items.enumerated() { walk(item, path: path.isEmpty ? "\(index)" : "\(path).\(index)", into: &paths) }
        case .scalar(let scalar):
            if Self.looksLikeFigure(scalar.text) { paths.append(path) }
        }
    }

    /// “1717.31”, “88.61%”, “0.00元”: a number, maybe with a unit.
    static func looksLikeFigure(_ text: String) -> Bool {
        // Compared as UTF-8 bytes: this runs on every leaf of a submission's tables.
        var body = text.utf8[...]
        while body.first == UInt8(ascii: " ") { body = body.dropFirst() }
        while body.last == UInt8(ascii: " ") { body = body.dropLast() }
        for suffix in figureSuffixes where body.count >= suffix.count && body.suffix(suffix.count).elementsEqual(suffix) {
            body = body.dropLast(suffix.count)
            break
        }
        // Only a text that starts as a number can be one (blanks, signs, digits, full-width forms).
        guard let first = body.first, first <= 0x20 || first >= 0x30 && first <= 0x39 || first == UInt8(ascii: "-")
                || first == UInt8(ascii: "+") || first == UInt8(ascii: ".") || first >= 0x80 else { return false }
        return Rational(decimalText: String(decoding: body, as: UTF8.self)) != nil
    }

    private static let figureSuffixes = ["亿元", "万元", "千元", "元", "%", "％"].map { Array($0.utf8) }
}
