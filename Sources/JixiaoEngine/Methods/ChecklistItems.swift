import JixiaoExpression

/// Named conditions worth points, shared by 要素计分 (checklist) and 加分项 (bonus).
struct ChecklistItems: Sendable {
    struct Item: Sendable {
        let name: String
        let points: Rational
        let when: SourcedExpression
        /// The item as a checklist's reason lists it when it is not met, "名称（1分）": made with the rubric, as
        /// it reads nothing of a submission.
        let missedText: String

        init(name: String, points: Rational, when: SourcedExpression) {
            self.name = name
            self.points = points
            self.when = when
            missedText = "\(name)（\(NumberFormat.score(points))分）"
        }
    }

    let items: [Item]

    init?(parameters: MethodParameters, key: String) {
        guard let list = parameters.list(key, what: "要素") else { return nil }
        var items: [Item] = []
        var complete = true
        for entry in list {
            entry.allowOnly(["name", "points", "when"])
            let name = entry.text("name")
            if name == nil { entry.report("要素缺少 name（名称）") }
            let points = entry.number("points", what: "要素分值")
            let when = entry.expression("when", what: "达成条件")
            if let points, points < .zero { entry.report("要素分值不能为负", at: "points") }
            guard let name, let points, let when else { complete = false; continue }
            items.append(Item(name: name, points: points, when: when))
        }
        guard complete else { return nil }
        self.items = items
    }

    var total: Rational { items.reduce(.zero) { $0 + $1.points } }

    /// Points of the items met, and whether each item (in ``items`` order) is met: flags rather than lists of
    /// the items, so that no item is copied for every indicator scored.
    func evaluate(_ context: ScoringContext) throws(InputUnavailable) -> (earned: Rational, isMet: [Bool]) {
        var earned = Rational.zero
        var isMet: [Bool] = []
        isMet.reserveCapacity(items.count)
        for item in items {
            let met = try context.bool(item.name, item.when)
            if met { earned = earned + item.points }
            isMet.append(met)
        }
        return (earned, isMet)
    }
}
