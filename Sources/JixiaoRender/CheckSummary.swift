import JixiaoEngine
import JixiaoExpression

/// The 数据核对 section, shared by the text and Markdown reports: mismatches first, with their figures.
enum CheckSummary {
    static func counts(_ checks: [CheckResult]) -> String {
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
        let parts = [(CheckResult.Verdict.mismatch, mismatch), (.rounding, rounding), (.insufficientData, insufficientData),
                     (.ok, ok)].map { verdict, count in "\(verdict.chineseName) \(count) 项" }
        return "共核对 \(checks.count) 项：" + parts.joined(separator: "，")
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
