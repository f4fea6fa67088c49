/// A document that cannot be read, with the message shown to the user (exit code 2).
public struct ExtractError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
