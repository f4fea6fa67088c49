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

extension String {
    /// The text cut to `limit` characters with "…" after it, for quoting input inside a message: a hostile
    /// 1 MiB value must not make every message that names it 1 MiB long.
    func abbreviated(to limit: Int = 80) -> String {
        count <= limit ? self : String(prefix(limit)) + "…"
    }
}
