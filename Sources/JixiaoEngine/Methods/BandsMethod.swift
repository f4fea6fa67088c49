import JixiaoExpression

/// 区间/阶梯计分: the value falls in one of a list of contiguous ranges, each worth fixed points.
///
/// Bounds: `min` (≥) or `over` (>) below, `max` (≤) or `under` (<) above; a band may be open on one side.
/// The list is checked when the rubric loads: ascending, no overlap, no gap.
public struct BandsMethod: ScoringMethod {
    public static let key = "bands"
    public static let title = "区间（阶梯）计分"
    public static let summary = "按值所在区间得分。每个区间用 min（≥）或 over（>）给下界、max（≤）或 under（<）给上界，points 给分值（或 share 给满分的比例）；区间须从小到大、首尾相接、不重叠、无缺口。"
    public static let examples: [MethodExample] = [
        MethodExample("预算控制率 0 得满分", parameters: bandsYAML, points: "5", inputs: ["x": "0%"], expected: .score("5")),
        // 5.20% lies in (0%, 10%] → 4
        MethodExample("追加 5.20% 落在 (0,10%]", parameters: bandsYAML, points: "5", inputs: ["x": "5.2%"], expected: .score("4")),
        MethodExample("恰为 10% 仍属 (0,10%]", parameters: bandsYAML, points: "5", inputs: ["x": "10%"], expected: .score("4")),
        MethodExample("超过 30% 得 0 分", parameters: bandsYAML, points: "5", inputs: ["x": "31%"], expected: .score("0")),
        MethodExample("负值不在任何区间", parameters: bandsYAML, points: "5", inputs: ["x": "-1%"], expected: .notComputable),
    ]

    static let bandsYAML = """
        {value: x, bands: [{min: 0%, max: 0%, points: 5}, {over: 0%, max: 10%, points: 4},
         {over: 10%, max: 20%, points: 3}, {over: 20%, max: 30%, points: 2}, {over: 30%, points: 0}]}
        """

    struct Band: Sendable {
        var lower: Rational?
        var lowerInclusive: Bool
        var upper: Rational?
        var upperInclusive: Bool
        var points: Rational?
        var share: Rational?
        /// Bounds as the rubric writes them ("10%"), for messages.
        var lowerText: String?
        var upperText: String?

        func contains(_ value: Rational) -> Bool {
            if let lower, lowerInclusive ? value < lower : value <= lower { return false }
            if let upper, upperInclusive ? value > upper : value >= upper { return false }
            return true
        }

        func text(_ show: (Rational) -> String) -> String {
            let left = lower.map { (lowerInclusive ? "[" : "(") + show($0) } ?? "(-∞"
            let right = upper.map { show($0) + (upperInclusive ? "]" : ")") } ?? "+∞)"
            return "\(left), \(right)"
        }
    }

    let value: SourcedExpression
    let bands: [Band]

    public init?(parameters: MethodParameters) {
        parameters.allowOnly(["value", "bands"])
        let value = parameters.expression("value", what: "被考核的值")
        guard let items = parameters.list("bands", what: "区间") else { return nil }
        var bands: [Band] = []
        for item in items {
            item.allowOnly(["min", "over", "max", "under", "points", "share"])
            if item.has("min") && item.has("over") { item.report("min 与 over 只能给一个") }
            if item.has("max") && item.has("under") { item.report("max 与 under 只能给一个") }
            if item.has("points") == item.has("share") { item.report("每个区间须给 points 或 share 之一") }
            bands.append(Band(lower: item.optionalNumber("min") ?? item.optionalNumber("over"),
                              lowerInclusive: item.has("min"),
                              upper: item.optionalNumber("max") ?? item.optionalNumber("under"),
                              upperInclusive: item.has("max"),
                              points: item.optionalNumber("points"), share: item.optionalNumber("share"),
                              lowerText: item.text("min") ?? item.text("over"),
                              upperText: item.text("max") ?? item.text("under")))
        }
        guard Self.checkContiguous(bands, items: items), let value else { return nil }
        self.value = value
        self.bands = bands
    }

    /// Reports bands that are out of order, overlap, or leave a gap.
    static func checkContiguous(_ bands: [Band], items: [MethodParameters]) -> Bool {
        var valid = true
        for (index, band) in bands.enumerated() {
            if let lower = band.lower, let upper = band.upper,
               lower > upper || (lower == upper && !(band.lowerInclusive && band.upperInclusive)) {
                items[index].report("区间为空：下界大于（或等于且不含）上界")
                valid = false
            }
            guard index > 0 else {
                continue
            }
            let previous = bands[index - 1]
            guard let previousUpper = previous.upper else {
                items[index].report("前一个区间没有上界，本区间与之重叠")
                valid = false
                continue
            }
            guard let lower = band.lower else {
                items[index].report("只有第一个区间可以没有下界，本区间与前一区间重叠")
                valid = false
                continue
            }
            if lower < previousUpper || (lower == previousUpper && previous.upperInclusive && band.lowerInclusive) {
                items[index].report("与前一个区间重叠（前一区间上界 \(previous.upperText ?? "\(previousUpper)")，本区间下界 \(band.lowerText ?? "\(lower)")）")
                valid = false
            } else if lower > previousUpper || (!previous.upperInclusive && !band.lowerInclusive) {
                items[index].report("与前一个区间之间有缺口（前一区间上界 \(previous.upperText ?? "\(previousUpper)")，本区间下界 \(band.lowerText ?? "\(lower)")）",
                                    hint: "相邻区间应首尾相接，如前一区间 max: 10%，本区间 over: 10%")
                valid = false
            }
        }
        return valid
    }

    public func validate(points: Rational, parameters: MethodParameters) {
        for band in bands {
            if let bandPoints = band.points, bandPoints > points || bandPoints < .zero {
                parameters.report("区间分值 \(bandPoints) 超出指标分值 0–\(points)", at: "bands")
            }
            if let share = band.share, share > .one || share < .zero {
                parameters.report("区间比例 \(share.percentText(places: 2)) 应在 0%–100% 之间", at: "bands")
            }
        }
    }

    public var expressions: [SourcedExpression] { [value] }

    public func score(points: Rational, context: ScoringContext) throws(InputUnavailable) -> MethodOutcome {
        let actual = try context.number("value", value)
        let show = { (number: Rational) in context.show(number, like: value) }
        guard let band = bands.first(where: { $0.contains(actual) }) else {
            return MethodOutcome(.notComputable, reason: "\(show(actual)) 不在任何评分区间内")
        }
        let score = band.points ?? points * (band.share ?? .zero)
        return .scored(score, "\(show(actual)) 落在区间 \(band.text(show))，得 \(NumberFormat.score(score)) 分")
    }
}
