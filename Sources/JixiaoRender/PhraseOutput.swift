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
    /// Written as its digits when it ends within two decimals, as nearly every score does: its own decimals have no
    /// trailing zero then, which is the text ``NumberFormat/score(_:places:)`` gives.
    mutating func appendScore(_ value: Rational) {
        if let exact = value.scaledDecimal(maxPlaces: 2) {
            appendDecimal(digits: exact.digits, places: exact.places)
        } else {
            append(NumberFormat.score(value))
        }
    }
}
