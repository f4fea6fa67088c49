/// Every figure of the document and what became of it: bound to a statement field or table cell, or not understood.
public struct NumberRecord: Sendable {
    public enum Outcome: Sendable, Equatable {
        case statement(id: String, field: String)
        case tableCell(String)
        /// Not understood, with why.
        case notUnderstood(String)
    }

    public var line: Int
    public var column: Int
    public var printed: String
    public var outcome: Outcome

    public var isBound: Bool {
        if case .notUnderstood = outcome { return false }
        return true
    }
}
