import JixiaoEngine
import JixiaoExpression

/// Where ``ResultText`` writes a phrase piece by piece: a String for the text report, or a ``ByteBuffer`` for the
/// Markdown report, which then writes its phrases and cells without making a String for each.
protocol PhraseOutput: ~Copyable {
    mutating func append(_ text: String)
    /// A score as ``NumberFormat/score(_:places:)`` shows it ("8.5", "10").
    mutating func appendScore(_ value: Rational)
}

extension String: PhraseOutput {
    mutating func appendScore(_ value: Rational) {
        append(NumberFormat.score(value))
    }
}

extension ByteBuffer: PhraseOutput {
    mutating func appendScore(_ value: Rational) {
        appendScore(value, places: 2)
    }
}
