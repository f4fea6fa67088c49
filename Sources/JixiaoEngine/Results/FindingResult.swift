import JixiaoExpression

/// A finding that fired for one submission: the problem, the evidence with real figures, and what to do.
public struct FindingResult: Sendable {
    public var id: String
    public var problem: String
    /// The evidence sentence with the submission's figures filled in.
    public var evidence: String
    /// The cause as the submission states it; nil leaves the slot 【待补充：原因】 for the department.
    public var cause: String?
    public var measures: [String]
    /// Points lost on the indicators the finding concerns.
    public var pointsAtStake: Rational
    /// Points lost per indicator, so a problem made of several findings counts each indicator once.
    public var losses: [String: Rational]
    public var indicators: [String] { losses.keys.sorted() }

    public static let causeSlot = "【待补充：原因】"
}
