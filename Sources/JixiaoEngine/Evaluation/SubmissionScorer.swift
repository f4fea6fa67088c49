import JixiaoYAML

/// Scores one submission file against the rubrics it names (or the ones given instead).
public struct SubmissionScorer: Sendable {
    public let catalog: RubricCatalog
    public let submissionLoader: SubmissionLoader

    public init(catalog: RubricCatalog, submissionLoader: SubmissionLoader = SubmissionLoader()) {
        self.catalog = catalog
        self.submissionLoader = submissionLoader
    }

    /// - Parameter rubrics: rubric ids or paths overriding the submission's own `rubrics:` field.
    public func score(bytes: [UInt8], file: String, rubrics override: [String] = []) throws(DiagnosticError) -> SubmissionResult {
        let submission = try submissionLoader.load(bytes: bytes, file: file)
        // A file that names no rubric is still checked: what it states needs no rubric to verify.
        var references = override.isEmpty ? submission.rubrics : override
        if references.isEmpty { references = [Rubric.checksOnlyId] }
        var results: [RubricResult] = []
        var diagnostics: [Diagnostic] = []
        for reference in references {
            do {
                let rubric = try catalog.rubric(reference, requestedAt: override.isEmpty ? submission.rubricsLocation : nil)
                if let rules = rubric.form {
                    results += try FormScorer(rubric: rubric, rules: rules).score(submission)
                } else {
                    results.append(try Scorer(rubric: rubric).score(submission))
                }
            } catch {
                diagnostics += error.diagnostics
            }
        }
        diagnostics += unknownCauses(submission, rubrics: references.compactMap { try? catalog.rubric($0) })
        if !diagnostics.isEmpty { throw DiagnosticError(diagnostics) }
        return SubmissionResult(path: file, sha256: submission.sha256, department: submission.department,
                                year: submission.year, results: results)
    }

    /// A cause given for a finding no rubric defines would silently go unused.
    private func unknownCauses(_ submission: Submission, rubrics: [Rubric]) -> [Diagnostic] {
        let ids = Set(rubrics.flatMap { $0.findings.map(\.id) })
        return submission.causes.keys.sorted().compactMap { key in
            let base = key.split(separator: "[").first.map(String.init) ?? key
            guard !ids.contains(base) else { return nil }
            return Diagnostic(location: submission.causesLocation ?? SourceLocation(file: submission.file, line: 1, column: 1),
                              path: "causes.\(key)", message: "没有标识为“\(base)”的问题模板，这条原因不会被使用",
                              hint: Suggestion.didYouMean(base, among: ids.sorted()))
        }
    }
}
