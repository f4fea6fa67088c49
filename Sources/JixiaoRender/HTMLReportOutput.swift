/// Where the HTML report goes, line by line: a long batch's report is written as it is made and never sits
/// whole in memory.
final class HTMLReportOutput {
    private let write: (String) throws -> Void

    init(_ write: @escaping (String) throws -> Void) {
        self.write = write
    }

    /// `text` and a line break.
    func line(_ text: String) throws {
        try write(text)
        try write("\n")
    }

    func lines(_ texts: [String]) throws {
        for text in texts { try line(text) }
    }

    /// Part of a line too long to build whole (a table row or header with one cell per department).
    func part(_ text: String) throws {
        try write(text)
    }
}
