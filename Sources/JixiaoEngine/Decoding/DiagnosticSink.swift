/// Collects every problem found while decoding, so one run reports them all.
final class DiagnosticSink {
    private(set) var diagnostics: [Diagnostic] = []

    var isEmpty: Bool { diagnostics.isEmpty }

    /// In reading order, so a long list can be fixed top to bottom.
    var sortedByPosition: [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let (x, y) = (a.element.location, b.element.location)
            return (x.file, x.line, x.column, a.offset) < (y.file, y.line, y.column, b.offset)
        }.map(\.element)
    }

    func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Throws everything collected so far, if anything.
    func throwIfAny() throws(DiagnosticError) {
        if !diagnostics.isEmpty { throw DiagnosticError(sortedByPosition) }
    }
}
