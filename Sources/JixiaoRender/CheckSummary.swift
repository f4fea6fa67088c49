import JixiaoEngine
import JixiaoExpression

/// The 数据核对 section, shared by the text and Markdown reports: mismatches first, with their figures.
enum CheckSummary {
    /// "共核对 27 项：不一致 0 项，尾数误差 0 项，数据不足 15 项，一致 12 项".
    static func counts(_ checks: [CheckResult]) -> String {
        var text = ""
        writeCounts(checks, to: &text)
        return text
    }

    /// ``counts(_:)`` written into `output`.
    static func writeCounts<Output: PhraseOutput & ~Copyable>(_ checks: [CheckResult], to output: inout Output) {
        // Counted, not grouped: grouping copied every check into an array per verdict; by index, so only the
        // verdict of each is read; into four counters, not a Dictionary (a hash and a lookup per check).
        var mismatch = 0, rounding = 0, insufficientData = 0, ok = 0
        for index in checks.indices {
            switch checks[index].verdict {
            case .mismatch: mismatch += 1
            case .rounding: rounding += 1
            case .insufficientData: insufficientData += 1
            case .ok: ok += 1
            }
        }
        output.append("共核对 ")
        output.append(String(checks.count))
        output.append(" 项：")
        for (verdict, count) in [(CheckResult.Verdict.mismatch, mismatch), (.rounding, rounding),
                                 (.insufficientData, insufficientData), (.ok, ok)] {
            if verdict != .mismatch { output.append("，") }
            output.append(verdict.chineseName)
            output.append(" ")
            output.append(String(count))
            output.append(" 项")
        }
    }

    static func mismatches(_ checks: [CheckResult]) -> [CheckResult] {
        checks.filter { $0.verdict == .mismatch }.sorted { $0.severity > $1.severity }
    }

    static func place(_ check: CheckResult) -> String? {
        switch (check.whereInDocument, check.location) {
        case let (section?, location?): "\(section)（\(location)）"
        case let (section?, nil): section
        case let (nil, location?): "\(location)"
        case (nil, nil): nil
        }
    }

    static func inputs(_ check: CheckResult) -> String {
        check.inputs.map { "\($0.path) = \($0.shown)" }.joined(separator: "；")
    }
}
