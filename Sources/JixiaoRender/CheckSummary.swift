import JixiaoEngine
import JixiaoExpression

/// The 数据核对 section, shared by the text and Markdown reports: mismatches first, with their figures.
enum CheckSummary {
    static func counts(_ checks: [CheckResult]) -> String {
        // Counted, not grouped: grouping copied every check into an array per verdict; by index, so only the
        // verdict of each is read.
        var tally: [CheckResult.Verdict: Int] = [:]
        for index in checks.indices { tally[checks[index].verdict, default: 0] += 1 }
        let parts = [CheckResult.Verdict.mismatch, .rounding, .insufficientData, .ok].map { verdict in
            "\(verdict.chineseName) \(tally[verdict] ?? 0) 项"
        }
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
