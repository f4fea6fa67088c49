import JixiaoExpression

extension FindingResult {
    /// Each triggered veto of a result, as a problem the narrative must lead with.
    ///
    /// A veto zeroes its group (or the whole total) whatever the indicators earned, so a narrative that
    /// listed only the rubric's `findings:` would not say why the score collapsed. The points at stake are what
    /// the veto took away: the sum the group's indicators had earned (the group scores, for a veto of the total).
    public static func vetoes(in result: RubricResult) -> [FindingResult] {
        var found: [FindingResult] = []
        func visit(_ group: GroupResult) {
            for veto in group.indicators where veto.role == .veto && (veto.vetoTriggered || veto.vetoesRubric) {
                let (what, earned): (String, Rational) = veto.vetoesRubric
                    ? ("总分", result.groups.reduce(.zero) { $0 + $1.score })
                    : ("“\(group.name)”", group.allIndicators.filter { $0.role != .veto }.compactMap(\.score).reduce(.zero, +))
                found.append(FindingResult(
                    id: "veto:\(result.rubric.id):\(veto.id)",
                    problem: "触发一票否决，\(what)得分归零",
                    evidence: "按“\(result.rubric.title)”，\(veto.reason)。"
                        + "\(what == "总分" ? "各分组" : what + "组各项指标")原得分合计 \(NumberFormat.score(earned)) 分，按否决计 0 分",
                    cause: nil,
                    measures: ["逐项整改触发一票否决的事项，落实责任，杜绝再次发生。"],
                    pointsAtStake: earned,
                    losses: [veto.id: earned]))
            }
            group.groups.forEach(visit)
        }
        result.groups.forEach(visit)
        return found
    }
}
