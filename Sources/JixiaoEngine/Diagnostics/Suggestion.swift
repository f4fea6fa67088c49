import JixiaoExpression

/// "Did you mean …?" hints for misspelt keys, paths and ids.
enum Suggestion {
    /// The closest candidate within a small edit distance, as a Chinese hint, or nil.
    static func didYouMean(_ word: String, among candidates: some Sequence<String>) -> String? {
        closest(to: word, among: candidates).map { "是否想用“\($0)”？" }
    }

    /// The candidate nearest to `word` within a small edit distance.
    static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        let limit = max(2, word.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = JixiaoExpression.editDistance(word, candidate)
            // A short word is "close" to anything; only suggest what shares at least one character in place.
            if distance <= limit, distance < max(word.count, candidate.count), distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }
}
