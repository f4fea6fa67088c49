import JixiaoExpression

/// Builds a ``JSONValue`` tree from values written one by one, for the documents that are kept or printed pretty
/// (`jixiao score --format json`) rather than streamed into a line.
struct JSONTreeBuilder: JSONOutput {
    /// The containers being written, innermost last; an object's members wait for their key in `pendingKey`.
    private var open: [Container] = []
    private var pendingKey: String?
    /// The document, once its outermost value is written.
    private(set) var document: JSONValue?

    private enum Container {
        case array([JSONValue])
        case object([(String, JSONValue)])
    }

    mutating func object(_ members: (inout JSONTreeBuilder) -> Void) {
        let key = takeKey()
        open.append(.object([]))
        members(&self)
        guard case .object(let written) = open.removeLast() else { preconditionFailure("unbalanced JSON object") }
        pendingKey = key
        value(.object(written))
    }

    mutating func array(_ elements: (inout JSONTreeBuilder) -> Void) {
        let key = takeKey()
        open.append(.array([]))
        elements(&self)
        guard case .array(let written) = open.removeLast() else { preconditionFailure("unbalanced JSON array") }
        pendingKey = key
        value(.array(written))
    }

    mutating func key(_ key: StaticString) {
        pendingKey = key.description
    }

    mutating func key(escaping key: String) {
        pendingKey = key
    }

    mutating func string(_ text: String) { value(.string(text)) }
    mutating func number(_ text: String) { value(.number(text)) }
    mutating func number(digits: Int64, places: Int) { number(Rational.decimalText(digits: digits, places: places)) }
    mutating func bool(_ flag: Bool) { value(.bool(flag)) }
    mutating func null() { value(.null) }

    mutating func value(_ value: JSONValue) {
        guard let innermost = open.popLast() else {
            document = value
            return
        }
        switch innermost {
        case .array(var items):
            items.append(value)
            open.append(.array(items))
        case .object(var members):
            members.append((takeKey() ?? "", value))
            open.append(.object(members))
        }
    }

    /// The key the next value belongs to, if it is an object's member; a nested container keeps it until it closes.
    private mutating func takeKey() -> String? {
        defer { pendingKey = nil }
        return pendingKey
    }
}
