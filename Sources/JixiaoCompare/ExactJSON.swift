/// A JSON value as read from text, with the line and column where it starts.
///
/// Objects keep their keys in document order, and numbers stay as their decimal text so they can be
/// turned into exact `Rational`s: nothing passes through binary floating point.
public struct ExactJSON: Sendable {
    public indirect enum Kind: Sendable {
        case null
        case bool(Bool)
        /// The number exactly as written, e.g. "88.61" or "-1.5e2".
        case number(String)
        case string(String)
        case array([ExactJSON])
        /// Members in document order; a repeated key is rejected by the reader.
        case object([(key: String, value: ExactJSON)])
    }

    public var kind: Kind
    /// 1-based line of the value's first character.
    public var line: Int
    /// 1-based column (in Unicode scalars) of the value's first character.
    public var column: Int

    public init(_ kind: Kind, line: Int = 1, column: Int = 1) {
        self.kind = kind
        self.line = line
        self.column = column
    }

    /// The member named `key`, when this is an object that has it.
    public subscript(key: String) -> ExactJSON? {
        guard case .object(let members) = kind else { return nil }
        return members.first { $0.key == key }?.value
    }

    public var isNull: Bool {
        if case .null = kind { return true }
        return false
    }

    public var string: String? {
        if case .string(let text) = kind { return text }
        return nil
    }

    public var bool: Bool? {
        if case .bool(let flag) = kind { return flag }
        return nil
    }

    public var numberText: String? {
        if case .number(let text) = kind { return text }
        return nil
    }

    public var array: [ExactJSON]? {
        if case .array(let items) = kind { return items }
        return nil
    }

    public var members: [(key: String, value: ExactJSON)]? {
        if case .object(let members) = kind { return members }
        return nil
    }

    /// Chinese name of the value's kind, for error messages.
    public var kindName: String {
        switch kind {
        case .null: "null"
        case .bool: "布尔值"
        case .number: "数值"
        case .string: "字符串"
        case .array: "数组"
        case .object: "对象"
        }
    }
}
