import JixiaoExpression
import JixiaoYAML

/// Counts a submission's printed figures and which of them the checks verified.
///
/// The figures are every figure of the statements and every number-like leaf of the `facts:` (tables) and
/// `stated:` trees; codes and section titles are labels, not figures.
struct FigureCoverageCounter {
    let submission: Submission
    /// The figures when already listed: one submission is counted once for all the rubrics it is scored on.
    var knownFigures: FigurePathTable? = nil

    func coverage(of checks: [CheckResult]) -> FigureCoverage {
        let figures = knownFigures ?? self.figures()
        // A figure verified by several checks is counted once: each distinct path is looked up and marked.
        var counted = [Bool](repeating: false, count: figures.distinctCount)
        var checkedFigures = 0
        var checksRun = 0
        for check in checks where check.verdict != .insufficientData {
            checksRun += 1
            for path in check.coveredPaths {
                guard let position = figures.position(of: path), !counted[position] else { continue }
                counted[position] = true
                checkedFigures += figures.figures(at: position)
            }
        }
        return FigureCoverage(statedFigures: figures.count, checkedFigures: checkedFigures, checksRun: checksRun)
    }

    /// Where the submission prints figures: statement figure paths and figure leaves of its trees.
    func figures() -> FigurePathTable {
        figuresAndImplausibleFacts().figures
    }

    /// The figures, and the facts that cannot be meant (``FactPlausibility``) found in the same walk over
    /// `facts:`, in document order: one walk over the biggest tree instead of two.
    func figuresAndImplausibleFacts() -> (figures: FigurePathTable, implausibleFacts: [Diagnostic]) {
        var figures = FigurePathTable()
        for statement in submission.statements {
            // The paths alone: a table of the figures themselves copied each one whole.
            let figurePaths = [statement.amount?.path, statement.budget?.path, statement.completionRate?.path,
                               statement.vsBudget?.path, statement.vsBudgetRate?.path, statement.prior?.path,
                               statement.change?.path, statement.growth?.path, statement.share?.path]
            for case let path? in figurePaths { figures.insert(path) }
            for count in statement.counts { figures.insert(count.figure.path) }
        }
        // The path is kept as bytes while walking, and a figure's path is copied into the table as bytes.
        var prefix: [UInt8] = []
        var implausible: [Diagnostic]? = []
        if let facts = submission.facts {
            withUnsafePointer(to: facts) { facts in
                Self.walk(facts, key: nil, prefix: &prefix, listsFigures: true, underBudget: false, into: &figures,
                          implausible: &implausible)
            }
        }
        prefix = Array("stated".utf8)
        var notChecked: [Diagnostic]? = nil
        if let stated = submission.stated {
            withUnsafePointer(to: stated) { stated in
                Self.walk(stated, key: nil, prefix: &prefix, listsFigures: true, underBudget: false, into: &figures,
                          implausible: &notChecked)
            }
        }
        return (figures, implausible ?? [])
    }

    /// Lists the figures below `node` (when `listsFigures`), whose key is `key` (nil for a list item) at `prefix`;
    /// with `implausible`, also checks its leaves as ``FactPlausibility`` does, `underBudget` when they are below
    /// the top-level `budget`. The node is read in place, through a pointer into its parent's storage: passed as a
    /// value, every node of the tree was copied and destroyed around the call.
    private static func walk(_ node: UnsafePointer<Node>, key: String?, prefix: inout [UInt8], listsFigures: Bool,
                             underBudget: Bool, into figures: inout FigurePathTable, implausible: inout [Diagnostic]?) {
        let length = prefix.count
        defer { truncate(&prefix, to: length) }
        switch node.pointee.content {
        case .mapping(let pairs):
            pairs.withUnsafeBufferPointer { pairs in
                for pair in pairs.indices {
                    guard case .scalar(let key) = pairs[pair].key.content else { continue }
                    // Codes (2010301) and section titles are labels, not figures; their facts are still checked,
                    // but a label's own text never names a share or a budget.
                    let isLabel = isLabel(key.text)
                    if isLabel {
                        guard implausible != nil else { continue }
                        if case .scalar = pairs[pair].value.content { continue }
                    }
                    extend(&prefix, at: length, with: key.text)
                    if length == 0, key.text.isEmpty, implausible != nil {
                        // An empty key at the top adds no dot to the figures' paths but does to the problems' paths
                        // (`facts..x`): its facts are checked on their own. Elsewhere an empty prefix is the root's.
                        implausible? += FactPlausibility.problems(in: pairs[pair].value, atTopLevelKey: key.text)
                        var notChecked: [Diagnostic]? = nil
                        walk(pointer(toValueOf: pairs, at: pair), key: key.text, prefix: &prefix,
                             listsFigures: listsFigures, underBudget: false, into: &figures, implausible: &notChecked)
                        continue
                    }
                    walk(pointer(toValueOf: pairs, at: pair), key: key.text, prefix: &prefix,
                         listsFigures: listsFigures && !isLabel,
                         underBudget: underBudget || length == 0 && key.text.hasSameBytes(as: "budget"),
                         into: &figures, implausible: &implausible)
                }
            }
        case .sequence(let items):
            items.withUnsafeBufferPointer { items in
                for index in items.indices {
                    extend(&prefix, at: length, withIndex: index)
                    walk(items.baseAddress! + index, key: nil, prefix: &prefix, listsFigures: listsFigures,
                         underBudget: underBudget, into: &figures, implausible: &implausible)
                }
            }
        case .scalar(let scalar):
            if listsFigures, looksLikeFigure(scalar.text) { prefix.withUnsafeBufferPointer { figures.insert($0) } }
            if implausible != nil, let key,
               let problem = FactPlausibility.problem(key: key, underBudget: underBudget, text: scalar.text) {
                let path = prefix.isEmpty ? "facts" : "facts." + String(decoding: prefix, as: UTF8.self)
                implausible?.append(Diagnostic(location: node.pointee.location, path: path, message: problem))
            }
        }
    }

