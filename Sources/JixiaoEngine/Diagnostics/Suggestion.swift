import JixiaoExpression

/// "Did you mean …?" hints for misspelt keys, paths and ids.
enum Suggestion {
    /// The closest candidate within a small edit distance, as a Chinese hint, or nil.
    static func didYouMean(_ word: String, among candidates: some Sequence<String>) -> String? {
        closest(to: word, among: candidates).map { "是否想用“\($0)”？" }
    }

    /// The candidate nearest to `word` within a small edit distance.
    static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        // A hostile 1 MiB key would make the edit distance slow, and nothing that long is a typo of a key.
        guard word.count <= 100 else { return nil }
        let limit = max(2, word.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where !differsOnlyInDigits(word, candidate) {
            let distance = JixiaoExpression.editDistance(word, candidate)
            // A short word is "close" to anything; only suggest what shares at least one character in place.
            // Distance 0 is the word itself: "did you mean x?" about x only confuses.
            if distance > 0, distance <= limit, distance < max(word.count, candidate.count), distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// `t05.total.total` and `t01.total.total` are paths into different tables: a dotted path that differs
    /// from another only in digits is not a typo of it. (Plain ids such as `P3` and `P2` still get the hint.)
    static func differsOnlyInDigits(_ word: String, _ candidate: String) -> Bool {
        let (a, b) = (Array(word), Array(candidate))
        guard a.count == b.count, a != b, a.contains("."), b.contains(".") else { return false }
        return zip(a, b).allSatisfy { $0 == $1 || ($0.isASCII && $0.isNumber && $1.isASCII && $1.isNumber) }
    }
}
