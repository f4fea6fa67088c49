/// A problem with a YAML file, pointing at where it is.
public struct YAMLError: Error, Sendable, CustomStringConvertible {
    /// Where the problem was found.
    public var location: SourceLocation
    /// What is wrong, in Chinese.
    public var message: String

    public init(location: SourceLocation, message: String) {
        self.location = location
        self.message = message
    }

    /// `file:line:column: 错误：message`, the form editors can jump to.
    public var description: String { "\(location): 错误：\(message)" }
}
