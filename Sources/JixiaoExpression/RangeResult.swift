/// The result of evaluating an expression over ranges: the set of values it can take when every referenced
/// number may be anywhere in its range.
public indirect enum RangeResult: Sendable, Hashable {
    case number(RationalRange)
    case list([RangeResult])
    /// Anything that is not a number or list: bool, text, missing, notComputable
    /// (never `.number` or `.list` inside).
    case other(Value)

    /// The exactly known `value`: numbers become point ranges, lists are converted element by element.
    public init(_ value: Value) {
        switch value {
        case .number(let number): self = .number(RationalRange(number))
        case .list(let elements): self = .list(elements.map(RangeResult.init))
        default: self = .other(value)
        }
    }

    /// The range, if this is a number.
    public var range: RationalRange? {
        if case .number(let range) = self { return range }
        return nil
    }

    /// The `.missing` or `.notComputable` value, if this is one.
    public var problem: Value? {
        if case .other(let value) = self, value.isProblem { return value }
        return nil
    }

    /// Whether this is a `.list`.
    var isList: Bool {
        if case .list = self { return true }
        return false
    }

    /// A result that keeps the documented shape: an environment that wraps a number or list in `.other`
    /// by mistake is read as if it had used `.number` or `.list`.
    var normalized: RangeResult {
        switch self {
        case .number:
            return self
        case .list(let elements):
            return .list(elements.map(\.normalized))
        case .other(let value):
            return value.isProblem ? self : RangeResult(value)
        }
    }

    /// The Chinese name of the kind of value, matching ``Value``'s, for type-mismatch messages.
    var kindName: String {
        switch self {
        case .number: "数字"
        case .list: "列表"
        case .other(let value): value.kindName
        }
    }
}

extension RangeResult: CustomStringConvertible {
    /// A short rendering for messages and reports: ranges as `"[a, b]"`, anything else as ``Value`` writes it.
    public var description: String {
        switch self {
        case .number(let range): range.description
        case .list(let elements): "[" + elements.map(\.description).joined(separator: ", ") + "]"
        case .other(let value): value.description
        }
    }
}
