/// The result of evaluating an expression, or a datum supplied by an ``ExpressionEnvironment``.
public enum Value: Sendable, Hashable {
    case number(Rational)
    case bool(Bool)
    case text(String)
    case list([Value])
    /// One or more referenced paths have no data. Operations propagate it, merging the paths.
    case missing(Set<String>)
    /// The value cannot be computed; the Chinese reason says why (division by zero, mismatched types…).
    case notComputable(String)

    /// The number, if this is a number.
    public var number: Rational? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The truth value, if this is a bool.
    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The text, if this is a text.
    public var text: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    /// `true` for `.missing` and `.notComputable`: the value is not a usable datum.
    public var isProblem: Bool {
        switch self {
        case .missing, .notComputable: true
        default: false
        }
    }

    /// The Chinese name of the kind of value, used in type-mismatch messages.
    var kindName: String {
        switch self {
        case .number: "数字"
        case .bool: "真假值"
        case .text: "文字"
        case .list: "列表"
        case .missing: "缺失数据"
        case .notComputable: "无法计算的值"
        }
    }
}

extension Value: CustomStringConvertible {
    /// A short Chinese rendering for messages and reports.
    public var description: String {
        switch self {
        case .number(let value): value.description
        case .bool(let value): value ? "true" : "false"
        case .text(let value): "“\(value)”"
        case .list(let values): "[" + values.map(\.description).joined(separator: ", ") + "]"
        case .missing(let paths): "缺少数据（" + paths.sorted().joined(separator: "、") + "）"
        case .notComputable(let reason): "无法计算（\(reason)）"
        }
    }
}
