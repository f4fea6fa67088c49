import JixiaoExpression
import JixiaoYAML

/// An expression parsed from a rubric, remembering where it was written so that
/// errors inside it point at the right line and column of the file.
public struct SourcedExpression: Sendable, CustomStringConvertible {
    public var expression: Expression
    /// Location of the YAML scalar that holds the expression.
    public var location: SourceLocation
    /// Path of that scalar in the rubric, e.g. `metrics.execution_rate.value`.
    public var path: String
    let style: ScalarStyle

    public var source: String { expression.source }
    public var description: String { expression.source }

    /// Location of a character offset inside the expression.
    public func location(ofOffset offset: Int) -> SourceLocation {
        Self.location(ofOffset: offset, in: expression.source, scalarAt: location, style: style)
    }

    static func location(ofOffset offset: Int, in source: String, scalarAt start: SourceLocation,
                         style: ScalarStyle) -> SourceLocation {
        let prefix = source.unicodeScalars.prefix(offset)
        let newlines = prefix.filter { $0 == "\n" }.count
        let isBlock = style == .literal || style == .folded
        if newlines == 0 && !isBlock {
            let quote = (style == .singleQuoted || style == .doubleQuoted) ? 1 : 0
            return SourceLocation(file: start.file, line: start.line, column: start.column + quote + offset)
        }
        // Block scalars start on the line after their indicator; columns are an estimate there.
        let lastLine = prefix.split(separator: "\n", omittingEmptySubsequences: false).last ?? []
        return SourceLocation(file: start.file, line: start.line + newlines + (isBlock ? 1 : 0),
                              column: lastLine.count + 1)
    }

    /// Parses the scalar `node`; a syntax error is reported at its exact column.
    static func parse(_ node: Node, path: String, sink: DiagnosticSink) -> SourcedExpression? {
        guard let scalar = node.scalar else {
            sink.report(Diagnostic(location: node.location, path: path,
                                   message: "应为表达式（文本），实际是\(node.kindName)"))
            return nil
        }
        do {
            let expression = try Expression.parse(scalar.text)
            return SourcedExpression(expression: expression, location: node.location, path: path, style: scalar.style)
        } catch {
            let at = location(ofOffset: error.offset, in: scalar.text, scalarAt: node.location, style: scalar.style)
            sink.report(Diagnostic(location: at, path: path, message: "表达式“\(scalar.text.abbreviated())”有误：\(error.message)"))
            return nil
        }
    }
}
