/// Reads a results file (`results.jsonl`) one line at a time, keeping the `jixiao.rubric/2` headers seen so
/// far for the `jixiao.result/2` lines after them; so a file far larger than memory would hold whole can be read.
public struct ResultLinesReader: Sendable {
    private let decoder = ComparisonRowDecoder()
    private var headers = RubricHeaders()

    public init() {}

    /// The rows of one document: a rubric header gives none and is kept for the lines that follow.
    public mutating func rows(of document: ExactJSON) throws(ComparisonInputError) -> [ComparisonRow] {
        if document["schema"]?.string == ComparisonRowDecoder.rubricSchema {
            try headers.include(document, decoder: decoder)
            return []
        }
        return try decoder.rows(from: document, headers: headers)
    }

    /// The rows of line `number` (1-based, for error locations), given without its line break; a blank line
    /// gives none.
    public mutating func rows(ofLine line: String, number: Int) throws(ComparisonInputError) -> [ComparisonRow] {
        guard let content = ExactJSONReader.content(ofLine: line[...]) else { return [] }
        return try rows(of: ExactJSONReader(firstLine: number).read(content))
    }
}
