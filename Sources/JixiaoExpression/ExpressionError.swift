/// A problem found while parsing an expression: where it is and what is wrong, in Chinese.
public struct ExpressionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// 0-based offset, in Unicode scalars, inside the expression source where the problem is.
    public var offset: Int
    /// What is wrong, in Chinese, e.g. `缺少右括号“)”` or `未知函数“sume”，是否想用“sum”？`.
    public var message: String

    public init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }

    /// `第 N 个字符处：message`, counting characters from 1 for people.
    public var description: String {
        "第 \(offset + 1) 个字符处：\(message)"
    }
}
