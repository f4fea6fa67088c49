/// A rubric's facts by every dotted name a finding template can use for them: `t01.income.total` under
/// `t01`, `t01.income` and `t01.income.total`. Made once per rubric, so a submission's template values are
/// looked up when a template names them rather than all formatted for every submission, and the rubric's
/// validator knows the names without listing them again.
struct TemplateFactIndex: Sendable {
    /// The facts (indices into the rubric's `facts`) at or below each name, in written order, each saying whether
    /// its path ends there: the first one a submission holds decides whether the name is a figure or a level.
    private(set) var factsByName: [String: [(index: Int, endsHere: Bool)]] = [:]
    /// How many declarations the index was made from, to tell an index made for other facts.
    private(set) var factCount = 0
    /// No fact's path is the start of another's (no `a.b` beside `a.b.c`), so a name with facts under it passes
    /// only levels on the way there.
    private(set) var hasNoFactAboveAnother = true

    init() {}

    /// Every fact but lists (whose records are reached through `each:` findings instead). Fact paths are
    /// validated when the rubric loads: no empty segment.
    init(facts: [FactDeclaration]) {
        factCount = facts.count
        // About two names a fact (its path and a shared parent or two): room made once rather than regrown.
        factsByName.reserveCapacity(facts.count * 2)
        for (index, fact) in facts.enumerated() where fact.kind != .list {
            let path = fact.path.utf8
            for dot in path.indices where path[dot] == UInt8(ascii: ".") {
                factsByName[String(decoding: path[..<dot], as: UTF8.self), default: []].append((index, false))
            }
            factsByName[fact.path, default: []].append((index, true))
        }
        hasNoFactAboveAnother = !factsByName.values.contains { facts in
            facts.contains { $0.endsHere } && facts.contains { !$0.endsHere }
        }
    }

    /// The facts at or below `name`, in written order.
    func facts(under name: String) -> [(index: Int, endsHere: Bool)]? {
        factsByName[name]
    }

    /// Every name a template can use for a fact.
    var names: Dictionary<String, [(index: Int, endsHere: Bool)]>.Keys { factsByName.keys }
}
