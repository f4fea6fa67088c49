import JixiaoYAML

/// What kind of value a fact holds; decides how a submission's scalar is read.
public enum FactKind: String, Sendable, CaseIterable {
    /// Money, in the rubric's unit (万元). Accepts `1717.31`, `"1,717.31"`, `"38400元"`.
    case amount
    /// A whole number of things (人次, 件, 辆).
    case count
    /// A rate: `"88.61%"`, or a bare number read as percentage points (88.61 → 88.61%).
    case percent
    /// `true`/`false` (also 是/否).
    case boolean
    case text
    /// One of the declared `options`.
    case choice
    /// A sequence of records whose `fields` are declared.
    case list

    public var chineseName: String {
        switch self {
        case .amount: "金额"
        case .count: "计数"
        case .percent: "百分比"
        case .boolean: "布尔值"
        case .text: "文本"
        case .choice: "选项"
        case .list: "列表"
        }
    }
}

/// A fact the rubric reads from submissions, declared once with its kind and Chinese label.
public struct FactDeclaration: Sendable {
    /// Dotted path in the submission's `facts` (or `stated`) tree, e.g. `t01.income.total`.
    public var path: String
    public var kind: FactKind
    public var label: String
    public var unit: String?
    /// A required fact missing from a submission is an input error, not a missing-data state.
    public var required: Bool
    /// Allowed values of a `choice` fact.
    public var options: [String]
    /// Field kinds of a `list` fact's records.
    public var fields: [ListField]
    /// Kind of the elements of a `list` of plain values (`of: text`), instead of records.
    public var elementKind: FactKind?
    /// Where it is declared.
    public var location: SourceLocation? = nil

    public struct ListField: Sendable {
        public var name: String
        public var kind: FactKind
    }
}
