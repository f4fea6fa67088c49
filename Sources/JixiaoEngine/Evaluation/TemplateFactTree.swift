/// A rubric's fact paths as a tree of names, the way a finding template reads them: `{{t01.income.total}}` is
/// `t01`, then `income`, then `total`. Made once per rubric, so a submission's template values are looked up
/// when a template names them rather than all formatted for every submission.
struct TemplateFactTree: Sendable {
    struct Branch: Sendable {
        /// The dotted path from the root to here.
        var path: String
        var children: [String: Int] = [:]
        /// The facts (indices into the rubric's `facts`) at or below this branch, in written order, each saying
        /// whether its path ends here: the first one the submission holds decides whether the name is a figure
        /// or a further branch.
        var facts: [(index: Int, endsHere: Bool)] = []
    }

    /// Branch 0 is the root.
    private(set) var branches: [Branch] = [Branch(path: "")]
    /// How many declarations the tree was made from, to tell a tree made for other facts.
    private(set) var factCount = 0

    init() {}

    /// Every fact but lists (whose records are reached through `each:` findings instead).
    init(facts: [FactDeclaration]) {
        factCount = facts.count
        for (index, fact) in facts.enumerated() where fact.kind != .list {
            var branch = 0
            let segments = fact.path.utf8.split(separator: UInt8(ascii: "."))
            for (position, segment) in segments.enumerated() {
                let name = String(decoding: segment, as: UTF8.self)
                if let child = branches[branch].children[name] {
                    branch = child
                } else {
                    let parentPath = branches[branch].path
                    branches.append(Branch(path: parentPath.isEmpty ? name : parentPath + "." + name))
                    branches[branch].children[name] = branches.count - 1
                    branch = branches.count - 1
                }
                branches[branch].facts.append((index, position == segments.count - 1))
            }
        }
    }

    func child(_ name: String, of branch: Int) -> Int? {
        branches[branch].children[name]
    }
}
