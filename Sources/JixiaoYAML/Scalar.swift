/// How a scalar was written in the source.
public enum ScalarStyle: Sendable, Hashable {
    case plain
    case singleQuoted
    case doubleQuoted
    /// Block scalar introduced by `|`.
    case literal
    /// Block scalar introduced by `>`.
    case folded
}

/// A scalar exactly as libyaml read it.
///
/// No type resolution happens here: `1717.31` is the text "1717.31". Deciding what a
/// scalar means is the job of whoever reads the tree, with `style` as a hint
/// (a quoted `"1,717.31"` was clearly meant as text).
public struct Scalar: Sendable, Hashable {
    /// The scalar's value after YAML's own unescaping and folding.
    public var text: String
    /// How the scalar was written.
    public var style: ScalarStyle

    public init(text: String, style: ScalarStyle) {
        self.text = text
        self.style = style
    }
}