    /// `section` and `code`, compared as bytes: no other text is canonically equivalent to an ASCII word.
    private static func isLabel(_ key: String) -> Bool {
        key.hasSameBytes(as: "section") || key.hasSameBytes(as: "code")
    }

    /// The path at `length` followed by one more segment.
    private static func extend(_ prefix: inout [UInt8], at length: Int, with segment: String) {
        truncate(&prefix, to: length)
        if length > 0 { prefix.append(UInt8(ascii: ".")) }
        // Copied from the key's storage in place: its UTF-8 view went byte by byte, a mutable copy cost a retain.
        if segment.utf8.withContiguousStorageIfAvailable({ prefix.append(contentsOf: $0) }) == nil {
            prefix.append(contentsOf: segment.utf8)
        }
    }

    /// The path at `length` followed by a list position, its digits written as they are: no String per item.
    private static func extend(_ prefix: inout [UInt8], at length: Int, withIndex index: Int) {
        truncate(&prefix, to: length)
        if length > 0 { prefix.append(UInt8(ascii: ".")) }
        var place = 1
        while place <= index / 10 { place *= 10 }
        repeat {
            prefix.append(UInt8(ascii: "0") + UInt8(index / place % 10))
            place /= 10
        } while place > 0
    }

    /// The address of the value of the pair at `position`, inside the mapping's storage.
    private static func pointer(toValueOf pairs: UnsafeBufferPointer<Node.Pair>, at position: Int) -> UnsafePointer<Node> {
        UnsafeRawPointer(pairs.baseAddress! + position).advanced(by: valueOffset).assumingMemoryBound(to: Node.self)
    }

    /// Where a pair's value sits in it, found once: a key path is too slow to read on every pair.
    private static let valueOffset = MemoryLayout<Node.Pair>.offset(of: \Node.Pair.value)!

    /// Cuts the path back to its first `length` bytes; nothing to do (and no call) when it has no more, as after
    /// a scalar.
    private static func truncate(_ prefix: inout [UInt8], to length: Int) {
        if prefix.count > length { prefix.removeSubrange(length...) }
    }

    /// “1717.31”, “88.61%”, “0.00元”: a number, maybe with a unit.
    static func looksLikeFigure(_ text: String) -> Bool {
        // Read as UTF-8 bytes by offset: this runs on every leaf of a submission's tables, and a string's views
        // pay for index checks on every step.
        var text = text
        return text.withUTF8(looksLikeFigure(bytes:))
    }

    private static func looksLikeFigure(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0, end = bytes.count
        while start < end, bytes[start] == UInt8(ascii: " ") { start += 1 }
        while end > start, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        // Only a text that starts as a number can be one (blanks, signs, digits, full-width forms). Most labels
        // start with a Chinese character: lead bytes E4–E9 (U+4000–U+9FFF) are ideographs, never any of those.
        // Told first, before any unit is looked for: no unit comes first, and a text that is only one is no figure.
        guard start < end else { return false }
        let first = bytes[start]
        guard first <= 0x20 || first >= 0x30 && first <= 0x39 || first == UInt8(ascii: "-")
                || first == UInt8(ascii: "+") || first == UInt8(ascii: ".") || first >= 0x80 && !(0xE4...0xE9).contains(first)
        else { return false }
        // Most figures end in a digit, which no unit or percent sign does: their suffixes need no comparing.
        let endsInDigit = bytes[end - 1] >= UInt8(ascii: "0") && bytes[end - 1] <= UInt8(ascii: "9")
        for suffix in figureSuffixes where !endsInDigit && end - start >= suffix.count
            && bytes[(end - suffix.count)..<end].elementsEqual(suffix) {
            end -= suffix.count
            break
        }
        guard start < end else { return false }
        let body = UnsafeBufferPointer(rebasing: bytes[start..<end])
        return isPlainDecimal(body) || Rational(decimalText: String(decoding: body, as: UTF8.self)) != nil
    }

    /// `1717.31`, `-5`, `.5`: digits with at most one point and sign, few enough to be read — what most table
    /// cells are, and certainly a number, so they need not be parsed into one.
    private static func isPlainDecimal(_ body: UnsafeBufferPointer<UInt8>) -> Bool {
        var digits = 0
        var sawPoint = false
        for offset in body.indices {
            switch body[offset] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: ".") where !sawPoint: sawPoint = true
            case UInt8(ascii: "-") where offset == 0, UInt8(ascii: "+") where offset == 0: continue
            default: return false
            }
        }
        return digits > 0 && digits <= Rational.maximumDigits
    }

    private static let figureSuffixes = ["亿元", "万元", "千元", "元", "%", "％"].map { Array($0.utf8) }
}
