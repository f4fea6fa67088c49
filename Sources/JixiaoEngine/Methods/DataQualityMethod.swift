import JixiaoExpression

/// 基础信息完善性 / 数据质量: points lost for every arithmetic check that finds a mismatch.
public struct DataQualityMethod: ScoringMethod {
    public static let key = "data_quality"
    public static let title = "数据质量扣分"
    public static let summary = "按数据核对结果扣分：所列核对（checks，省略则为全部）每出现一处“不一致”扣 deduct 分，最低为 floor（默认 0）；severity: error 时只计严重性为 error 的核对。“尾数误差”和“数据不足”不扣分。"
    public static let examples: [MethodExample] = [
        MethodExample("没有不一致", parameters: "{deduct: 0.5}", points: "2",
                      checks: ["c1": "ok", "c2": "rounding"], expected: .score("2")),
        // two mismatches × 0.5 = 1; 2 − 1 = 1
        MethodExample("两处不一致", parameters: "{deduct: 0.5}", points: "2",
                      checks: ["c1": "mismatch", "c2": "mismatch/warning", "c3": "ok"], expected: .score("1")),
        // only the error-level mismatch counts: 3 − 1 = 2
        MethodExample("只计错误级别", parameters: "{deduct: 1, severity: error}", points: "3",
                      checks: ["c1": "mismatch", "c2": "mismatch/warning"], expected: .score("2")),
        // c1 and c2 mismatch: 2 × 0.5 = 1, floor 1.5 → 1.5
        MethodExample("指定核对项，不低于下限", parameters: "{checks: [c1, c2], deduct: 0.5, floor: 1.5}", points: "2",
                      checks: ["c1": "mismatch", "c2": "mismatch", "c9": "mismatch"], expected: .score("1.5")),
        MethodExample("没有任何数据核对时不适用", parameters: "{deduct: 0.5}", points: "2", expected: .notApplicable),
    ]

    /// Check ids counted; empty means every check.
    public let checkIds: [String]
    let deduct: Rational
    let floor: Rational
    let minimumSeverity: Check.Severity

    public init?(parameters: MethodParameters) {
        parameters.allowOnly(["checks", "deduct", "floor", "severity"])
        let deduct = parameters.number("deduct", what: "每处不一致扣分")
        let severityText = parameters.text("severity") ?? "warning"
        let severity = Check.Severity(rawValue: severityText)
        if severity == nil {
            parameters.report("severity 应为 warning（计全部）或 error（只计错误），实际是“\(severityText)”", at: "severity")
        }
        guard let deduct, let severity else { return nil }
        self.deduct = deduct
        self.floor = parameters.optionalNumber("floor") ?? .zero
        self.minimumSeverity = severity
        self.checkIds = parameters.texts("checks") ?? []
    }

    public var expressions: [SourcedExpression] { [] }

    public func score(points: Rational, context: ScoringContext) throws(InputUnavailable) -> MethodOutcome {
        // Counted in one pass: filtered lists of the submission's hundreds of results were made only to be counted.
        var countedCount = 0
        var unverified = 0
        var mismatchCount = 0
        var firstMismatchNames: [String] = []
        for result in context.checks where counts(result) {
            countedCount += 1
            switch result.verdict {
            case .mismatch:
                mismatchCount += 1
                if firstMismatchNames.count < 3 { firstMismatchNames.append(result.name) }
            case .insufficientData:
                unverified += 1
            case .ok, .rounding:
                break
            }
        }
        let unverifiedNote = unverified > 0 ? "（另有 \(unverified) 项数据不足，未能核对）" : ""
        if countedCount == 0 {
            // Nothing was checked (no disclosure tables, every check set skipped): no score either way.
            return MethodOutcome(.notApplicable, reason: "没有适用的数据核对（提交文件未附相应数据）")
        }
        guard mismatchCount > 0 else {
            let verified = countedCount - unverified
            return .scored(points, "\(verified) 项数据核对无不一致\(unverifiedNote)，得满分")
        }
        let lost = deduct * Rational(mismatchCount)
        let score = max(points - lost, min(floor, points))
        let names = firstMismatchNames.joined(separator: "、") + (mismatchCount > 3 ? " 等" : "")
        return .scored(score, "数据核对发现 \(mismatchCount) 处不一致（\(names)），每处扣 \(NumberFormat.score(deduct)) 分 = 扣 \(NumberFormat.score(lost)) 分\(unverifiedNote)")
    }

    /// Whether `result` is one of the checks this indicator counts.
    private func counts(_ result: CheckResult) -> Bool {
        (checkIds.isEmpty || checkIds.contains { result.id == $0 || result.id.hasPrefix($0 + "[") })
            && result.severity >= minimumSeverity
    }
}
