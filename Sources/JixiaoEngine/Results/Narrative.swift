import JixiaoExpression

/// The 存在的问题及原因分析 / 下一步改进措施 skeleton, composed as a report writes it: related findings
/// grouped into numbered problems, ordered by points at stake, each measure numbered and tied to the
/// problems it answers, nothing said twice.
public struct Narrative: Sendable {
    public struct Problem: Sendable {
        /// 1-based; shown as （一）（二）….
        public var number: Int
        public var title: String
        /// Evidence sentences, in the order the findings fired, without repeats.
        public var evidence: [String]
        /// Causes the submission gives; empty means the cause slot is left for the department.
        public var causes: [String]
        /// True when some finding of this problem has no stated cause, so a slot stays open beside the others.
        public var causeMissing: Bool
        public var pointsAtStake: Rational
        public var findingIds: [String]
    }

    public struct Measure: Sendable {
        public var number: Int
        public var text: String
        /// Numbers of the problems it answers.
        public var problems: [Int]
    }

    public var problems: [Problem]
    public var measures: [Measure]

    public var isEmpty: Bool { problems.isEmpty }

    /// Groups findings by problem title, orders them by points at stake (then by first appearance),
    /// and numbers the measures.
    public init(findings: [FindingResult]) {
        var order: [String] = []
        var grouped: [String: [FindingResult]] = [:]
        for finding in findings {
            if grouped[finding.problem] == nil { order.append(finding.problem) }
            grouped[finding.problem, default: []].append(finding)
        }
        let ranked = order.enumerated().sorted { lhs, rhs in
            let (a, b) = (Self.stake(grouped[lhs.element]!), Self.stake(grouped[rhs.element]!))
            return a != b ? a > b : lhs.offset < rhs.offset
        }.map(\.element)

        var problems: [Problem] = []
        var measures: [Measure] = []
        for (index, title) in ranked.enumerated() {
            let members = grouped[title]!
            problems.append(Problem(number: index + 1, title: title,
                                    evidence: Self.unique(members.map(\.evidence).filter { !$0.isEmpty }),
                                    causes: Self.unique(members.compactMap(\.cause)),
                                    causeMissing: members.contains { $0.cause == nil },
                                    pointsAtStake: Self.stake(members), findingIds: members.map(\.id)))
            for text in Self.unique(members.flatMap(\.measures)) {
                if let existing = measures.firstIndex(where: { $0.text == text }) {
                    if !measures[existing].problems.contains(index + 1) { measures[existing].problems.append(index + 1) }
                } else {
                    measures.append(Measure(number: measures.count + 1, text: text, problems: [index + 1]))
                }
            }
        }
        self.problems = problems
        self.measures = measures
    }

    /// Points lost on the indicators a group of findings concerns, each indicator counted once.
    static func stake(_ findings: [FindingResult]) -> Rational {
        var losses: [String: Rational] = [:]
        for finding in findings {
            losses.merge(finding.losses) { first, _ in first }
        }
        return losses.values.reduce(.zero, +)
    }

    private static func unique(_ texts: [String]) -> [String] {
        var seen = Set<String>()
        return texts.filter { seen.insert($0).inserted }
    }

    /// （一）、（二）… for problem numbers.
    public static func chineseNumeral(_ number: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        switch number {
        case 0..<10: return digits[number]
        case 10: return "十"
        case 11..<20: return "十" + digits[number - 10]
        case 20..<100: return digits[number / 10] + "十" + (number % 10 == 0 ? "" : digits[number % 10])
        default: return String(number)
        }
    }
}
