/// Finds the standard 公开01–09 tables. Tables are read after the statements work; until then none is found
/// and their numbers are reported as not understood.
struct TableReader {
    let document: DocumentText

    init(_ document: DocumentText) { self.document = document }

    func read() -> [ExtractedTable] { [] }
}
