extension String {
    /// The text without the leading and trailing characters that match `shouldTrim`.
    func trimming(where shouldTrim: (Character) -> Bool) -> String {
        var text = Substring(self)
        while let first = text.first, shouldTrim(first) { text.removeFirst() }
        while let last = text.last, shouldTrim(last) { text.removeLast() }
        return String(text)
    }

    /// Without surrounding whitespace, newlines included.
    var trimmed: String { trimming(where: \.isWhitespace) }

    /// Without the given characters at either end, e.g. quotes around an example's text.
    func trimmingCharacters(in characters: Set<Character>) -> String { trimming(where: characters.contains) }
}
